import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/explain.js';
import type { ExplainedKind } from '../../src/explain/kinds.js';
import { LABEL_KINDS } from '../../src/explain/labels.js';
import type { MessageParams } from '../../src/explain/messages.js';
import en from '../../src/locales/en.js';
import fa from '../../src/locales/fa.js';
import { formatFor } from '../../src/locales/format.js';
import { samples } from '../explain/samples.js';
import { MARKERS } from './markers.js';
import { GUARD_PARAMS, inputs, leaves, run } from './tables.js';

const f = formatFor(fa);

/** The controls that set a direction (LRM, RLM, embeddings, overrides, isolates): none may be in the text. */
const DIRECTION_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Arabic yeh and kaf, where Persian writes ی (U+06CC) and ک (U+06A9). */
const ARABIC_LETTERS = /[\u064A\u0643]/u;
/** A zero-width non-joiner that does not sit between two letters of the Arabic script. */
const LETTER = '[\\u0620-\\u064A\\u066E-\\u06D3\\u06FA-\\u06FF]';
const STRAY_ZWNJ = new RegExp(`(?<!${LETTER}|\\u0654)\\u200C|\\u200C(?!${LETTER})`, 'u');

/** A letter of the Persian alphabet (not a digit or a sign of the Arabic block). */
const PERSIAN_LETTER = /[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]/u;
/** A line without its list marker or rank (`- `, `1. `, `۱. `). */
const body = (line: string): string =>
  line
    .replace(/[۰-۹]/gu, (digit) => String(digit.charCodeAt(0) - 0x6f0))
    .replace(/٫/gu, '.')
    .replace(/^(?:- |\d+\. )/u, '');

const sentences = leaves(fa.texts).filter((leaf) => typeof leaf.value === 'string');
const templates = leaves(fa.texts).filter((leaf) => typeof leaf.value === 'function');
const labelTexts = Object.entries(LABEL_KINDS).flatMap(([kind, values]) =>
  values.map((value: string) => ({
    path: `${kind}.${value}`,
    value: (fa.labels as Record<string, Record<string, string>>)[kind]?.[value],
  })),
);
/** Every text the catalog writes: labels, sentences, and templates rendered on ASCII params. */
const written = [
  ...labelTexts.map(({ path, value }) => ({ path, text: String(value) })),
  ...sentences.map(({ path, value }) => ({ path, text: String(value) })),
  ...templates.flatMap(({ path, value }) =>
    inputs(value, (key) => `<${key}>`).map((input) => ({ path, text: run(value, input, f) })),
  ),
  ...Object.entries(MARKERS).flatMap(([code, list]) =>
    (list as readonly unknown[]).map((params) => ({
      path: `markers.${code}`,
      text: (fa.messages as Readonly<Record<string, (p: unknown, f: unknown) => string>>)[code]?.(params, f) ?? '',
    })),
  ),
  ...GUARD_PARAMS.map((p) => ({ path: `messages.guard.${p.guard}`, text: fa.messages.guard(p, f) })),
  ...Object.entries(fa.messages).flatMap(([code, template]) =>
    inputs(template, (key) => `<${key}>`).map((input) => ({ path: `messages.${code}`, text: run(template, input, f) })),
  ),
];

describe('fa: Persian, right to left', () => {
  it('is tagged fa and written right to left', () => {
    expect(fa.tag).toBe('fa');
    expect(fa.dir).toBe('rtl');
  });

  it('has a label for every value of every vocabulary', () => {
    for (const { path, value } of labelTexts) expect(typeof value, path).toBe('string');
  });

  it('writes no direction mark, in a label, a sentence or a rendered template', () => {
    expect(written.length).toBeGreaterThan(300);
    for (const { path, text } of written) expect(DIRECTION_MARKS.test(text), path).toBe(false);
  });

  it('spells Persian: ی and ک, never the Arabic yeh and kaf', () => {
    for (const { path, text } of written) expect(ARABIC_LETTERS.test(text), path).toBe(false);
  });

  it('puts a zero-width non-joiner only between two letters, where Persian spelling keeps them apart', () => {
    const joined = written.filter(({ text }) => text.includes('\u200C'));
    expect(joined.length).toBeGreaterThan(20);
    for (const { path, text } of joined) expect(STRAY_ZWNJ.test(text), `${path}: ${text}`).toBe(false);
  });

  it('words the params of every code (MARKERS) in Persian letters', () => {
    const messages = written.filter(({ path }) => path.startsWith('markers.'));
    expect(messages.length).toBeGreaterThan(150);
    for (const { path, text } of messages) expect(text, path).toMatch(PERSIAN_LETTER);
  });

  it('words every guard of a refusal differently, in Persian', () => {
    const texts = GUARD_PARAMS.map((p) => fa.messages.guard(p, f));
    expect(new Set(texts).size).toBe(GUARD_PARAMS.length);
    for (const text of texts) expect(text).toMatch(PERSIAN_LETTER);
  });

  it('gives the reason of every approach action English gives one for, in Persian', () => {
    const fEn = formatFor(en);
    const actions = Object.keys(en.messages).filter(
      (code) => en.messages.approach({ action: code as never }, fEn) !== '',
    ) as MessageParams['approach']['action'][];
    expect(actions.length).toBeGreaterThan(20);
    for (const action of actions) expect(fa.messages.approach({ action }), action).toMatch(PERSIAN_LETTER);
  });

  it('writes numbers in Persian digits through f, the noun singular after a count', () => {
    expect(fa.texts['purchase-state'].offers(3, f)).toBe('۳ پیشنهاد');
    expect(fa.texts['purchase-state'].offers(1, f)).toBe('۱ پیشنهاد');
    expect(fa.texts['buying-center'].members(12, f)).toBe('۱۲ عضو');
    expect(fa.texts['purchase-state'].open({ id: 'p1', need: 'x', step: 's', index: 2, of: 5, days: 3.5 }, f)).toBe(
      'p1 (x) · s، مرحلهٔ ۲ از ۵ · ۳٫۵ روز از آغاز',
    );
  });
});

describe('fa words every kind of result', () => {
  const all = samples();
  const now = '2026-03-20T09:00:00Z';

  it.each(Object.keys(all) as ExplainedKind[])('%s: in Persian, Persian digits, no direction mark', (kind) => {
    const text = explain(all[kind], { locale: fa, now });
    expect(DIRECTION_MARKS.test(text)).toBe(false);
    const english = explain(all[kind], { locale: en, now }).split('\n');
    const lines = text.split('\n');
    if (/\d/u.test(english[0] ?? '')) expect(lines[0]).toMatch(/[۰-۹]/u);
    lines.forEach((line, i) => {
      // a reason the result carries without params yet keeps its English message, and a line of
      // names and numbers only has no word to translate: skip them
      if (body(line) === body(english[i] ?? '')) return;
      expect(line, line).toMatch(PERSIAN_LETTER);
    });
  });
});

describe('explain in Persian', () => {
  it('reads the Persian catalog as its locale', () => {
    const all = samples();
    const text = explain(all['buyclass-result'], { locale: fa });
    expect(text.startsWith(fa.labels.buyclass[all['buyclass-result'].buyclass])).toBe(true);
    expect(text).toMatch(/اطمینان [۰-۹]/u);
  });
});
