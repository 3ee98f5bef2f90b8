import { beforeAll, describe, expect, it } from 'vitest';
import { BuygridInputError, parsePurchaseState, replay, startPurchase } from '../../src/process/index.js';
import { START, manySuppliers, purchaseIn } from './fixtures.js';

describe('parsePurchaseState', () => {
  it('refuses unknown versions, bad JSON, tampered fields and a history it refuses', () => {
    const s = purchaseIn('negotiation');
    expect(() => parsePurchaseState({ ...s, schemaVersion: 2 })).toThrow('schemaVersion: expected 1');
    expect(() => parsePurchaseState('{')).toThrow('(root): expected JSON of a purchase state');
    expect(() => parsePurchaseState({ ...s, status: 'decision' })).toThrow(
      'status: expected "negotiation", what the history replays to, received "decision"',
    );
    expect(() => parsePurchaseState({ ...s, history: s.history.slice(1) })).toThrow(
      'history[0]: expected an event the purchase accepts',
    );
    expect(() => parsePurchaseState([])).toThrow(BuygridInputError);
    expect(parsePurchaseState(JSON.parse(JSON.stringify(purchaseIn('abandoned'))))).toEqual(purchaseIn('abandoned'));
  });

  // Finding F7: the replay a parse runs scanned the supplier list per event (2–8 s for 3e4).
  describe('a state of 2e4 suppliers identified and shortlisted (about 3 MB of JSON)', () => {
    let json = '';
    beforeAll(() => {
      json = JSON.stringify(replay(START, manySuppliers(20_000)).state);
    });
    it('is parsed in linear time, and each supplier is shortlisted', () => {
      const state = parsePurchaseState(json);
      expect(state.suppliers).toHaveLength(20_000);
      expect(state.suppliers.filter((s) => s.status === 'shortlisted')).toHaveLength(20_000);
      expect(state.history).toHaveLength(40_003);
    });
  });
});

// Finding F16: the history cannot vouch for the start of a purchase; the app's own situation can.
describe('parsePurchaseState against the situation the app trusts', () => {
  const tender = startPurchase({ ...START, situation: { regime: 'public-tender' } });
  const json = (value: unknown): Record<string, unknown> =>
    JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  const edited = { ...json(tender), policy: { ...tender.policy, minOffers: 0, minShortlisted: 0 } };

  it('accepts, without options, a public tender whose stored policy was edited: its history cannot tell', () => {
    expect(parsePurchaseState(edited).policy.minOffers).toBe(0);
  });
  it('refuses it when given the situation: the policy must be the one the situation derives', () => {
    expect(() => parsePurchaseState(edited, { situation: { regime: 'public-tender' } })).toThrow(
      'policy.minShortlisted: expected 1, the policy of the situation given in options, received 0',
    );
  });
  it('refuses a switched situation that kept the old policy', () => {
    const rebuy = startPurchase({ ...START, situation: { buyclass: 'straight-rebuy' } });
    const switched = { ...json(rebuy), situation: { buyclass: 'new-task', regime: 'private' } };
    expect(parsePurchaseState(switched).situation.buyclass).toBe('new-task');
    expect(() => parsePurchaseState(switched, { situation: { buyclass: 'straight-rebuy' } })).toThrow(
      'situation.buyclass: expected "straight-rebuy", the situation given in options, received "new-task"',
    );
  });
  it('accepts the untouched state, and a policy the purchase started with overrides', () => {
    expect(parsePurchaseState(json(tender), { situation: { regime: 'public-tender' } })).toEqual(tender);
    const three = startPurchase({ ...START, situation: { regime: 'public-tender' }, policy: { minOffers: 3 } });
    const options = { situation: { regime: 'public-tender' as const }, policy: { minOffers: 3 } };
    expect(parsePurchaseState(JSON.stringify(three), options).policy.minOffers).toBe(3);
    expect(() => parsePurchaseState(JSON.stringify(three), { situation: { regime: 'public-tender' } })).toThrow(
      'policy.minOffers: expected 1',
    );
    // A state the library made is checked against the options too.
    expect(() => parsePurchaseState(three, { situation: { regime: 'public-tender' } })).toThrow('policy.minOffers');
  });
  it.each([
    ['null options', null, 'options: expected an object'],
    ['no situation', {}, 'options.situation: expected the situation the app trusts'],
    ['an unknown option', { situation: {}, trust: true }, 'options.trust: expected no such field'],
    ['a bad situation', { situation: { buyclass: 'x' } }, 'options.situation.buyclass'],
    ['a bad policy', { situation: {}, policy: { minOffers: -1 } }, 'options.policy.minOffers'],
  ])('refuses %s with a BuygridInputError naming it', (_, options, message) => {
    expect(() => parsePurchaseState(json(startPurchase(START)), options as never)).toThrow(message);
  });
});
