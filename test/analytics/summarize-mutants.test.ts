import { describe, expect, it } from 'vitest';
import { BuygridInputError, summarizePurchases } from '../../src/analytics/index.js';
import { startPurchase, type PurchaseState } from '../../src/process/index.js';
import { at, purchaseIn, walk } from '../process/fixtures.js';
import { thrown } from '../_lib/thrown.js';

const zeroDays = { n: 1, mean: 0, min: 0, q1: 0, median: 0, q3: 0, max: 0 };

describe('summarizePurchases: what the result says it was given', () => {
  it('echoes asOf, or null without it', () => {
    const states = [purchaseIn('specification')];
    expect(summarizePurchases(states, { asOf: at(100) }).asOf).toBe(at(100));
    expect(summarizePurchases(states).asOf).toBeNull();
  });

  it.each([
    ['no grouping', {}, null],
    ['buyclass', { by: 'buyclass' }, 'buyclass'],
    ['regime', { by: 'regime' }, 'regime'],
    ['a function', { by: (): string => 'all' }, 'custom'],
  ] as const)('names the grouping: %s', (_, options, by) => {
    expect(summarizePurchases([purchaseIn('specification')], options).by).toBe(by);
  });
});

describe('summarizePurchases: stays and moves', () => {
  it('counts a step left the moment it was entered as a stay of 0 days', () => {
    const state = walk(startPurchase({ id: 'p', at: at(0), need: { summary: 'Pallets' } }), [
      { type: 'needQualified', at: at(0) },
    ]);
    expect(summarizePurchases([state]).all.stepDays['need-recognition']).toEqual(zeroDays);
  });

  it('lists only the moves an open purchase made: none from its current step', () => {
    const { transitions, mermaid } = summarizePurchases([purchaseIn('specification')]).all;
    expect(transitions).toEqual([
      { from: 'start', to: 'need-recognition', count: 1 },
      { from: 'need-recognition', to: 'specification', count: 1 },
    ]);
    expect(mermaid).not.toContain('specification -->');
  });
});

describe('summarizePurchases: refusals name the path, what was expected and what was received', () => {
  const revokedLength = new Proxy<PurchaseState[]>([], {
    get: (target, key, receiver): unknown => {
      if (key === 'length') throw new Error('no length');
      return Reflect.get(target, key, receiver) as unknown;
    },
  });

  it.each<[string, () => unknown, string]>([
    [
      'options that are a number',
      () => summarizePurchases([], 3 as never),
      'options: expected an object { by?, asOf? }, or nothing, received 3',
    ],
    [
      'null options',
      () => summarizePurchases([], null as never),
      'options: expected an object { by?, asOf? }, or nothing, received null',
    ],
    [
      'an unknown grouping',
      () => summarizePurchases([], { by: 'region' as never }),
      'options.by: expected "buyclass" | "regime" | a function (state) => key, received "region"',
    ],
    [
      'a list whose length throws when read',
      () => summarizePurchases(revokedLength),
      'states.length: expected a readable value, received a value that throws when read',
    ],
  ])('refuses %s', (_, run, line) => {
    const error = thrown(run);
    expect(error.issues).toHaveLength(1);
    expect(error.message).toBe(`Invalid buygrid input:\n- ${line}`);
  });

  it('lets a BuygridInputError thrown by the by function through as it is', () => {
    const own = new BuygridInputError([{ path: 'region', expected: 'a known region', received: '"mars"' }]);
    const by = (): string => {
      throw own;
    };
    expect(thrown(() => summarizePurchases([purchaseIn('specification')], { by }))).toBe(own);
  });
});
