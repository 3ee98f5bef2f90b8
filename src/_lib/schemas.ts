/**
 * Small schemas every module shares: the `[0, 1]` scale, ids, texts and timestamps.
 *
 * @module
 */
import * as z from 'zod/mini';

/** Longest id accepted (member, supplier, requirement, purchase ids). */
export const MAX_ID_LENGTH = 200;
/** Longest free text accepted (names, summaries, notes, reasons). */
export const MAX_TEXT_LENGTH = 5000;

/** A number in `[0, 1]`: influence, uncertainty, consequence, confidence, scores. */
export const unit = /* @__PURE__ */ z
  .number()
  .check(z.refine((v) => v >= 0 && v <= 1, { message: 'a number in [0, 1]', abort: true }));

/** A finite number ≥ 0 (amounts, counts of days). */
export const nonNegative = /* @__PURE__ */ z
  .number()
  .check(z.refine((v) => v >= 0, { message: 'a finite number ≥ 0', abort: true }));

/** A non-empty id of at most `MAX_ID_LENGTH` (200) characters. */
export const id = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));

/** A non-empty text of at most `MAX_TEXT_LENGTH` (5,000) characters. */
export const text = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH));

/** An ISO-8601 timestamp with a time zone (`Z` or an offset). */
export const timestamp = /* @__PURE__ */ z.iso.datetime({ offset: true });
