// src/situation/buyclass.ts, found weak in a mutation run. The classifier builds some things
// once per loaded module and shares them: the widest leads that scale the clarity, and the
// frozen reasons about missing, ignored and mixed facts (module comment: "made and frozen once,
// then shared by every result that needs it"). In a test run that has already classified
// something they exist before a test starts, so a mistake in building them shows only on the
// first calls of a fresh process: the tests below load the module afresh. The expected values
// follow docs/situation.md ("Buyclass": the fit table, the scores, the confidence as
// completeness × agreement × clarity) and are worked out in the comments.
import { describe, expect, it, vi } from 'vitest';
import { isBuygridInputError } from '../../src/_lib/errors.js';
import { buyclassFactsSchema, type BuyclassFacts } from '../../src/situation/schema.js';
import { classifyBuyclass, isBuyclassFacts } from '../../src/situation/buyclass.js';

/** `classifyBuyclass` of a freshly loaded module: nothing built or cached yet. */
async function freshClassifyBuyclass(): Promise<typeof classifyBuyclass> {
  vi.resetModules();
  const fresh = await import('../../src/situation/buyclass.js');
  return fresh.classifyBuyclass;
}

const STRAIGHT = {
  purchasedBefore: true,
  specificationChanged: false,
  satisfiedWithIncumbent: true,
  consideringNewSuppliers: false,
  problemNovelty: 'low',
  informationNeed: 'low',
} as const satisfies BuyclassFacts;

describe('classifyBuyclass on the first calls of a fresh module', () => {
  it.each<[string, BuyclassFacts, string, number]>([
    // Every fact at the textbook value: completeness, agreement and clarity are all 1.
    ['the textbook straight rebuy', STRAIGHT, 'straight-rebuy', 1],
    [
      'the textbook new task',
      { purchasedBefore: false, consideringNewSuppliers: true, problemNovelty: 'high', informationNeed: 'high' },
      'new-task',
      1,
    ],
    // The guide's first purchase with routine facts: new task 1/4, the rebuys excluded;
    // lead 0.25 × 4 known over the widest lead 1 + 0 + 0.5 + 0.5 = 2 → clarity 0.5;
    // 1 × 0.25 × 0.5.
    [
      'a first purchase with routine facts',
      { purchasedBefore: false, consideringNewSuppliers: false, problemNovelty: 'low', informationNeed: 'low' },
      'new-task',
      0.125,
    ],
    // The guide's replacement after a change of technology: new task 5.25/6, modified rebuy
    // 5/6; lead 0.25/6 × 6 over the widest lead 1 + 0 + 0 + 0 + 0.5 + 0.5 = 2 → clarity 0.125.
    [
      'a replacement after a change of technology',
      {
        purchasedBefore: true,
        specificationChanged: true,
        satisfiedWithIncumbent: false,
        consideringNewSuppliers: true,
        problemNovelty: 'high',
        informationNeed: 'high',
      },
      'new-task',
      0.875 * 0.125,
    ],
    // Straight rebuy 4.5/5, modified rebuy 3.5/5; lead 0.2 × 5 over the widest lead
    // 0 + 0.5 × 4 = 2 → clarity 0.5; completeness 5/6 × 0.9 × 0.5.
    [
      'a straight rebuy with a partly new problem and an unknown information need',
      {
        purchasedBefore: true,
        specificationChanged: false,
        satisfiedWithIncumbent: true,
        consideringNewSuppliers: false,
        problemNovelty: 'medium',
      },
      'straight-rebuy',
      (5 / 6) * 0.9 * 0.5,
    ],
    // Modified rebuy 3.5/4, straight rebuy 2.5/4; lead 0.25 × 4 over the widest lead
    // 0 + 1 + 1 + 0.5 = 2.5 → clarity 0.4; completeness 4/6 × 0.875 × 0.4.
    [
      'a modified rebuy with a changed specification',
      { purchasedBefore: true, specificationChanged: true, satisfiedWithIncumbent: true, problemNovelty: 'medium' },
      'modified-rebuy',
      (4 / 6) * 0.875 * 0.4,
    ],
    // Nothing tells the two rebuys apart: clarity 0.
    ['a bare repeat purchase', { purchasedBefore: true }, 'modified-rebuy', 0],
  ])('classifies %s with the documented confidence', async (_, facts, buyclass, confidence) => {
    const fresh = await freshClassifyBuyclass();
    const result = fresh(facts);
    expect(result.buyclass).toBe(buyclass);
    expect(result.confidence).toBeCloseTo(confidence, 12);
    expect(classifyBuyclass(facts)).toEqual(result);
  });

  it.each<[string, BuyclassFacts, { code: string; params: object; message: string }[]]>([
    [
      'ignored and missing facts of a first purchase, and one fact off the profile',
      {
        purchasedBefore: false,
        specificationChanged: true,
        satisfiedWithIncumbent: false,
        problemNovelty: 'high',
        informationNeed: 'medium',
      },
      [
        {
          code: 'fact-not-applicable',
          params: { facts: ['specificationChanged', 'satisfiedWithIncumbent'] },
          message: 'Not applicable to a first purchase, so ignored: specificationChanged, satisfiedWithIncumbent.',
        },
        {
          code: 'facts-missing',
          params: { facts: ['consideringNewSuppliers'] },
          message: 'Not known, so the confidence is lower: consideringNewSuppliers.',
        },
        {
          code: 'mixed-profile',
          params: { facts: ['informationNeed'], buyclass: 'new-task' },
          message: 'A mixed profile: informationNeed does not fit a new task fully.',
        },
      ],
    ],
    [
      'three facts off the new task profile (the guide)',
      { purchasedBefore: false, consideringNewSuppliers: false, problemNovelty: 'low', informationNeed: 'low' },
      [
        {
          code: 'mixed-profile',
          params: { facts: ['consideringNewSuppliers', 'problemNovelty', 'informationNeed'], buyclass: 'new-task' },
          message:
            'A mixed profile: consideringNewSuppliers, problemNovelty, informationNeed do not fit a new task fully.',
        },
      ],
    ],
    [
      'a bare repeat purchase',
      { purchasedBefore: true },
      [
        {
          code: 'facts-missing',
          params: {
            facts: [
              'specificationChanged',
              'satisfiedWithIncumbent',
              'consideringNewSuppliers',
              'problemNovelty',
              'informationNeed',
            ],
          },
          message:
            'Not known, so the confidence is lower: specificationChanged, satisfiedWithIncumbent, consideringNewSuppliers, problemNovelty, informationNeed.',
        },
        {
          code: 'rebuy-undecided',
          params: { buyclass: 'modified-rebuy', runnerUp: 'straight-rebuy' },
          message:
            'The known facts do not tell a modified rebuy from a straight rebuy; the one with more buying work is assumed.',
        },
      ],
    ],
    [
      'a first purchase with nothing else known: the specification and the satisfaction are not missing',
      { purchasedBefore: false },
      [
        {
          code: 'facts-missing',
          params: { facts: ['consideringNewSuppliers', 'problemNovelty', 'informationNeed'] },
          message: 'Not known, so the confidence is lower: consideringNewSuppliers, problemNovelty, informationNeed.',
        },
      ],
    ],
  ])('ends the reasons with the profile reasons for %s', async (_, facts, profileReasons) => {
    const fresh = await freshClassifyBuyclass();
    const { reasons } = fresh(facts);
    expect(reasons.slice(-profileReasons.length)).toEqual(profileReasons);
  });
});

describe('classifyBuyclass shares its frozen reasons', () => {
  // "Results are frozen, and share the frozen objects of the tables where they can" (the guide, Speed).
  it('gives two results with the same missing, ignored and off-profile facts the same reason objects', () => {
    const a = classifyBuyclass({ purchasedBefore: false, specificationChanged: true, problemNovelty: 'low' });
    const b = classifyBuyclass({ purchasedBefore: false, specificationChanged: true, problemNovelty: 'low' });
    expect(a.reasons.map((r) => r.code)).toEqual([
      'first-purchase',
      'novelty-low',
      'fact-not-applicable',
      'facts-missing',
      'mixed-profile',
    ]);
    a.reasons.forEach((reason, i) => {
      expect(b.reasons[i]).toBe(reason);
    });
  });

  it('gives every undecided repeat purchase the same rebuy-undecided reason', () => {
    const a = classifyBuyclass({ purchasedBefore: true });
    const b = classifyBuyclass({ purchasedBefore: true, satisfiedWithIncumbent: true, problemNovelty: 'high' });
    expect(a.reasons.at(-1)?.code).toBe('rebuy-undecided');
    expect(b.reasons.at(-1)).toBe(a.reasons.at(-1));
  });
});

describe('isBuyclassFacts', () => {
  // It accepts only what buyclassFactsSchema accepts unchanged; anything else goes to the
  // schema, which throws a BuygridInputError naming the field.
  it.each<[string, unknown, boolean]>([
    ['every fact', STRAIGHT, true],
    ['the optional booleans left undefined', { purchasedBefore: true, specificationChanged: undefined }, true],
    ['a string for specificationChanged', { purchasedBefore: true, specificationChanged: 'yes' }, false],
    ['null for satisfiedWithIncumbent', { purchasedBefore: true, satisfiedWithIncumbent: null }, false],
    ['a number for consideringNewSuppliers', { purchasedBefore: true, consideringNewSuppliers: 1 }, false],
    ['an unknown level', { purchasedBefore: true, problemNovelty: 'none' }, false],
    ['no purchasedBefore', { problemNovelty: 'low' }, false],
  ])('%s → %s, as the schema', (_, value, ok) => {
    expect(isBuyclassFacts(value)).toBe(ok);
    expect(buyclassFactsSchema().safeParse(value).success).toBe(ok);
  });

  it.each([
    ['specificationChanged', 'yes'],
    ['satisfiedWithIncumbent', null],
    ['consideringNewSuppliers', 1],
  ])('refuses %s: %j with a BuygridInputError naming the field', (key, value) => {
    let error: unknown;
    try {
      classifyBuyclass({ purchasedBefore: true, [key]: value });
    } catch (caught) {
      error = caught;
    }
    expect(isBuygridInputError(error) && error.issues.map((i) => i.path)).toEqual([key]);
  });
});
