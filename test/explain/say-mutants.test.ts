// What `say` refuses, and with which words: the params a language's template cannot word (a
// label of no value of its kind, a number that is no finite number, a list that is no list of
// texts), and bad input named by its path and what was expected.
import { describe, expect, it } from 'vitest';
import { expectedSize } from '../../src/buying-center/index.js';
import { say, type Said } from '../../src/explain/index.js';
import fr from '../../src/locales/fr.js';
import { startPurchase, transition } from '../../src/process/index.js';
import { thrown } from '../_lib/thrown.js';
import { CATALOGS } from './locales.js';

const LOCALES = CATALOGS.filter((c) => c.tag !== 'en');
const STALLED = { code: 'stalled', message: 'Stalled.' };
const MISSING = { code: 'missing-role', message: 'No decider.' };
const BLOCKER = { code: 'influential-blocker', message: 'A blocker.' };

describe('say, in a language, words only params its template can word', () => {
  it('words a share as a percentage in the language (a budget share of 0.3)', () => {
    const size = expectedSize({ employees: 500, buyclass: 'straight-rebuy', complexity: 'low', budgetShare: 0.3 });
    const share = size.reasons.find((r) => r.code === 'budget-share-factor');
    expect(share?.params).toMatchObject({ budgetShare: 0.3 });
    expect(say(share as Said, { locale: fr })).toMatch(/^Une part du budget de 30\s%/);
  });

  it.each([
    ['a number of days that is infinite', { ...STALLED, params: { days: Infinity, step: 'negotiation', after: 30 } }],
    ['a threshold of days given as text', { ...STALLED, params: { days: 40, step: 'negotiation', after: '30' } }],
    ['a role that is an inherited key', { ...MISSING, params: { role: 'toString', step: 'decision' } }],
    ['a role given as a list', { ...MISSING, params: { role: ['decider'], step: 'decision' } }],
    ['names given as one text, not a list', { ...BLOCKER, params: { threshold: 0.5, names: 'Marta' } }],
  ])('refuses %s on said.params, naming the code', (_, said) => {
    for (const catalog of LOCALES) {
      const error = thrown(() => say(said, { locale: catalog }));
      expect(error.issues[0]).toMatchObject({
        path: 'said.params',
        expected: `the params of the code ${said.code} (MessageParams['${said.code}'])`,
      });
    }
  });

  it('the same params, well formed, are worded', () => {
    expect(say({ ...STALLED, params: { days: 40, step: 'negotiation', after: 30 } }, { locale: fr })).toBe(
      'Aucun événement depuis 40 jours en négociation (à l’arrêt à partir de 30 jours, une hypothèse).',
    );
    expect(say({ ...BLOCKER, params: { threshold: 0.5, names: ['Marta'] } }, { locale: fr })).toBe(
      'Opposant influent (influence ≥ 0,5) : Marta.',
    );
  });

  it('refuses a template that shows undefined for a missing param (a rejection without its dates)', () => {
    const early = transition(startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } }), {
      type: 'needQualified',
      at: '2026-02-01T09:00:00Z',
    });
    if (early.ok) throw new Error('expected a refusal');
    const undated = { ...early.rejection, params: { guard: 'chronological' } };
    for (const catalog of LOCALES)
      expect(thrown(() => say(undated as Said, { locale: catalog })).issues[0].path).toBe('said.params');
  });
});

describe('say names what it expected of bad input', () => {
  it.each([
    [
      'nothing to say',
      () => say(undefined as never),
      'said',
      'a reason, warning, rejection, action, strategy, term or red flag: an object with a code and a message',
    ],
    ['no message', () => say({ code: 'no-champion' } as never), 'said.message', 'the English message (a string)'],
    [
      'params that are no object',
      () => say({ code: 'no-champion', params: 'x', message: 'x' }),
      'said.params',
      'the params of the code no-champion: an object, or nothing',
    ],
    [
      'options that are no object',
      () => say({ code: 'no-champion', message: 'x' }, 'fr' as never),
      'options',
      'an object { locale? }, or nothing',
    ],
    [
      'an unknown option',
      () => say({ code: 'no-champion', message: 'x' }, { lang: fr } as never),
      'options.lang',
      'no such option (locale)',
    ],
  ])('%s', (_, run, path, expected) => {
    expect(thrown(run).issues[0]).toMatchObject({ path, expected });
  });
});
