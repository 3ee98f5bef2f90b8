import { describe, expect, it } from 'vitest';
import { BuygridInputError, parsePurchaseState } from '../../src/process/index.js';
import { purchaseIn } from './fixtures.js';

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
});
