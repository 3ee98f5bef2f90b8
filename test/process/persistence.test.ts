import { beforeAll, describe, expect, it } from 'vitest';
import { BuygridInputError, parsePurchaseState, replay } from '../../src/process/index.js';
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
