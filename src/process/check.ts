/**
 * The fast path of event validation: a hand-written reader that accepts exactly what
 * `purchaseEventSchema` accepts (a property test holds them to it) and returns a fresh,
 * deeply frozen copy of the event. Only when it refuses does the zod schema run, to name each issue.
 *
 * @module
 */
import { fail, parseCopy } from '../_lib/parse.js';
import { readable, snapshot } from '../_lib/boundary.js';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH, MAX_TIMESTAMP_LENGTH, timestamp } from '../_lib/schemas.js';
import { STEPS } from '../_lib/vocabulary.js';
import {
  ABANDON_REASONS,
  ORDER_ROUTINE_KINDS,
  PRIORITIES,
  PURCHASE_EVENT_TYPES,
  eventSchema,
  type PurchaseEvent,
  type PurchaseEventType,
} from './events.js';

/** The mark of a value that a reader refused. */
const BAD = { refused: true } as const;
/** Reads a value: returns it (a copy, for objects), or {@link BAD}. */
type Read = (value: unknown) => unknown;

const CURRENCY = /^[A-Z]{3}$/;
const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
const string =
  (max: number): Read =>
  (v) =>
    typeof v === 'string' && v.length >= 1 && v.length <= max ? v : BAD;
const readId = string(MAX_ID_LENGTH);
const readText = string(MAX_TEXT_LENGTH);
// The very RegExp the `timestamp` schema tests, so the two cannot drift apart.
const readTimestamp: Read = (v) =>
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- zod marks `_zod` internal, not deprecated
  typeof v === 'string' && v.length <= MAX_TIMESTAMP_LENGTH && timestamp()._zod.pattern.test(v) ? v : BAD;
const readAmount: Read = (v) => (typeof v === 'number' && v >= 0 && v < Infinity ? v : BAD);
const readUnit: Read = (v) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : BAD);
const readBoolean: Read = (v) => (typeof v === 'boolean' ? v : BAD);
const readCurrency: Read = (v) => (typeof v === 'string' && CURRENCY.test(v) ? v : BAD);
const oneOf =
  (values: readonly string[]): Read =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? v : BAD;

/** A reader of a strict object: required fields, optional fields (left out when `undefined`), nothing else; its copy is frozen. */
function shape(required: Readonly<Record<string, Read>>, optional: Readonly<Record<string, Read>> = {}): Read {
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return BAD;
    const input = v as Readonly<Record<string, unknown>>;
    // `for…in` also sees inherited enumerable keys, as zod's strict check does.
    for (const key in input) if (!has(required, key) && !has(optional, key)) return BAD;
    const out: Record<string, unknown> = {};
    for (const key in required) {
      const value = (required[key] as Read)(input[key]);
      if (value === BAD) return BAD;
      out[key] = value;
    }
    for (const key in optional) {
      if (input[key] === undefined) continue;
      const value = (optional[key] as Read)(input[key]);
      if (value === BAD) return BAD;
      out[key] = value;
    }
    return Object.freeze(out);
  };
}

const event = (
  type: PurchaseEventType,
  required: Record<string, Read> = {},
  optional: Record<string, Read> = {},
): Read => shape({ type: oneOf([type]), at: readTimestamp, ...required }, { by: readId, ...optional });

/** One reader per event type, mirroring `purchaseEventSchema`. */
const READERS = {
  needQualified: /* @__PURE__ */ event('needQualified'),
  requirementAdded: /* @__PURE__ */ event('requirementAdded', {
    requirement: shape({ id: readId, text: readText }, { priority: oneOf(PRIORITIES) }),
  }),
  requirementRemoved: /* @__PURE__ */ event('requirementRemoved', { requirementId: readId }),
  specificationApproved: /* @__PURE__ */ event('specificationApproved'),
  supplierIdentified: /* @__PURE__ */ event('supplierIdentified', {
    supplier: shape({ id: readId, name: readText }, { incumbent: readBoolean }),
  }),
  supplierShortlisted: /* @__PURE__ */ event('supplierShortlisted', { supplierId: readId }),
  supplierExcluded: /* @__PURE__ */ event('supplierExcluded', { supplierId: readId }, { reason: readText }),
  negotiationStarted: /* @__PURE__ */ event('negotiationStarted'),
  offerReceived: /* @__PURE__ */ event('offerReceived', {
    offer: shape(
      { supplierId: readId, amount: readAmount, currency: readCurrency },
      { leadTimeDays: readAmount, warrantyMonths: readAmount },
    ),
  }),
  decisionRequested: /* @__PURE__ */ event('decisionRequested'),
  supplierSelected: /* @__PURE__ */ event(
    'supplierSelected',
    { supplierId: readId },
    { orderRoutine: shape({ kind: oneOf(ORDER_ROUTINE_KINDS) }, { schedule: readText, reference: readText }) },
  ),
  stepRevisited: /* @__PURE__ */ event('stepRevisited', { to: oneOf(STEPS), reason: readText }),
  stepSkipped: /* @__PURE__ */ event('stepSkipped', { to: oneOf(STEPS) }, { reason: readText }),
  purchaseAbandoned: /* @__PURE__ */ event('purchaseAbandoned', { reason: oneOf(ABANDON_REASONS) }, { note: readText }),
  performanceReviewed: /* @__PURE__ */ event(
    'performanceReviewed',
    { supplierId: readId, satisfaction: readUnit },
    { note: readText },
  ),
} as const satisfies { [K in PurchaseEventType]: Read };

/**
 * Returns a fresh copy of a well-formed event (keys holding `undefined` left out), or
 * `undefined` when `purchaseEventSchema` would refuse it.
 */
export function readEvent(input: unknown): PurchaseEvent | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const type = (input as { type?: unknown }).type;
  if (typeof type !== 'string' || !has(READERS, type)) return undefined;
  const value = READERS[type as PurchaseEventType](input);
  return value === BAD ? undefined : (value as PurchaseEvent);
}

/**
 * Validates an event: the fast reader for a well-formed one, else the schema, to throw a
 * `BuygridInputError` naming each issue (an unknown `type` lists the fifteen types).
 */
export function checkEvent(event: unknown, prefix = ''): PurchaseEvent {
  const read = readable(() => readEvent(event), prefix === '' ? '(root)' : prefix);
  if (read !== undefined) return read;
  // The slow path reads a copy, once.
  const input = snapshot(event, prefix);
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const type = (input as { type?: unknown }).type;
    if (!(PURCHASE_EVENT_TYPES as readonly unknown[]).includes(type)) {
      fail(prefix === '' ? 'type' : `${prefix}.type`, `one of ${PURCHASE_EVENT_TYPES.join(' | ')}`, type);
    }
  }
  // Throws, naming each issue: the reader and the schema agree (a property test holds them to it).
  return parseCopy(eventSchema(), input, prefix);
}
