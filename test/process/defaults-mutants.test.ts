// src/process/defaults.ts, found weak in a mutation run: a plain situation is "checked whole,
// strictly", only a classified one (it has `reasons`) is read for its buyclass, regime and
// procedure; what is not an object is refused as such; and an override left `undefined`
// replaces nothing (defaultPolicy's TSDoc: fields of `overrides` replace the defaults).
import { describe, expect, it } from 'vitest';
import { BUYCLASS_POLICIES, defaultPolicy, type PurchasePolicyOverrides } from '../../src/process/index.js';

describe('the situation of defaultPolicy', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'situation: expected an object, received null'],
    ['a buyclass given alone', 'new-task', 'situation: expected an object, received "new-task"'],
    ['a number', 42, 'situation: expected an object, received 42'],
    ['an array', [], 'situation: expected an object, received an array of 0'],
    [
      'a plain situation with a field of a classified one, but no reasons',
      { buyclass: 'new-task', importance: 'routine' },
      'situation.importance: expected no such field (not part of this input), received "routine"',
    ],
  ])('refuses %s, naming it', (_, situation, message) => {
    expect(() => defaultPolicy(situation as never)).toThrow(`Invalid buygrid input:\n- ${message}`);
  });

  it('reads only the buyclass, regime and procedure of a classified situation (one with reasons)', () => {
    const classified = { buyclass: 'straight-rebuy', importance: 'routine', reasons: [] } as never;
    expect(defaultPolicy(classified)).toEqual(BUYCLASS_POLICIES['straight-rebuy']);
  });
});

describe('the overrides of defaultPolicy', () => {
  it('keep the default of a field given as undefined', () => {
    const overrides = { reorderWithoutOffer: undefined, minOffers: undefined, skips: undefined };
    expect(defaultPolicy({ buyclass: 'straight-rebuy' }, overrides as PurchasePolicyOverrides)).toEqual(
      BUYCLASS_POLICIES['straight-rebuy'],
    );
  });
});
