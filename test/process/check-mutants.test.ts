// src/process/check.ts, found weak in a mutation run: the fast event reader "accepts exactly
// what purchaseEventSchema accepts" (its module doc) up to the very bounds of ids, texts,
// timestamps, amounts and satisfactions, and an event that is not an object at all is refused as such, at the root.
import { describe, expect, it } from 'vitest';
import { purchaseEventSchema, replay, startPurchase, transition, type PurchaseEvent } from '../../src/process/index.js';
import { readEvent } from '../../src/process/check.js';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH, MAX_TIMESTAMP_LENGTH } from '../../src/_lib/schemas.js';
import { START, at } from './fixtures.js';

describe('the fast event reader at the length bounds', () => {
  const excluded = (supplierId: string, reason: string): PurchaseEvent => ({
    type: 'supplierExcluded',
    at: at(1),
    supplierId,
    reason,
  });
  it.each([
    ['an id of MAX_ID_LENGTH characters', excluded('s'.repeat(MAX_ID_LENGTH), 'price'), true],
    ['an id of one character more', excluded('s'.repeat(MAX_ID_LENGTH + 1), 'price'), false],
    ['a text of MAX_TEXT_LENGTH characters', excluded('s1', 'r'.repeat(MAX_TEXT_LENGTH)), true],
    ['a text of one character more', excluded('s1', 'r'.repeat(MAX_TEXT_LENGTH + 1)), false],
  ])('reads %s as the schema does', (_, event, accepted) => {
    expect(purchaseEventSchema.safeParse(event).success).toBe(accepted);
    expect(readEvent(event)).toEqual(accepted ? event : undefined);
  });
});

describe('the fast event reader at the bounds of numbers, booleans and timestamps', () => {
  const reviewed = (satisfaction: unknown): unknown => ({
    type: 'performanceReviewed',
    at: at(1),
    supplierId: 's1',
    satisfaction,
  });
  const offered = (amount: unknown): unknown => ({
    type: 'offerReceived',
    at: at(1),
    offer: { supplierId: 's1', amount, currency: 'EUR' },
  });
  const identified = (incumbent: unknown): unknown => ({
    type: 'supplierIdentified',
    at: at(1),
    supplier: { id: 's1', name: 'Lift AG', incumbent },
  });
  const qualifiedAt = (time: string): unknown => ({ type: 'needQualified', at: time });
  // 40 characters: the longest timestamp taken (nanoseconds and more are still ISO-8601).
  const longest = `2026-03-01T09:00:00.${'1'.repeat(14)}+14:00`;
  it('has a timestamp of MAX_TIMESTAMP_LENGTH characters to read', () => {
    expect(longest).toHaveLength(MAX_TIMESTAMP_LENGTH);
  });
  it.each<[string, unknown, boolean]>([
    ['a satisfaction of 0', reviewed(0), true],
    ['a satisfaction of 1', reviewed(1), true],
    ['a satisfaction under 0', reviewed(-0.01), false],
    ['a satisfaction over 1', reviewed(1.01), false],
    ['an amount of 0', offered(0), true],
    ['an infinite amount', offered(Infinity), false],
    ['a negative amount', offered(-1), false],
    [
      'a priority of the list',
      { type: 'requirementAdded', at: at(1), requirement: { id: 'r1', text: 't', priority: 'could' } },
      true,
    ],
    [
      'a priority not in it ("won\'t")',
      { type: 'requirementAdded', at: at(1), requirement: { id: 'r1', text: 't', priority: "won't" } },
      false,
    ],
    ['an unknown step', { type: 'stepRevisited', at: at(1), to: 'done', reason: 'r' }, false],
    ['an unknown abandon reason', { type: 'purchaseAbandoned', at: at(1), reason: 'bored' }, false],
    ['incumbent: true', identified(true), true],
    ['incumbent: false', identified(false), true],
    ['incumbent: "true"', identified('true'), false],
    ['a timestamp of MAX_TIMESTAMP_LENGTH characters', qualifiedAt(longest), true],
    ['a timestamp of one character more', qualifiedAt(longest.replace('+14:00', '1+14:00')), false],
  ])('reads %s as the schema does', (_, event, accepted) => {
    expect(purchaseEventSchema.safeParse(event).success).toBe(accepted);
    expect(readEvent(event)).toEqual(accepted ? event : undefined);
  });
});

describe('an event that is not an object', () => {
  const state = startPurchase(START);
  it.each([
    [null, 'null'],
    ['needQualified', '"needQualified"'],
    [42, '42'],
    [[], 'an array of 0'],
  ])('is refused at the root: %j', (event, received) => {
    expect(() => transition(state, event as never)).toThrow(
      `Invalid buygrid input:\n- (root): expected an object, received ${received}`,
    );
  });
});

describe('an event that throws when read', () => {
  const unreadable = (): unknown => {
    const { proxy, revoke } = Proxy.revocable({ type: 'needQualified', at: at(1) }, {});
    revoke();
    return proxy;
  };
  it('is refused at the root by transition', () => {
    expect(() => transition(startPurchase(START), unreadable() as never)).toThrow(
      'Invalid buygrid input:\n- (root): expected a readable value, received a value that throws when read',
    );
  });
  it('is refused at its index by replay', () => {
    expect(() => replay(START, [unreadable() as never])).toThrow(
      'Invalid buygrid input:\n- events[0]: expected a readable value, received a value that throws when read',
    );
  });
});

describe('an event with optional keys holding undefined', () => {
  it('is recorded without those keys, as its JSON copy would be', () => {
    const event = { type: 'needQualified', at: at(1), by: undefined } as const;
    const result = transition(startPurchase(START), event);
    expect(result.ok).toBe(true);
    expect(result.state.history).toStrictEqual([{ type: 'needQualified', at: at(1) }]);
  });
});
