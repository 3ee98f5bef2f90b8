import { describe, expect, it } from 'vitest';
import { analyzeBuyingCenter } from '../../src/buying-center/index.js';
import { explain, label, say, type Said } from '../../src/explain/index.js';
import type { Catalog } from '../../src/locales/catalog.js';
import el from '../../src/locales/el.js';
import en from '../../src/locales/en.js';
import fa from '../../src/locales/fa.js';
import { formatFor } from '../../src/locales/format.js';
import fr from '../../src/locales/fr.js';
import nl from '../../src/locales/nl.js';
import srCyrl from '../../src/locales/sr-Cyrl.js';
import srLatn from '../../src/locales/sr-Latn.js';
import { startPurchase, transition } from '../../src/process/index.js';
import { analyzeProspect } from '../../src/prospect/index.js';
import { classifyPortfolio, classifySituation, recommendApproach } from '../../src/situation/index.js';
import { CATALOGS, DIRECTION_MARKS } from './locales.js';
import { samples } from './samples.js';
import { thrown } from '../_lib/thrown.js';

/** Everything in a result that says something: an object with a text code, params and a message. */
function saidIn(value: unknown, out: Said[] = []): Said[] {
  if (Array.isArray(value)) for (const item of value) saidIn(item, out);
  else if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    if (typeof v['code'] === 'string' && typeof v['message'] === 'string' && typeof v['params'] === 'object')
      out.push(v as unknown as Said);
    for (const inner of Object.values(v)) saidIn(inner, out);
  }
  return out;
}

const START = { id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } } as const;
const early = transition(startPurchase(START), { type: 'needQualified', at: '2026-02-01T09:00:00Z' });
const REJECTION = early.ok ? undefined : early.rejection;
const CENTER = { members: [{ id: 'lea', name: 'Léa', roles: ['buyer' as const], influence: 0.5 }] };
const WARNINGS = analyzeBuyingCenter(CENTER, { step: 'decision' }).warnings;
const MISSING_DECIDER = WARNINGS.find((w) => w.code === 'missing-role' && w.params.role === 'decider');
const SITUATION = classifySituation({ buyclass: 'new-task', portfolio: { profitImpact: 0.8, supplyRisk: 0.7 } });
const ACTION = recommendApproach(SITUATION, { position: 'out-supplier' }).actions[0];
const PROSPECT = analyzeProspect({
  organization: { type: 'company', employees: 400 },
  situation: SITUATION,
  buyingCenter: CENTER,
  step: 'decision',
  risk: { profile: { supplierRelationship: 'new', leadTimeCritical: true } },
  position: 'out-supplier',
});
const ALL_SAID = [...saidIn(samples()), ...saidIn(PROSPECT), ...saidIn(early)];

describe('say: the words of one reason, warning, rejection, action, strategy, term or red flag', () => {
  it('finds many real things said in the results of every module', () => {
    expect(REJECTION?.guard).toBe('chronological');
    expect(MISSING_DECIDER).toBeDefined();
    expect(ACTION?.code).toBe('get-in-early');
    expect(new Set(ALL_SAID.map((s) => s.code)).size).toBeGreaterThan(40);
  });

  it('in English, without a locale or with the English catalog, is the English message', () => {
    for (const said of ALL_SAID) {
      expect(say(said)).toBe(said.message);
      expect(say(said, {})).toBe(said.message);
      expect(say(said, { locale: en })).toBe(said.message);
    }
  });

  it.each(CATALOGS.map((c) => [c.tag, c] as const))(
    'in %s, words every real thing said with the template of its code and the language’s numbers',
    (_, catalog) => {
      const f = formatFor(catalog);
      const templates = catalog.messages as unknown as Record<string, (p: unknown, f: unknown) => string>;
      for (const said of ALL_SAID) {
        const words = say(said, { locale: catalog });
        expect(words).toBe(templates[said.code]?.(said.params, f));
        expect(words.trim()).not.toBe('');
        expect(words).not.toMatch(DIRECTION_MARKS);
        if (catalog.tag !== 'en' && /[a-z]{4}/i.test(said.message)) expect(words).not.toBe(said.message);
      }
    },
  );

  it('speaks each language: the rejection of an event dated too early (guard chronological)', () => {
    const rejection = REJECTION as Said;
    expect(say(rejection, { locale: fr })).toBe(
      'l’événement est daté du 2026-02-01T09:00:00Z, avant le dernier événement (2026-03-01T09:00:00Z)',
    );
    expect(say(rejection, { locale: el })).toMatch(/^το γεγονός έχει ημερομηνία 2026-02-01T09:00:00Z/);
    // the dates are the caller's: kept as given, in Latin digits, inside the Persian and Cyrillic sentences
    for (const catalog of [fa, srCyrl]) expect(say(rejection, { locale: catalog })).toContain('2026-03-01T09:00:00Z');
    expect(say(rejection, { locale: fa })).toMatch(/[\u0600-\u06FF]/);
    expect(say(rejection, { locale: srCyrl })).toMatch(/[\u0400-\u04FF]/);
  });

  it('names the missing role and the step in the language’s own terms (docs/i18n.md glossaries)', () => {
    const warning = MISSING_DECIDER as Said;
    expect(say(warning, { locale: fr })).toContain(label('role', 'decider', { locale: fr }));
    expect(say(warning, { locale: nl })).toContain(label('role', 'decider', { locale: nl }));
    expect(say(warning, { locale: fa })).toContain(label('role', 'decider', { locale: fa }));
    expect(say(warning, { locale: srCyrl })).toMatch(/[\u0400-\u04FF]/);
    // Serbian Latin is the Cyrillic catalog transliterated: no Cyrillic letter is left
    expect(say(warning, { locale: srLatn })).not.toMatch(/[\u0400-\u04FF]/);
    expect(say(warning, { locale: el })).toMatch(/[\u0370-\u03FF]/);
  });

  it('words actions, strategies, negotiation terms and red flags, not only reasons', () => {
    const parts: Said[] = [
      ACTION as Said,
      classifyPortfolio({ profitImpact: 0.8, supplyRisk: 0.7 }).strategy,
      ...(PROSPECT.terms ?? []),
      ...PROSPECT.redFlags,
      ...PROSPECT.actions,
    ];
    expect(parts.map((p) => p.code)).toEqual(
      expect.arrayContaining(['get-in-early', 'secure-partnership', 'no-decider']),
    );
    for (const part of parts) expect(say(part, { locale: el })).not.toBe(part.message);
  });

  it('is what explain says of the same reason: one wording, shared', () => {
    const analysis = analyzeBuyingCenter(CENTER, { step: 'decision' });
    for (const catalog of CATALOGS) {
      const text = explain(analysis, { locale: catalog });
      for (const warning of analysis.warnings) expect(text).toContain(say(warning, { locale: catalog }));
    }
  });

  it('without params (a result stored by an older version), or for a code the catalog has no template for, is the English message', () => {
    expect(say({ code: 'no-champion', message: 'No champion.' }, { locale: fr })).toBe('No champion.');
    expect(say({ code: 'a-code-of-a-later-version', params: {}, message: 'Later.' }, { locale: el })).toBe('Later.');
  });

  it('never changes nor freezes the caller’s object, and reads each field once', () => {
    const reads: Record<string, number> = {};
    const params = { role: 'decider', step: 'decision' };
    const said = {} as Record<string, unknown>;
    for (const [key, value] of Object.entries({ code: 'missing-role', params, message: 'No decider.' }))
      Object.defineProperty(said, key, {
        enumerable: true,
        get: () => {
          reads[key] = (reads[key] ?? 0) + 1;
          return value;
        },
      });
    const words = say(said as unknown as Said, { locale: fr });
    expect(words).toContain('décideur');
    expect(reads).toEqual({ code: 1, params: 1, message: 1 });
    expect(Object.isFrozen(said) || Object.isFrozen(params)).toBe(false);
    expect(params).toEqual({ role: 'decider', step: 'decision' });
  });

  it('gives the same words for a reason that went through JSON (a stored result)', () => {
    for (const said of ALL_SAID.slice(0, 50))
      expect(say(JSON.parse(JSON.stringify(said)) as Said, { locale: nl })).toBe(say(said, { locale: nl }));
  });
});

describe('say refuses bad input with a BuygridInputError naming the field', () => {
  it.each([
    ['nothing', undefined, 'said', 'received undefined'],
    ['a string', 'missing-role', 'said', 'received "missing-role"'],
    ['an array', [], 'said', 'received'],
    ['a code that is no text', { code: 3, message: 'x' }, 'said.code', 'received 3'],
    ['an empty code', { code: ' ', message: 'x' }, 'said.code', 'a non-empty string'],
    ['no message', { code: 'no-champion', params: {} }, 'said.message', 'received undefined'],
    ['params that are no object', { code: 'no-champion', params: 'x', message: 'x' }, 'said.params', 'received "x"'],
    ['params holding a function', { code: 'x', params: { f: () => 1 }, message: 'x' }, 'said.params.f', 'plain data'],
  ])('%s', (_, said, path, words) => {
    const error = thrown(() => say(said as never));
    expect(error.issues[0].path).toBe(path);
    expect(error.message).toContain(words);
  });

  it.each([
    ['an options value that is no object', 'fr', 'options'],
    ['an unknown option', { lang: fr }, 'options.lang'],
    ['a locale that is no catalog', { locale: { tag: 'fr' } }, 'options.locale.dir'],
    [
      'a catalog missing a label',
      { locale: { ...fr, labels: { ...fr.labels, role: {} } } },
      'options.locale.labels.role.initiator',
    ],
  ])('%s', (_, options, path) => {
    const error = thrown(() => say(MISSING_DECIDER as Said, options as never));
    expect(error.issues[0].path).toBe(path);
  });

  it.each([
    ['a role that is no role', { role: 'oracle', step: 'decision' }],
    ['a missing step', { role: 'decider' }],
    ['a step that is a number', { role: 'decider', step: 4 }],
  ])('params its template cannot word: %s', (_, params) => {
    for (const catalog of CATALOGS.filter((c) => c.tag !== 'en')) {
      const error = thrown(() => say({ code: 'missing-role', params, message: 'No decider.' }, { locale: catalog }));
      expect(error.issues[0]).toMatchObject({
        path: 'said.params',
        expected: expect.stringContaining('missing-role') as unknown,
      });
    }
  });

  it('a template that throws, or shows NaN, gives a BuygridInputError on said.params, never a TypeError', () => {
    const stalled = { code: 'stalled', params: { days: 'many', step: 'negotiation', after: 30 }, message: 'Stalled.' };
    for (const catalog of CATALOGS.filter((c) => c.tag !== 'en'))
      expect(thrown(() => say(stalled, { locale: catalog })).issues[0].path).toBe('said.params');
    const blocker = { code: 'influential-blocker', params: { threshold: 0.5 }, message: 'A blocker.' };
    expect(thrown(() => say(blocker, { locale: fr })).issues[0].path).toBe('said.params');
    const throwing: Catalog = {
      ...fr,
      messages: {
        ...fr.messages,
        'no-champion': () => {
          throw new TypeError('a translator’s slip');
        },
      },
    };
    const error = thrown(() => say({ code: 'no-champion', params: {}, message: 'No champion.' }, { locale: throwing }));
    expect(error.issues[0]).toMatchObject({ path: 'said.params', received: 'an object' });
  });

  it('a template that returns no text, or is given a list of anything but names, is refused on said.params', () => {
    const silent: Catalog = { ...fr, messages: { ...fr.messages, 'no-champion': () => 42 as unknown as string } };
    const none = { code: 'no-champion', params: {}, message: 'No champion.' };
    expect(thrown(() => say(none, { locale: silent })).issues[0].path).toBe('said.params');
    const blocker = { code: 'influential-blocker', params: { threshold: 0.5, names: [1, 2] }, message: 'Blockers.' };
    for (const catalog of CATALOGS.filter((c) => c.tag !== 'en'))
      expect(thrown(() => say(blocker, { locale: catalog })).issues[0].path).toBe('said.params');
  });

  it('a message that itself shows NaN is not taken for a broken template', () => {
    const said = { code: 'no-champion', params: {}, message: 'NaN' };
    const nan: Catalog = { ...fr, messages: { ...fr.messages, 'no-champion': () => 'NaN' } };
    expect(say(said, { locale: nan })).toBe('NaN');
  });

  it('in English, only the shape is checked: the message is the words', () => {
    expect(say({ code: 'missing-role', params: { role: 'oracle' }, message: 'No oracle.' })).toBe('No oracle.');
  });
});
