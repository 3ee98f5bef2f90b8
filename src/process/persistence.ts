/**
 * Stored purchases re-entering the library: validated, and checked against their history.
 *
 * @module
 */
import { BuygridInputError } from '../_lib/errors.js';
import { describeValue, formatPath, valueAt } from '../_lib/describe.js';
import { fail, parseCopy } from '../_lib/parse.js';
import { snapshot } from '../_lib/boundary.js';
import { replay, startOf } from './replay.js';
import { PURCHASE_SCHEMA_VERSION, purchaseStateSchema, type PurchaseState } from './state.js';

/** The path of the first difference between two JSON-like values (a key holding `undefined` counts as absent), or `undefined`. */
function firstDifference(a: unknown, b: unknown, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (a === b) return undefined;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  ) {
    return path;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
    const found = firstDifference(x[key], y[key], [...path, Array.isArray(a) ? Number(key) : key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Validates and rehydrates a stored purchase (an object, or its JSON text): its shape, its
 * `schemaVersion`, and that every field is what its history replays to — so a state edited
 * by hand, or by a bug, is refused rather than trusted.
 *
 * @param stored - the state as stored: a `PurchaseState`-shaped object or a JSON string.
 * @returns the state, rebuilt from its start and history, deeply frozen.
 * @throws BuygridInputError when it is not JSON, has the wrong shape, an unknown
 *   `schemaVersion`, a history the purchase refuses, or a field its history contradicts.
 *
 * @example
 * ```ts
 * import { parsePurchaseState, startPurchase } from 'buygrid/process';
 * const state = startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } });
 * parsePurchaseState(JSON.stringify(state)).status;
 * //=> 'need-recognition'
 * parsePurchaseState({ ...state, status: 'decision' });
 * //=> throws BuygridInputError
 * ```
 */
export function parsePurchaseState(stored: unknown): PurchaseState {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored) as unknown;
    } catch {
      fail('(root)', 'JSON of a purchase state', stored);
    }
  }
  // Read once, into a copy: the checks below and the schema see the same values.
  value = snapshot(value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const version = (value as { schemaVersion?: unknown }).schemaVersion;
    if (version !== PURCHASE_SCHEMA_VERSION) {
      fail('schemaVersion', String(PURCHASE_SCHEMA_VERSION), version);
    }
  }
  const state = parseCopy(purchaseStateSchema, value);
  const replayed = replay(startOf(state), state.history);
  if (!replayed.ok) {
    throw new BuygridInputError([
      {
        path: `history[${String(replayed.index)}]`,
        expected: 'an event the purchase accepts at that point',
        received: `an event it refuses (${replayed.rejection.message})`,
      },
    ]);
  }
  const difference = firstDifference(state, replayed.state);
  if (difference !== undefined) {
    throw new BuygridInputError([
      {
        path: formatPath(difference),
        expected: `${describeValue(valueAt(replayed.state, difference))}, what the history replays to`,
        received: describeValue(valueAt(state, difference)),
      },
    ]);
  }
  return replayed.state;
}
