// src/process/check.ts, found weak in a mutation run: the fast event reader "accepts exactly
// what purchaseEventSchema accepts" (its module doc) up to the very length bounds of ids and
// texts, and an event that is not an object at all is refused as such, at the root.
import { describe, expect, it } from 'vitest';
import { purchaseEventSchema, startPurchase, transition, type PurchaseEvent } from '../../src/process/index.js';
import { readEvent } from '../../src/process/check.js';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from '../../src/_lib/schemas.js';
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
