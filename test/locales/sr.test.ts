import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/explain.js';
import type { ExplainedKind } from '../../src/explain/kinds.js';
import type { MessageParams } from '../../src/explain/messages.js';
import { LABEL_KINDS } from '../../src/explain/labels.js';
import en from '../../src/locales/en.js';
import cyrillic from '../../src/locales/sr-Cyrl.js';
import latin from '../../src/locales/sr-Latn.js';
import { formatFor } from '../../src/locales/format.js';
import { hasCyrillic, toLatin } from '../../src/locales/sr-translit.js';
import { samples } from '../explain/samples.js';
import { MARKERS } from './markers.js';
import { at, GUARD_PARAMS, inputs, keysOf, leaves, run } from './tables.js';

/** A line without its list marker or rank (`- `, `1. `). */
const body = (line: string): string => line.replace(/^(?:- |\d+\. )/u, '');

const fCyr = formatFor(cyrillic);
const fLat = formatFor(latin);
const templates = leaves(cyrillic.texts).filter((leaf) => typeof leaf.value === 'function');
const sentences = leaves(cyrillic.texts).filter((leaf) => typeof leaf.value === 'string');

describe('sr-Latn stays in step with sr-Cyrl', () => {
  it('has the same labels, each the transliteration of the Cyrillic one', () => {
    for (const kind of Object.keys(LABEL_KINDS) as (keyof typeof LABEL_KINDS)[]) {
      const cyr: Readonly<Record<string, string>> = cyrillic.labels[kind];
      const lat: Readonly<Record<string, string>> = latin.labels[kind];
      expect(Object.keys(lat)).toEqual(Object.keys(cyr));
      for (const value of LABEL_KINDS[kind]) expect(lat[value], `${kind}.${value}`).toBe(toLatin(cyr[value] as string));
    }
  });

  it('has the same texts, each sentence the transliteration of the Cyrillic one', () => {
    expect(leaves(latin.texts).map((leaf) => leaf.path)).toEqual(leaves(cyrillic.texts).map((leaf) => leaf.path));
    expect(sentences.length).toBeGreaterThan(10);
    for (const { path, value } of sentences) expect(at(latin.texts, path), path).toBe(toLatin(value as string));
  });

  it('renders every template as the transliteration of the Cyrillic rendering, for ASCII params', () => {
    expect(templates.length).toBeGreaterThan(50);
    for (const { path, value } of templates) {
      const lat = at(latin.texts, path);
      const rendered = inputs(value, (key) => `<${key}>`).map(
        (input) => [run(value, input, fCyr), run(lat, input, fLat)] as const,
      );
      expect(
        rendered.some(([cyr]) => cyr !== '(does not take this input)'),
        path,
      ).toBe(true);
      for (const [cyr, out] of rendered) expect(out, path).toBe(toLatin(cyr));
    }
  });

  it('keeps a name the caller wrote in Cyrillic in Cyrillic, and writes only the catalog’s words in Latin', () => {
    for (const { path, value } of templates) {
      const lat = at(latin.texts, path);
      const cyrNames = inputs(value, (key) => `Ђорђе-${key}`);
      const asciiNames = inputs(value, (key) => `<${key}>`);
      cyrNames.forEach((input, i) => {
        const out = run(lat, input, fLat);
        const names = out.match(/Ђорђе-\w+/gu) ?? [];
        expect(hasCyrillic(out.replace(/Ђорђе-\w+/gu, '')), `${path}: ${out}`).toBe(false);
        expect(out.replace(/Ђорђе-(\w+)/gu, '<$1>'), path).toBe(run(lat, asciiNames[i], fLat));
        expect(names.length, path).toBe((run(value, input, fCyr).match(/Ђорђе-\w+/gu) ?? []).length);
      });
    }
    const member = latin.texts['buying-center'].member(
      { name: 'Јована Љубић', roles: 'kupac', influence: '0.8' },
      fLat,
    );
    expect(member).toBe('Јована Љубић (kupac; uticaj 0.8)');
  });

  it('renders every message template as the transliteration of the Cyrillic one, a Cyrillic name kept', () => {
    expect(Object.keys(latin.messages)).toEqual(Object.keys(cyrillic.messages));
    for (const [code, template] of Object.entries(cyrillic.messages)) {
      const lat: unknown = (latin.messages as Readonly<Record<string, unknown>>)[code];
      for (const input of inputs(template, (key) => `<${key}>`)) {
        expect(run(lat, input, fLat), code).toBe(toLatin(run(template, input, fCyr)));
      }
      const named = Object.fromEntries(keysOf(template).map((key) => [key, `Ђорђе-${key}`]));
      const out = run(lat, named, fLat);
      expect(hasCyrillic(out.replace(/Ђорђе-\w+/gu, '')), `${code}: ${out}`).toBe(false);
    }
  });

  it('renders the params of every code (MARKERS) as the transliteration of the Cyrillic, names in Cyrillic kept', () => {
    /** The params with each marker `MK…` written in Cyrillic, as a Serbian caller may name things. */
    const cyrillicNames = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value).replace(/MK(\w*)/gu, 'МК-$1')) as unknown;
    let calls = 0;
    for (const [code, list] of Object.entries(MARKERS)) {
      const cyr = (cyrillic.messages as Readonly<Record<string, (p: unknown, f: unknown) => string>>)[code];
      const lat = (latin.messages as Readonly<Record<string, (p: unknown, f: unknown) => string>>)[code];
      if (cyr === undefined || lat === undefined) throw new Error(`no template for ${code}`);
      for (const params of list as readonly unknown[]) {
        calls += 1;
        const text = cyr(params, fCyr);
        expect(lat(params, fLat), code).toBe(toLatin(text));
        const named = cyrillicNames(params);
        const out = lat(named, fLat);
        expect(hasCyrillic(out.replace(/МК-\w*/gu, '')), `${code}: ${out}`).toBe(false);
        expect(out.match(/МК-\w*/gu) ?? [], code).toEqual(cyr(named, fCyr).match(/МК-\w*/gu) ?? []);
      }
    }
    expect(calls).toBeGreaterThan(150);
  });

  it('words every guard of a refusal, the Latin the transliteration of the Cyrillic, the ids as given', () => {
    const texts = GUARD_PARAMS.map((p) => cyrillic.messages.guard(p, fCyr));
    expect(new Set(texts).size).toBe(GUARD_PARAMS.length);
    GUARD_PARAMS.forEach((p, i) => {
      expect(latin.messages.guard(p, fLat)).toBe(toLatin(texts[i] ?? ''));
      if ('id' in p) expect(texts[i]).toContain(`„${p.id}“`);
    });
  });

  it('gives the reason of every approach action English gives one for, the Latin in step', () => {
    const fEn = formatFor(en);
    const actions = Object.keys(en.messages).filter(
      (code) => en.messages.approach({ action: code as never }, fEn) !== '',
    ) as MessageParams['approach']['action'][];
    expect(actions.length).toBeGreaterThan(20);
    for (const action of actions) {
      const cyr = cyrillic.messages.approach({ action });
      expect(hasCyrillic(cyr), action).toBe(true);
      expect(latin.messages.approach({ action })).toBe(toLatin(cyr));
    }
  });

  it('writes Serbian plurals by the CLDR forms: one (1, 21), few (2–4, 22), other (0, 5, 11–14)', () => {
    const offers = cyrillic.texts['purchase-state'].offers;
    expect([1, 21, 2, 4, 22, 0, 5, 11, 14].map((n) => offers(n, fCyr))).toEqual([
      '1 понуда',
      '21 понуда',
      '2 понуде',
      '4 понуде',
      '22 понуде',
      '0 понуда',
      '5 понуда',
      '11 понуда',
      '14 понуда',
    ]);
    const members = latin.texts['buying-center'].members;
    expect([1, 3, 7].map((n) => members(n, fLat))).toEqual(['1 član', '3 člana', '7 članova']);
  });
});

describe('the Serbian catalogs word every kind of result', () => {
  const all = samples();
  const now = '2026-03-20T09:00:00Z';

  it.each(Object.keys(all) as ExplainedKind[])('%s: in Cyrillic on every line, and the same in Latin', (kind) => {
    const cyr = explain(all[kind], { locale: cyrillic, now });
    const english = explain(all[kind], { locale: en, now }).split('\n');
    cyr.split('\n').forEach((line, i) => {
      // a reason the result carries without params yet keeps its English message: skip it
      if (body(line) === body(english[i] ?? '')) return;
      expect(hasCyrillic(line), line).toBe(true);
    });
    expect(explain(all[kind], { locale: latin, now })).toBe(toLatin(cyr));
  });
});

describe('explain in Serbian', () => {
  it('reads either catalog as its locale, the Latin text the transliteration of the Cyrillic one', () => {
    const risk = samples()['risk-assessment'];
    const cyr = explain(risk, { locale: cyrillic });
    expect(cyr).toContain('ризик');
    expect(explain(risk, { locale: latin })).toBe(toLatin(cyr));
  });
});
