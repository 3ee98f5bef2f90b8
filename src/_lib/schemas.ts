/**
 * Small schemas every module shares: the `[0, 1]` scale, ids, texts and timestamps.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazy } from './lazy.js';

/** Longest id accepted (member, supplier, requirement, purchase ids). */
export const MAX_ID_LENGTH = 200;
/** Longest free text accepted (names, summaries, notes, reasons). */
export const MAX_TEXT_LENGTH = 5000;

/** A number in `[0, 1]`: influence, uncertainty, consequence, confidence, scores. */
export const unit = /* @__PURE__ */ lazy(() =>
  z.number().check(z.refine((v) => v >= 0 && v <= 1, { message: 'a number in [0, 1]', abort: true })),
);

/** A finite number ≥ 0 (amounts, counts of days). */
export const nonNegative = /* @__PURE__ */ lazy(() =>
  z.number().check(z.refine((v) => v >= 0, { message: 'a finite number ≥ 0', abort: true })),
);

/** A non-empty id of at most `MAX_ID_LENGTH` (200) characters. */
export const id = /* @__PURE__ */ lazy(() => z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)));

/** A non-empty text of at most `MAX_TEXT_LENGTH` (5,000) characters. */
export const text = /* @__PURE__ */ lazy(() => z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH)));

/** Longest timestamp accepted: `2026-03-01T09:00:00.123456789+14:00` has 35 characters. */
export const MAX_TIMESTAMP_LENGTH = 40;

/** An ISO-8601 timestamp with a time zone (`Z` or an offset), of at most `MAX_TIMESTAMP_LENGTH` (40) characters. */
export const timestamp = /* @__PURE__ */ lazy(() =>
  z.iso.datetime({ offset: true }).check(z.maxLength(MAX_TIMESTAMP_LENGTH)),
);

/**
 * The one rule for an organization's `employees`, in every module: a whole number of people,
 * at least 1. The EU size classes count staff in annual work units, part-time and seasonal
 * work as fractions (Commission Recommendation 2003/361/EC, Annex, Art. 5); pass such a count
 * rounded down (`Math.floor`), which leaves every `< 10 / 50 / 250` class unchanged.
 */
export const employees = /* @__PURE__ */ lazy(() => z.int().check(z.gte(1)));

/** Whether `value` is what {@link employees} accepts: the fast checks' copy of the rule. */
export function isEmployees(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1;
}
