/**
 * The perceived-risk calculator: risk per dimension, the score, its drivers and what reduces it.
 *
 * @packageDocumentation
 */
export { BuygridInputError, isBuygridInputError, type BuygridIssue } from '../_lib/errors.js';
export type { Reason } from '../_lib/reason.js';
