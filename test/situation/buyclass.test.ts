import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isBuygridInputError } from '../../src/_lib/errors.js';
import { BUYCLASS_CRITERIA, BUYCLASS_FACTS, type BuyclassCriterion } from '../../src/situation/buyclass-criteria.js';
import { classifyBuyclass, isBuyclassFacts } from '../../src/situation/buyclass.js';
import { factsArb } from './arbitraries.js';
import { buyclassFactsSchema, LEVELS, type BuyclassFacts, type Level } from '../../src/situation/schema.js';

const BOOLS = [true, false, undefined] as const;
const LEVEL_VALUES = [...LEVELS, undefined] as const;

/** Every combination of the boolean and ordinal facts: 2 × 3 × 3 × 3 × 4 × 4 = 864. */
function everyCombination(): BuyclassFacts[] {
  const all: BuyclassFacts[] = [];
  for (const purchasedBefore of [true, false])
    for (const specificationChanged of BOOLS)
      for (const satisfiedWithIncumbent of BOOLS)
        for (const consideringNewSuppliers of BOOLS)
          for (const problemNovelty of LEVEL_VALUES)
            for (const informationNeed of LEVEL_VALUES) {
              const facts: Record<string, unknown> = { purchasedBefore };
              if (specificationChanged !== undefined) facts['specificationChanged'] = specificationChanged;
              if (satisfiedWithIncumbent !== undefined) facts['satisfiedWithIncumbent'] = satisfiedWithIncumbent;
              if (consideringNewSuppliers !== undefined) facts['consideringNewSuppliers'] = consideringNewSuppliers;
              if (problemNovelty !== undefined) facts['problemNovelty'] = problemNovelty;
              if (informationNeed !== undefined) facts['informationNeed'] = informationNeed;
              all.push(facts as BuyclassFacts);
            }
  return all;
}

const ALL = everyCombination();
const applies = (f: BuyclassFacts, fact: string): boolean =>
  f.purchasedBefore || !['specificationChanged', 'satisfiedWithIncumbent'].includes(fact);

const PROTOTYPES = {
  'new-task': {
    purchasedBefore: false,
    consideringNewSuppliers: true,
    problemNovelty: 'high',
    informationNeed: 'high',
  },
  'modified-rebuy': {
    purchasedBefore: true,
    specificationChanged: true,
    satisfiedWithIncumbent: false,
    consideringNewSuppliers: true,
    problemNovelty: 'medium',
    informationNeed: 'medium',
  },
  'straight-rebuy': {
    purchasedBefore: true,
    specificationChanged: false,
    satisfiedWithIncumbent: true,
    consideringNewSuppliers: false,
    problemNovelty: 'low',
    informationNeed: 'low',
  },
} as const satisfies Record<string, BuyclassFacts>;
const isPrototype = (f: BuyclassFacts): boolean =>
  Object.values(PROTOTYPES).some(
    (p: BuyclassFacts) =>
      p.purchasedBefore === f.purchasedBefore && BUYCLASS_FACTS.every((k) => !applies(f, k) || f[k] === p[k]),
  );

/**
 * The decision rule in words, written independently of the weights (docs/situation.md,
 * "Buyclass"): a first purchase is a new task — a rebuy needs an earlier purchase. A repeat
 * purchase is a new task when Robinson, Faris & Wind's criteria say "new": the problem is new
 * and the information need high, and nothing known is routine in the third criterion or the
 * specification (no "no new suppliers", no "specification unchanged") — a replacement after
 * a change of technology or of people. Otherwise a rebuy is straight when its routine facts
 * outweigh the others, where a changed specification, dissatisfaction or new suppliers weigh
 * twice a level that is not low (a tie is a modified rebuy).
 */
function expectedClass(f: BuyclassFacts): string {
  if (!f.purchasedBefore) return 'new-task';
  if (
    f.problemNovelty === 'high' &&
    f.informationNeed === 'high' &&
    f.consideringNewSuppliers !== false &&
    f.specificationChanged !== false
  ) {
    return 'new-task';
  }
  const level = (l: Level | undefined): number => (l === undefined ? 0 : l === 'low' ? 1 : -1);
  const routine = (b: boolean | undefined, routineValue: boolean): number =>
    b === undefined ? 0 : b === routineValue ? 1 : -2;
  const balance =
    routine(f.specificationChanged, false) +
    routine(f.satisfiedWithIncumbent, true) +
    routine(f.consideringNewSuppliers, false) +
    level(f.problemNovelty) +
    level(f.informationNeed);
  return balance > 0 ? 'straight-rebuy' : 'modified-rebuy';
}

describe('classifyBuyclass over every combination of the facts', () => {
  it('has 864 combinations', () => {
    expect(ALL).toHaveLength(864);
  });

  it.each(ALL.map((f) => [JSON.stringify(f), f] as const))('classifies %s by the documented rule', (_, facts) => {
    const result = classifyBuyclass(facts);
    expect(result.buyclass).toBe(expectedClass(facts));
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    for (const score of Object.values(result.scores)) expect(score).toBeGreaterThanOrEqual(0);
    for (const score of Object.values(result.scores)) expect(score).toBeLessThanOrEqual(1);
  });

  it('gives confidence 1 to the textbook new task and straight rebuy and to nothing else', () => {
    const isFull = (f: BuyclassFacts): boolean => isPrototype(f) && classifyBuyclass(f).buyclass !== 'modified-rebuy';
    for (const facts of ALL) {
      expect(classifyBuyclass(facts).confidence === 1, JSON.stringify(facts)).toBe(isFull(facts));
    }
    for (const [buyclass, facts] of Object.entries(PROTOTYPES)) expect(classifyBuyclass(facts).buyclass).toBe(buyclass);
  });

  it('keeps a modified rebuy, which differs from its neighbours by degree, below full confidence', () => {
    // RFW: medium newness, moderate information, limited consideration of alternatives —
    // between the two other classes, so no boolean fact can separate it fully.
    const best = Math.max(
      ...ALL.map((f) => classifyBuyclass(f))
        .filter((r) => r.buyclass === 'modified-rebuy')
        .map((r) => r.confidence),
    );
    expect(best).toBeLessThan(1);
    expect(classifyBuyclass(PROTOTYPES['modified-rebuy']).confidence).toBeGreaterThan(0.5);
  });

  it('lowers the confidence of a prototype when any fact is missing', () => {
    for (const prototype of Object.values(PROTOTYPES)) {
      for (const fact of Object.keys(prototype).filter((k) => k !== 'purchasedBefore')) {
        const { [fact]: _, ...partial } = prototype as Record<string, unknown>;
        const result = classifyBuyclass(partial as BuyclassFacts);
        expect(result.buyclass).toBe(classifyBuyclass(prototype).buyclass);
        expect(result.confidence).toBeLessThan(1);
        expect(result.confidence).toBeGreaterThan(0.4);
        expect(result.reasons.map((r) => r.code)).toContain('facts-missing');
      }
    }
  });

  it('ranks a complete mixed profile below the same profile with its conflicting facts unknown', () => {
    const mixed = classifyBuyclass({
      ...PROTOTYPES['straight-rebuy'],
      problemNovelty: 'high',
      informationNeed: 'high',
    });
    const { problemNovelty: _n, informationNeed: _i, ...partial } = PROTOTYPES['straight-rebuy'];
    expect(mixed.buyclass).toBe('straight-rebuy');
    expect(mixed.confidence).toBeLessThan(classifyBuyclass(partial).confidence);
    expect(mixed.reasons.at(-1)).toEqual({
      code: 'mixed-profile',
      params: { facts: ['problemNovelty', 'informationNeed'], buyclass: 'straight-rebuy' },
      message: 'A mixed profile: problemNovelty, informationNeed do not fit a straight rebuy fully.',
    });
  });

  it('classifies every first purchase as a new task, and lets the three RFW criteria outvote a repeat purchase', () => {
    for (const facts of ALL) if (!facts.purchasedBefore) expect(classifyBuyclass(facts).buyclass).toBe('new-task');
    const repeatNewTasks = ALL.filter((f) => f.purchasedBefore && classifyBuyclass(f).buyclass === 'new-task');
    // 3 answers for satisfaction × 2 for the specification (changed or unknown) × 2 for new suppliers (yes or unknown).
    expect(repeatNewTasks).toHaveLength(12);
    for (const f of repeatNewTasks) expect([f.problemNovelty, f.informationNeed]).toEqual(['high', 'high']);
  });

  // Robinson, Faris & Wind: the classes differ by newness of the problem, information need
  // and consideration of new alternatives; replacing equipment after a change of technology
  // is the standard new task on an item bought before (domain review W8).
  it('calls the replacement of an item bought long ago, after a change of technology, a new task with a low confidence', () => {
    const replacement = classifyBuyclass({
      purchasedBefore: true,
      specificationChanged: true,
      satisfiedWithIncumbent: false,
      consideringNewSuppliers: true,
      problemNovelty: 'high',
      informationNeed: 'high',
    });
    expect(replacement.buyclass).toBe('new-task');
    // agreement 5.25/6 (bought before fits a new task 0.25) × clarity 0.25/2 (lead over the
    // modified rebuy: 0.5 + 0.5 − 0.75, out of the 1 + 0.5 + 0.5 the facts could give).
    expect(replacement.confidence).toBeCloseTo((5.25 / 6) * (0.25 / 2), 12);
    expect(replacement.reasons.at(-1)).toEqual({
      code: 'mixed-profile',
      params: { facts: ['purchasedBefore'], buyclass: 'new-task' },
      message: 'A mixed profile: purchasedBefore does not fit a new task fully.',
    });
    expect(
      classifyBuyclass({
        purchasedBefore: true,
        specificationChanged: false,
        problemNovelty: 'high',
        informationNeed: 'high',
      }).buyclass,
    ).toBe('modified-rebuy');
  });
});

describe('classifyBuyclass reasons and confidence', () => {
  it.each([
    // completeness 1/4 (one of four applicable facts), agreement 1, clarity 1 (the rebuys are ruled out).
    [{ purchasedBefore: false }, 'new-task', 1 / 4],
    // nothing tells the two rebuys apart: clarity 0.
    [{ purchasedBefore: true }, 'modified-rebuy', 0],
    // 2/6 known × agreement 1 × clarity 0.75/1.25 (lead over the new task 0.75, out of 0.75 + 0.5).
    [{ purchasedBefore: true, specificationChanged: true }, 'modified-rebuy', (2 / 6) * (0.75 / 1.25)],
    // 2/6 known × agreement 1 × clarity 1 (lead over the modified rebuy 0.5, the widest possible).
    [{ purchasedBefore: true, satisfiedWithIncumbent: true }, 'straight-rebuy', 2 / 6],
    // all 4 known × agreement 1/4 × clarity 1/2 (lead 1 over the excluded rebuys, out of 1 + 0.5 + 0.5).
    [
      { purchasedBefore: false, consideringNewSuppliers: false, problemNovelty: 'low', informationNeed: 'low' },
      'new-task',
      (1 / 4) * (1 / 2),
    ],
  ] as const)('classifies %j as %s with confidence %d', (facts, buyclass, confidence) => {
    const result = classifyBuyclass(facts);
    expect(result.buyclass).toBe(buyclass);
    expect(result.confidence).toBeCloseTo(confidence, 12);
  });

  it('names each fact that decided, in the order of the criteria', () => {
    expect(classifyBuyclass(PROTOTYPES['modified-rebuy']).reasons.map((r) => r.code)).toEqual([
      'purchased-before',
      'specification-changed',
      'incumbent-dissatisfies',
      'new-suppliers-considered',
      'novelty-medium',
      'information-need-medium',
    ]);
  });

  it('ignores, without counting as missing, the facts that cannot apply to a first purchase', () => {
    const result = classifyBuyclass({
      ...PROTOTYPES['new-task'],
      satisfiedWithIncumbent: true,
      specificationChanged: false,
    });
    expect(result.confidence).toBe(1);
    expect(result.reasons.at(-1)).toEqual({
      code: 'fact-not-applicable',
      params: { facts: ['specificationChanged', 'satisfiedWithIncumbent'] },
      message: 'Not applicable to a first purchase, so ignored: specificationChanged, satisfiedWithIncumbent.',
    });
  });

  it('says when no known fact tells the two rebuys apart', () => {
    expect(classifyBuyclass({ purchasedBefore: true }).reasons.at(-1)?.code).toBe('rebuy-undecided');
  });

  it('treats an explicit undefined as a missing fact', () => {
    expect(classifyBuyclass({ purchasedBefore: true, specificationChanged: undefined })).toEqual(
      classifyBuyclass({ purchasedBefore: true }),
    );
  });

  it('returns deeply frozen results', () => {
    const result = classifyBuyclass(PROTOTYPES['new-task']);
    expect(Object.isFrozen(result) && Object.isFrozen(result.scores) && Object.isFrozen(result.reasons[0])).toBe(true);
  });

  it('keeps every criterion fit in [0, 1]', () => {
    const criteria: Readonly<Record<string, BuyclassCriterion>> = BUYCLASS_CRITERIA;
    for (const criterion of Object.values(criteria))
      for (const value of Object.values(criterion.values))
        for (const fit of Object.values(value.fit)) expect(fit >= 0 && fit <= 1).toBe(true);
  });
});

describe('classifyBuyclass on bad input', () => {
  it.each([
    [{ purchasedBefore: 'yes' }, 'purchasedBefore: expected a boolean, received "yes"'],
    [
      { purchasedBefore: true, problemNovelty: 'huge' },
      'problemNovelty: expected one of "low" | "medium" | "high", received "huge"',
    ],
    [
      { purchasedBefore: true, informationNeed: 0.5 },
      'informationNeed: expected one of "low" | "medium" | "high", received 0.5',
    ],
    [{ purchasedBefore: true, budget: 3 }, 'budget: expected no such field (not part of this input), received 3'],
    [{}, 'purchasedBefore: expected a boolean, received undefined'],
    [null, '(root): expected an object, received null'],
    [
      JSON.parse('{"purchasedBefore":true,"__proto__":{"x":1}}'),
      '__proto__: expected no such field (not part of this input), received an object',
    ],
  ])('refuses %j', (input, message) => {
    expect(() => classifyBuyclass(input as BuyclassFacts)).toThrow(message);
  });
});

const nearMiss = fc.dictionary(
  fc.constantFrom(...BUYCLASS_FACTS, 'other', '__proto__', 'constructor'),
  fc.oneof(fc.boolean(), fc.constantFrom(...LEVELS, 'none'), fc.double(), fc.constant(undefined), fc.constant(null)),
);

describe('classifyBuyclass properties', () => {
  test.prop([factsArb])('is deterministic, bounded and picks the best score', (facts) => {
    const a = classifyBuyclass(facts);
    expect(classifyBuyclass(facts)).toEqual(a);
    expect(a.confidence >= 0 && a.confidence <= 1).toBe(true);
    const best = Math.max(...Object.values(a.scores));
    expect(a.scores[a.buyclass]).toBe(best);
  });

  test.prop([factsArb])('takes the fast path on valid facts', (facts) => {
    expect(isBuyclassFacts(facts)).toBe(true);
  });

  test.prop([fc.oneof(nearMiss, fc.anything({ withNullPrototype: true }))])(
    'fast path accepts only what the schema accepts unchanged',
    (value) => {
      if (isBuyclassFacts(value)) {
        const parsed = buyclassFactsSchema().safeParse(value);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(value);
      }
    },
  );

  test.prop([fc.oneof(nearMiss, fc.anything({ withNullPrototype: true }))])(
    'either classifies or throws BuygridInputError',
    (value) => {
      try {
        classifyBuyclass(value as BuyclassFacts);
        expect(buyclassFactsSchema().safeParse(value).success).toBe(true);
      } catch (error) {
        expect(isBuygridInputError(error)).toBe(true);
      }
    },
  );
});
