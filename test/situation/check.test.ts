import { describe, expect, it } from 'vitest';
import { APPROACH_ACTIONS, APPROACH_EXTRA_ACTIONS } from '../../src/situation/approach-actions.js';
import { BUYCLASS_CRITERIA } from '../../src/situation/buyclass-criteria.js';
import { isPlainRecord } from '../../src/_lib/fast.js';
import { freezeList, frozenReason, isOneOf, isOptionalUnit, isText } from '../../src/situation/check.js';
import { PORTFOLIO_STRATEGIES } from '../../src/situation/portfolio-data.js';

describe('fast checks', () => {
  it.each([
    [{}, true],
    [Object.create(null) as object, true],
    [[], false],
    [new Date(0), false],
    [null, false],
    ['x', false],
  ])('tells whether %j is a plain object', (value, expected) => {
    expect(isPlainRecord(value)).toBe(expected);
  });

  it('accepts units and undefined, not NaN or numbers outside [0, 1]', () => {
    expect([0, 1, 0.5, undefined].every(isOptionalUnit)).toBe(true);
    expect([Number.NaN, -0.01, 1.01, '0.5', null].some(isOptionalUnit)).toBe(false);
  });

  it('checks enum members and texts as the schemas do', () => {
    expect(isOneOf('a', ['a', 'b'])).toBe(true);
    expect(isOneOf(1, ['1'])).toBe(false);
    expect([isText(''), isText('x'), isText('x'.repeat(5000)), isText('x'.repeat(5001))]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('freezes what it builds', () => {
    const list = freezeList([{ params: { a: 1 } }]);
    expect(Object.isFrozen(list) && Object.isFrozen(list[0]) && Object.isFrozen(list[0]?.params)).toBe(true);
    const reason = frozenReason('buyclass-given', { buyclass: 'new-task' }, 'm');
    expect(Object.isFrozen(reason) && Object.isFrozen(reason.params)).toBe(true);
  });
});

describe('tables', () => {
  it('are deeply frozen, so results that share their objects cannot be changed through them', () => {
    expect(Object.isFrozen(BUYCLASS_CRITERIA.purchasedBefore.values.true.reason)).toBe(true);
    expect(Object.isFrozen(PORTFOLIO_STRATEGIES.strategic)).toBe(true);
    expect(Object.isFrozen(APPROACH_ACTIONS['new-task']['in-supplier'][0])).toBe(true);
    expect(Object.isFrozen(APPROACH_EXTRA_ACTIONS.strategic)).toBe(true);
  });
});
