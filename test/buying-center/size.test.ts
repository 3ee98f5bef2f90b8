import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { BUYCLASSES, IMPORTANCES } from '../../src/_lib/vocabulary.js';
import {
  PURCHASE_COMPLEXITIES,
  EXPECTED_SIZE_FACTORS,
  expectedSize,
  type ExpectedSizeInput,
} from '../../src/buying-center/size.js';

describe('expectedSize anchors', () => {
  it.each<[string, ExpectedSizeInput, { min: number; typical: number; max: number }]>([
    [
      'a routine purchase involves one person (Kotler & Armstrong)',
      { employees: 2000, buyclass: 'straight-rebuy', complexity: 'low' },
      { min: 1, typical: 1, max: 1 },
    ],
    [
      'capital equipment in a large firm involves about 7 (Johnston & Bonoma 1981)',
      { employees: 500, buyclass: 'new-task', complexity: 'high', importance: 'strategic' },
      { min: 5, typical: 7, max: 10 },
    ],
    [
      'a complex purchase spans Gartner’s 6–10 in a 2,000-person firm',
      { employees: 2000, buyclass: 'new-task', complexity: 'high', importance: 'strategic' },
      { min: 6, typical: 8, max: 12 },
    ],
    [
      'the same purchase is smaller in a 20-person firm (seed 001)',
      { employees: 20, buyclass: 'new-task', complexity: 'high', importance: 'strategic' },
      { min: 3, typical: 4, max: 6 },
    ],
    ['a modified rebuy sits between', { employees: 500, buyclass: 'modified-rebuy' }, { min: 2, typical: 3, max: 4 }],
    [
      'CEB’s average of 10.2 falls in the range of a complex purchase in a 20,000-person firm',
      { employees: 20000, buyclass: 'new-task', complexity: 'high', importance: 'strategic' },
      { min: 7, typical: 10, max: 14 },
    ],
  ])('%s', (_, input, expected) => {
    expect(expectedSize(input)).toMatchObject(expected);
  });

  // Kotler & Armstrong, 17th ed., ch. 6: complex purchases in large companies involve
  // "20, 30, or even more people"; Forrester 2026 counts 13 internal stakeholders.
  it('lets the largest, most complex strategic purchases reach about 20 people', () => {
    const largest = expectedSize({
      employees: 120000,
      buyclass: 'new-task',
      complexity: 'high',
      importance: 'strategic',
      budgetShare: 0.2,
    });
    expect(largest.max).toBeGreaterThanOrEqual(18);
    expect(largest.max).toBeLessThanOrEqual(22);
    expect(largest.typical).toBeGreaterThanOrEqual(12);
    expect(
      expectedSize({ employees: 120000, buyclass: 'new-task', complexity: 'high', importance: 'strategic' }).max,
    ).toBeGreaterThan(13);
  });

  // A French B2B marketing teaching text: "when the budget of a purchase is substantial,
  // the decision is not taken by one person" (domain review M7).
  it('never expects a single person when the budget is substantial, and says so', () => {
    const routine = { employees: 500, buyclass: 'straight-rebuy', complexity: 'low' } as const;
    expect(expectedSize(routine).typical).toBe(1);
    expect(expectedSize({ ...routine, budgetShare: 0.05 }).typical).toBe(1);
    const substantial = expectedSize({ ...routine, budgetShare: EXPECTED_SIZE_FACTORS.budget.substantialShare });
    expect(substantial.typical).toBeGreaterThanOrEqual(2);
    expect(substantial.reasons.at(-1)).toEqual({
      code: 'budget-share-factor',
      params: {
        budgetShare: EXPECTED_SIZE_FACTORS.budget.substantialShare,
        factor: 1 + EXPECTED_SIZE_FACTORS.budget.slope * EXPECTED_SIZE_FACTORS.budget.substantialShare,
        atLeast: 2,
      },
      message: '10% of the budget: × 1.04; a substantial budget, so no single person decides (at least 2).',
    });
    expect(expectedSize({ employees: 1, buyclass: 'new-task', budgetShare: 0.9 })).toMatchObject({
      typical: 1,
      max: 1,
    });
  });

  it('leaves the estimate unchanged when no budget share is given', () => {
    const input = { employees: 800, buyclass: 'modified-rebuy', complexity: 'high' } as const;
    const { min, typical, max } = expectedSize(input);
    expect(expectedSize({ ...input, budgetShare: 0 })).toMatchObject({ min, typical, max });
    expect(expectedSize(input).reasons.map((r) => r.code)).not.toContain('budget-share-factor');
  });

  it('never counts more people than the employees, and says so', () => {
    const result = expectedSize({ employees: 3, buyclass: 'new-task', complexity: 'high', importance: 'strategic' });
    expect(result).toMatchObject({ min: 2, typical: 3, max: 3 });
    expect(result.reasons.map((r) => r.code)).toEqual([
      'buyclass-base',
      'complexity-factor',
      'importance-factor',
      'employees-factor',
      'capped-by-employees',
    ]);
    expect(expectedSize({ employees: 1, buyclass: 'new-task' })).toMatchObject({ min: 1, typical: 1, max: 1 });
  });

  it('gives one reason per input, with its factor', () => {
    const { reasons } = expectedSize({ employees: 20000, buyclass: 'modified-rebuy' });
    expect(reasons).toEqual([
      {
        code: 'buyclass-base',
        params: { buyclass: 'modified-rebuy', base: 2.5 },
        message: 'A modified-rebuy purchase: a base of 2.5 people (for 250–999 employees, medium complexity, banal).',
      },
      { code: 'complexity-factor', params: { complexity: 'medium', factor: 1 }, message: 'medium complexity: × 1.' },
      { code: 'importance-factor', params: { importance: 'banal', factor: 1 }, message: 'A banal purchase: × 1.' },
      {
        code: 'employees-factor',
        params: { employees: 20000, below: 50000, factor: 1.4 },
        message: '20000 employees (fewer than 50000): × 1.4.',
      },
    ]);
  });

  it.each([
    ['no employees', { employees: 0, buyclass: 'new-task' }, 'employees: expected a number ≥ 1, received 0'],
    [
      'a fractional headcount',
      { employees: 2.5, buyclass: 'new-task' },
      'employees: expected an integer, received 2.5',
    ],
    [
      'an unknown complexity',
      { employees: 5, buyclass: 'new-task', complexity: 'extreme' },
      'complexity: expected one of "low" | "medium" | "high", received "extreme"',
    ],
    [
      'a budget share above 1',
      { employees: 5, buyclass: 'new-task', budgetShare: 1.5 },
      'budgetShare: expected a number in [0, 1], received 1.5',
    ],
  ])('refuses %s', (_, input, message) => {
    expect(() => expectedSize(input as never)).toThrow(message);
  });
});

const inputArb = fc.record({
  employees: fc.integer({ min: 1, max: 200_000 }),
  buyclass: fc.nat(2),
  complexity: fc.nat(2),
  importance: fc.nat(1),
  budgetShare: fc.integer({ min: -1, max: 100 }),
});
const toInput = (r: {
  employees: number;
  buyclass: number;
  complexity: number;
  importance: number;
  budgetShare: number;
}): ExpectedSizeInput => ({
  employees: r.employees,
  // -1 stands for "not given", which must count as no share at all.
  ...(r.budgetShare < 0 ? {} : { budgetShare: r.budgetShare / 100 }),
  // BUYCLASSES run from most to least novel; reverse so that a higher index is more novel.
  buyclass: [...BUYCLASSES].reverse()[r.buyclass] ?? 'new-task',
  complexity: PURCHASE_COMPLEXITIES[r.complexity] ?? 'low',
  importance: IMPORTANCES[r.importance] ?? 'banal',
});

describe('expectedSize properties', () => {
  test.prop([
    inputArb,
    fc.constantFrom('employees', 'buyclass', 'complexity', 'importance', 'budgetShare'),
    fc.integer({ min: 1, max: 50_000 }),
  ])(
    'is monotone: more novelty, complexity, importance, employees or budget share never shrinks the range',
    (r, axis, more) => {
      const limits = { employees: Infinity, buyclass: 2, complexity: 2, importance: 1, budgetShare: 100 };
      const step = axis === 'employees' ? more : axis === 'budgetShare' ? 1 + (more % 40) : 1;
      const bigger = { ...r, [axis]: Math.min(limits[axis], r[axis] + step) };
      const a = expectedSize(toInput(r));
      const b = expectedSize(toInput(bigger));
      expect(b.min).toBeGreaterThanOrEqual(a.min);
      expect(b.typical).toBeGreaterThanOrEqual(a.typical);
      expect(b.max).toBeGreaterThanOrEqual(a.max);
    },
  );

  test.prop([inputArb])('orders 1 ≤ min ≤ typical ≤ max ≤ employees, in whole people', (r) => {
    const { min, typical, max } = expectedSize(toInput(r));
    expect(1).toBeLessThanOrEqual(min);
    expect(min).toBeLessThanOrEqual(typical);
    expect(typical).toBeLessThanOrEqual(max);
    expect(max).toBeLessThanOrEqual(r.employees);
    expect([min, typical, max].every(Number.isInteger)).toBe(true);
  });

  it('has factors that grow with each input (what makes it monotone)', () => {
    const grows = (values: readonly number[]): boolean => values.every((v, i) => i === 0 || v >= (values[i - 1] ?? 0));
    expect(
      grows(
        ['straight-rebuy', 'modified-rebuy', 'new-task'].map((b) => EXPECTED_SIZE_FACTORS.buyclass[b as 'new-task']),
      ),
    ).toBe(true);
    expect(grows(PURCHASE_COMPLEXITIES.map((c) => EXPECTED_SIZE_FACTORS.complexity[c]))).toBe(true);
    expect(grows(IMPORTANCES.map((i) => EXPECTED_SIZE_FACTORS.importance[i]))).toBe(true);
    expect(grows(EXPECTED_SIZE_FACTORS.employees.map((b) => b.factor))).toBe(true);
  });
});
