/**
 * Stored purchases re-entering the library: validated, and checked against their history.
 * Every function that takes a state checks it here ({@link toState}), unless the library
 * made it.
 *
 * @module
 */
import { BuygridInputError } from '../_lib/errors.js';
import { describeValue, formatPath, valueAt } from '../_lib/describe.js';
import { fail, parse, parseCopy } from '../_lib/parse.js';
import { snapshot } from '../_lib/boundary.js';
import { defaultPolicy, parseSituation, type ProcessSituation } from './defaults.js';
import { policyOverridesSchema, type PurchasePolicyOverrides } from './policy.js';
import { replay, startOf } from './replay.js';
import { MADE_STATES, PURCHASE_SCHEMA_VERSION, stateSchema, type PurchaseState } from './state.js';

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
 * Checks a value that is a copy (a {@link snapshot}) as a stored purchase state: its shape,
 * its `schemaVersion`, and that every field is what its history replays to. Returns the
 * rebuilt state, deeply frozen and marked as made by the library.
 */
function restore(value: unknown, prefix: string): PurchaseState {
  // What is not an object is not a state at all; nor is a transition's `{ ok, state }`.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(prefix === '' ? '(root)' : prefix, 'a purchase state', value, 'invalid-type');
  }
  if (!('schemaVersion' in value) && 'ok' in value && 'state' in value) {
    fail(prefix === '' ? '(root)' : prefix, "a purchase state (a transition's result holds one in `state`)", value);
  }
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (version !== PURCHASE_SCHEMA_VERSION)
    fail(formatPath(['schemaVersion'], prefix), String(PURCHASE_SCHEMA_VERSION), version);
  const state = parseCopy(stateSchema(), value, prefix);
  const replayed = replay(startOf(state), state.history);
  if (!replayed.ok) {
    throw new BuygridInputError([
      {
        path: formatPath(['history', replayed.index], prefix),
        expected: 'an event the purchase accepts at that point',
        received: `an event it refuses (${replayed.rejection.message})`,
      },
    ]);
  }
  refuseDifference(state, replayed.state, prefix, 'what the history replays to');
  return replayed.state;
}

/** Throws at the first field where `found` differs from `expected`, saying where `expected` comes from. */
function refuseDifference(found: unknown, expected: unknown, prefix: string, source: string): void {
  const difference = firstDifference(found, expected);
  if (difference === undefined) return;
  throw new BuygridInputError([
    {
      path: formatPath(difference, prefix),
      expected: `${describeValue(valueAt(expected, difference))}, ${source}`,
      received: describeValue(valueAt(found, difference)),
    },
  ]);
}

/**
 * The state a function was given: a state the library made, as it is (it carries a private
 * mark, and is frozen and valid); anything else checked as {@link parsePurchaseState} checks a
 * stored state, and rebuilt. Nothing of the caller's is read twice or changed.
 *
 * @param input - what the caller passed as a state.
 * @param prefix - the argument's name, before every path of an error (`state.status`).
 * @throws BuygridInputError when it is not a valid purchase state.
 */
export function toState(input: unknown, prefix = 'state'): PurchaseState {
  if (MADE_STATES.has(input)) return input;
  return restore(snapshot(input, prefix), prefix);
}

/**
 * What {@link parsePurchaseState} checks a stored state against: the situation the app
 * trusts, and the policy overrides it started the purchase with.
 *
 * @example
 * ```ts
 * import { parsePurchaseState, startPurchase, type RestoreOptions } from 'buygrid/process';
 * const options: RestoreOptions = { situation: { regime: 'public-tender' }, policy: { minOffers: 3 } };
 * const state = startPurchase({ id: 't1', at: '2026-03-01T09:00:00Z', need: { summary: 'Meals' }, ...options });
 * parsePurchaseState(JSON.stringify(state), options).policy.minOffers;
 * //=> 3
 * ```
 */
export interface RestoreOptions {
  /**
   * The purchase's situation as the app knows it (from its own records, not from the stored
   * state): the stored `situation` must be this one resolved, and the stored `policy` the one
   * it implies (`defaultPolicy(situation, policy)`).
   */
  readonly situation: ProcessSituation;
  /** The policy overrides the purchase was started with, if any (`startPurchase`'s `policy`). */
  readonly policy?: PurchasePolicyOverrides;
}

/** Checks the stored situation and policy against those the options derive; throws at the first difference. */
function checkPolicy(state: PurchaseState, options: unknown): void {
  const copy = snapshot(options, 'options');
  if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) {
    fail('options', 'an object { situation, policy? }', options, 'invalid-type');
  }
  const { situation, policy, ...rest } = copy as { situation?: unknown; policy?: unknown };
  for (const key of Object.keys(rest)) {
    fail(formatPath([key], 'options'), 'no such field (not part of this input)', rest[key as never], 'unknown-key');
  }
  if (situation === undefined) fail('options.situation', 'the situation the app trusts', situation, 'invalid-type');
  const resolved = parseSituation(situation, 'options.situation');
  refuseDifference(state.situation, resolved, 'situation', 'the situation given in options');
  const expected = defaultPolicy(resolved, parse(policyOverridesSchema(), policy ?? {}, 'options.policy'));
  refuseDifference(state.policy, expected, 'policy', 'the policy of the situation given in options');
}

/**
 * Validates and rehydrates a stored purchase (an object, or its JSON text): its shape, its
 * `schemaVersion`, and that every field is what its history replays to — so a state edited
 * by hand, or by a bug, is refused rather than trusted.
 *
 * The history cannot vouch for the start of the purchase (its `id`, `need`, `situation`,
 * `policy`, `knownSuppliers`): a stored public tender whose policy was edited to
 * `minOffers: 0` replays without a refusal. Give `options.situation` (and the `policy`
 * overrides the purchase started with), taken from the app's own records, and the stored
 * situation and policy must be the ones they derive, or the state is refused. A state kept
 * where users can edit it (a browser, a token) must be signed, or rebuilt from its events.
 *
 * @param stored - the state as stored: a `PurchaseState`-shaped object or a JSON string.
 * @param options - `{ situation, policy? }` the app trusts, to check the stored situation and policy against.
 * @returns the state, rebuilt from its start and history, deeply frozen.
 * @throws BuygridInputError when it is not JSON, has the wrong shape, an unknown
 *   `schemaVersion`, a history the purchase refuses, a field its history contradicts, or a
 *   situation or policy other than those `options` derive.
 *
 * @example
 * ```ts
 * import { parsePurchaseState, startPurchase } from 'buygrid/process';
 * const state = startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' }, situation: { regime: 'public-tender' } });
 * parsePurchaseState(JSON.stringify(state)).status;
 * //=> 'need-recognition'
 * parsePurchaseState({ ...state, status: 'decision' });
 * //=> throws BuygridInputError
 * const edited = { ...state, policy: { ...state.policy, minOffers: 0 } };
 * parsePurchaseState(edited).policy.minOffers;
 * //=> 0
 * parsePurchaseState(edited, { situation: { regime: 'public-tender' } });
 * //=> throws BuygridInputError
 * ```
 */
export function parsePurchaseState(stored: unknown, options?: RestoreOptions): PurchaseState {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored) as unknown;
    } catch {
      fail('(root)', 'JSON of a purchase state', stored);
    }
  }
  // A state the library made is valid as it is; anything else is read once, into a copy.
  const state = MADE_STATES.has(value) ? value : restore(snapshot(value), '');
  if (options !== undefined) checkPolicy(state, options);
  return state;
}
