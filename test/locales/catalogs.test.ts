/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { explain, label, LABEL_KINDS, type LabelKind } from '../../src/explain/index.js';
import type { MessageCode } from '../../src/explain/messages.js';
import type { Catalog } from '../../src/locales/catalog.js';
import en from '../../src/locales/en.js';
import { formatFor } from '../../src/locales/format.js';
import { samples } from '../explain/samples.js';
import { MARKERS, markersIn } from './markers.js';
import { thrown } from '../_lib/thrown.js';

// Every catalog file in src/locales (the default export of a locale entry), found by shape:
// the translators' catalogs are covered as soon as they are there.
const modules = import.meta.glob<{ default?: unknown }>('../../src/locales/*.ts', { eager: true });
const catalogs = Object.entries(modules)
  .map(([path, m]) => [path.replace(/^.*\//, ''), m.default] as const)
  .filter((entry): entry is readonly [string, Catalog] => {
    const c = entry[1] as Partial<Catalog> | undefined;
    return typeof c === 'object' && typeof c.tag === 'string' && typeof c.messages === 'object';
  });
const byTag = catalogs.map(([file, c]) => [c.tag, c, file] as const);

/** Marks that set a direction inside a text: they break when the text is shown in a UI (see docs/i18n.md). */
const DIRECTION_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** What a template that reads a missing param, or prints an object, leaves in its text. */
const BROKEN = /undefined|NaN|\[object|null/;

function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

/** The English tree's leaves and their kind (text or template), by path. */
function shape(value: unknown, path = ''): [string, 'text' | 'template'][] {
  if (typeof value === 'string') return [[path, 'text']];
  if (typeof value === 'function') return [[path, 'template']];
  return Object.entries(value as object).flatMap(([k, v]) => shape(v, path === '' ? k : `${path}.${k}`));
}
const at = (root: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], root);

describe('the catalogs in src/locales', () => {
  it('are found: English and French at least, each file under its own tag', () => {
    const tags = byTag.map(([tag]) => tag);
    expect(tags).toContain('en');
    expect(tags).toContain('fr');
    for (const [tag, , file] of byTag) expect(file).toBe(`${tag}.ts`);
    expect(new Set(tags).size).toBe(tags.length);
  });

  it.each(byTag)('%s is deeply frozen and its tag is one Intl knows', (tag, catalog) => {
    expect(Object.isFrozen(catalog) && Object.isFrozen(catalog.labels.role) && Object.isFrozen(catalog.messages)).toBe(
      true,
    );
    expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
    expect(new Intl.PluralRules(tag).resolvedOptions().locale.split('-')[0]).toBe(tag.split('-')[0]);
    expect(catalog.dir).toBe(tag === 'fa' ? 'rtl' : 'ltr');
  });

  it.each(byTag)('%s has every label of every kind the English catalog has, each a distinct text', (_, catalog) => {
    for (const kind of Object.keys(LABEL_KINDS) as LabelKind[]) {
      const values = LABEL_KINDS[kind] as readonly string[];
      const table = catalog.labels[kind] as Readonly<Record<string, string>>;
      expect(Object.keys(table).sort(), kind).toEqual([...values].sort());
      const names = values.map((v) => table[v]);
      for (const name of names) expect(name?.trim(), kind).not.toBe('');
      expect(new Set(names).size, `${kind}: two values share a label`).toBe(values.length);
    }
  });

  it.each(byTag)('%s has every sentence of explain the English catalog has, of the same kind', (_, catalog) => {
    for (const [path, kind] of shape(en.texts)) {
      const value = at(catalog.texts, path);
      expect(kind === 'text' ? typeof value : typeof value, path).toBe(kind === 'text' ? 'string' : 'function');
    }
  });

  it.each(byTag)('%s has a template for every message code, and no other', (_, catalog) => {
    expect(Object.keys(catalog.messages).sort()).toEqual(Object.keys(en.messages).sort());
    expect(Object.keys(MARKERS).sort()).toEqual(Object.keys(en.messages).sort());
    for (const template of Object.values(catalog.messages)) expect(typeof template).toBe('function');
  });

  it.each(byTag)('%s has no empty text: every label and sentence says something', (_, catalog) => {
    const texts = strings(catalog, catalog.tag);
    expect(texts.length).toBeGreaterThan(100);
    for (const [path, text] of texts) expect(text.trim(), path).not.toBe('');
  });

  it.each(byTag)('%s carries no direction mark in any text', (_, catalog) => {
    for (const [path, text] of strings(catalog, catalog.tag)) expect(DIRECTION_MARKS.test(text), path).toBe(false);
  });
});

describe('every message template', () => {
  const codes = Object.keys(MARKERS) as MessageCode[];
  it.each(byTag)(
    '%s shows every free text of its params (names, ids, CRM values), and nothing broken',
    (_, catalog) => {
      const f = formatFor(catalog);
      let calls = 0;
      for (const code of codes) {
        for (const params of MARKERS[code]) {
          const text = (catalog.messages[code] as (p: unknown, f: unknown) => string)(params, f);
          calls += 1;
          expect(typeof text, code).toBe('string');
          expect(text.trim(), code).not.toBe('');
          expect(text, `${code}: ${text}`).not.toMatch(BROKEN);
          expect(DIRECTION_MARKS.test(text), code).toBe(false);
          for (const marker of markersIn(params)) expect(text, `${code} leaves out ${marker}`).toContain(marker);
        }
      }
      expect(calls).toBeGreaterThan(codes.length);
    },
  );

  it('in French differs from the English one for every code (nothing left untranslated)', () => {
    const fr = byTag.find(([tag]) => tag === 'fr')?.[1] as Catalog;
    const [fEn, fFr] = [formatFor(en), formatFor(fr)];
    for (const code of codes) {
      const params = MARKERS[code][0];
      const call = (c: Catalog, f: unknown): string =>
        (c.messages[code] as (p: unknown, f: unknown) => string)(params, f);
      expect(call(fr, fFr), code).not.toBe(call(en, fEn));
    }
  });
});

// The texts of explain: the params explain really passes, recorded on a result of every kind.
function recorded(): { path: string; params: unknown }[] {
  const calls: { path: string; params: unknown }[] = [];
  const wrap = (value: unknown, path: string): unknown => {
    if (typeof value === 'function') {
      return (params: unknown, f: unknown) => {
        calls.push({ path, params });
        return (value as (p: unknown, f: unknown) => string)(params, f);
      };
    }
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v, path === '' ? k : `${path}.${k}`)]));
    return value;
  };
  const locale = { ...en, texts: wrap(en.texts, '') } as Catalog;
  for (const result of Object.values(samples())) explain(result, { locale, now: '2026-04-01T09:00:00Z' });
  return calls;
}

/** Params with each free text replaced by a marker a template must show. */
function marked(params: unknown, path: string): unknown {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return params;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? `MK${path}.${k}` : v]));
}

describe('every sentence of explain', () => {
  const calls = recorded();

  it('is reached by the results of every kind (the check is not vacuous)', () => {
    expect(new Set(calls.map((c) => c.path)).size).toBeGreaterThan(40);
  });

  it.each(byTag)('%s shows every text param the English sentence shows, and nothing broken', (_, catalog) => {
    const f = formatFor(catalog);
    const fEn = formatFor(en);
    let checked = 0;
    for (const { path, params } of calls) {
      const input = marked(params, path);
      const call = (c: Catalog, format: unknown): string =>
        (at(c.texts, path) as (p: unknown, f: unknown) => string)(input, format);
      const text = call(catalog, f);
      expect(text, path).not.toMatch(BROKEN);
      expect(DIRECTION_MARKS.test(text), path).toBe(false);
      const english = call(en, fEn);
      for (const marker of markersIn(input).filter((m) => english.includes(m))) {
        expect(text, `${path} leaves out ${marker}`).toContain(marker);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});

describe('each locale renders a result of every kind', () => {
  const all = Object.entries(samples());
  it.each(byTag)('%s: explain gives a text for each, without a broken value or a direction mark', (_, catalog) => {
    for (const [kind, result] of all) {
      const text = explain(result, { locale: catalog, now: '2026-04-01T09:00:00Z' });
      expect(text.trim(), kind).not.toBe('');
      expect(text, `${kind}: ${text}`).not.toMatch(/undefined|NaN|\[object/);
      expect(DIRECTION_MARKS.test(text), kind).toBe(false);
    }
  });

  it('in English, with the English catalog given, reads word for word as without a locale', () => {
    for (const [kind, result] of all) {
      const now = '2026-04-01T09:00:00Z';
      expect(explain(result as never, { locale: en, now }), kind).toBe(explain(result as never, { now }));
    }
  });

  it('in French, speaks the French terms of the field (the labels of the French catalog)', () => {
    const fr = byTag.find(([tag]) => tag === 'fr')?.[1] as Catalog;
    const s = samples();
    expect(explain(s['buyclass-result'], { locale: fr })).toMatch(/^achat modifié \(confiance 0,/);
    expect(explain(s['buying-center'], { locale: fr })).toContain('décideur');
    expect(label('role', 'prescriber', { locale: fr })).toBe('prescripteur');
    expect(label('buyclass', 'straight-rebuy', { locale: fr })).toBe("réachat à l'identique");
  });
});

describe('the locale option', () => {
  const result = samples()['buyclass-result'];

  it.each([
    ['a string tag', 'fr', 'options.locale'],
    ['the module instead of its default export', { default: en }, 'options.locale.tag'],
    ['a catalog without messages', { ...en, messages: undefined }, 'options.locale.messages'],
    ['a bad tag', { ...en, tag: 'not a tag!' }, 'options.locale.tag'],
    ['a bad direction', { ...en, dir: 'up' }, 'options.locale.dir'],
    [
      'a label missing',
      { ...en, labels: { ...en.labels, role: { ...en.labels.role, decider: undefined } } },
      'options.locale.labels.role.decider',
    ],
    [
      'a sentence missing',
      { ...en, texts: { ...en.texts, approach: { ...en.texts.approach, none: 3 } } },
      'options.locale.texts.approach.none',
    ],
    [
      'a template that is no function',
      { ...en, messages: { ...en.messages, terminal: 'x' } },
      'options.locale.messages.terminal',
    ],
  ])('explain refuses %s, naming where', (_, locale, path) => {
    const error = thrown(() => explain(result, { locale: locale as never }));
    expect(error.issues[0].path).toBe(path);
  });

  it('explain refuses an unknown option, and options that are not an object', () => {
    expect(thrown(() => explain(result, { lang: 'fr' } as never)).issues[0].path).toBe('options.lang');
    expect(thrown(() => explain(result, 'fr' as never)).issues[0].path).toBe('options');
    expect(thrown(() => explain(result, { now: 'yesterday' })).issues[0].path).toBe('options.now');
  });

  it('label reads only the one label it needs, and names it when it is missing', () => {
    const partial = { tag: 'fr', labels: { role: { decider: 'décideur' } } };
    expect(label('role', 'decider', { locale: partial as never })).toBe('décideur');
    expect(thrown(() => label('role', 'buyer', { locale: partial as never })).issues[0].path).toBe(
      'options.locale.labels.role.buyer',
    );
    expect(thrown(() => label('role', 'buyer', { locale: { labels: {} } as never })).issues[0].path).toBe(
      'options.locale.tag',
    );
    expect(thrown(() => label('role', 'buyer', { lang: 'fr' } as never)).issues[0].path).toBe('options.lang');
    expect(thrown(() => label('role', 'buyer', 3 as never)).issues[0].path).toBe('options');
    expect(label('role', 'buyer', {})).toBe('buyer');
  });

  it('neither freezes nor changes the catalog it is given, and falls back to the English message without params', () => {
    const mine = JSON.parse(JSON.stringify({ tag: 'fr', dir: 'ltr', labels: en.labels })) as Catalog;
    const locale = { ...mine, texts: en.texts, messages: { ...en.messages } };
    explain(samples()['approach'], { locale });
    expect(Object.isFrozen(locale.messages)).toBe(false);
    expect(Object.isFrozen(mine.labels)).toBe(false);
    const approach = samples()['approach'];
    const first = approach.actions[0];
    if (first !== undefined && (first as { params?: unknown }).params === undefined) {
      expect(explain(approach, { locale })).toContain(first.message);
    }
  });
});
