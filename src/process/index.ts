/**
 * The five-step B2B purchase process as a typed, pure state machine.
 *
 * @packageDocumentation
 */
export { BuygridInputError, isBuygridInputError, type BuygridIssue } from '../_lib/errors.js';
export type { Reason } from '../_lib/reason.js';
export { STEPS, type Step } from '../_lib/vocabulary.js';
