/**
 * The pieces of the hand-written fast checks that several modules use in front of their
 * zod schemas: each fast check accepts only what its schema accepts unchanged, and
 * anything else goes through the schema, which names each issue.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { parseCopy } from './parse.js';
import { snapshot } from './boundary.js';

/** Whether `value` is a plain object (prototype `Object.prototype` or `null`). */
export function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether `value` is a number in `[0, 1]` (NaN is not). */
export function isUnitValue(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

/**
 * Returns a {@link snapshot} of `input` when the fast check accepts it, else the schema's
 * parse of that copy (which throws a `BuygridInputError` on bad input). The caller's object
 * is read once, by the copy.
 */
export function checked<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  fast: (value: unknown) => boolean,
  prefix = '',
): z.output<S> {
  const copy = snapshot(input, prefix);
  return fast(copy) ? (copy as z.output<S>) : parseCopy(schema, copy, prefix);
}
