// The order routine (Buygrid phase 7) on supplierSelected, and the stored states it lives in.
import { describe, expect, it } from 'vitest';
import { BuygridInputError, parsePurchaseState, transition, type PurchaseEvent } from '../../src/process/index.js';
import { START, at, purchaseIn } from './fixtures.js';

describe('orderRoutine on supplierSelected', () => {
  it('is kept in the selection and survives parsePurchaseState', () => {
    const r = transition(purchaseIn('decision'), {
      type: 'supplierSelected',
      at: at(9),
      supplierId: 's1',
      orderRoutine: { kind: 'blanket', schedule: 'monthly', reference: 'BO-7' },
    });
    expect(r.state.selection).toEqual({
      supplierId: 's1',
      at: at(9),
      reorder: false,
      orderRoutine: { kind: 'blanket', schedule: 'monthly', reference: 'BO-7' },
    });
    const restored = parsePurchaseState(JSON.stringify(r.state));
    expect(restored.selection?.orderRoutine).toEqual({ kind: 'blanket', schedule: 'monthly', reference: 'BO-7' });
    const tampered = { ...r.state, selection: { ...r.state.selection, orderRoutine: { kind: 'spot' } } };
    expect(() => parsePurchaseState(tampered)).toThrow('selection.orderRoutine.kind: expected "blanket"');
  });

  it.each<[unknown, string]>([
    [{ kind: 'weekly' }, 'orderRoutine.kind: expected one of "spot" | "blanket" | "call-off", received "weekly"'],
    [{}, 'orderRoutine.kind: expected one of'],
    [{ kind: 'spot', schedule: '' }, 'orderRoutine.schedule: expected a string of at least 1 character'],
    [{ kind: 'spot', until: '2027-01-01' }, 'orderRoutine.until: expected no such field'],
    ['blanket', 'orderRoutine: expected an object'],
  ])('refuses the order routine %j, naming the field', (orderRoutine, message) => {
    const decision = purchaseIn('decision');
    const event = { type: 'supplierSelected', at: at(9), supplierId: 's1', orderRoutine } as unknown as PurchaseEvent;
    expect(() => transition(decision, event)).toThrow(BuygridInputError);
    expect(() => transition(decision, event)).toThrow(message);
  });
});

describe('stored public states', () => {
  it('refuses a state whose public situation has no procedure (stored by 0.1.0), naming the field', () => {
    const state = purchaseIn('specification', { ...START, situation: { procedure: 'open' } });
    const { procedure: _, ...old } = state.situation as { buyclass: string; regime: string; procedure?: string };
    expect(() => parsePurchaseState({ ...state, situation: old })).toThrow(
      'situation.procedure: expected "open", what the history replays to, received undefined',
    );
    expect(() => parsePurchaseState({ ...state, situation: { ...old, regime: 'private', procedure: 'open' } })).toThrow(
      'situation.procedure',
    );
  });
});
