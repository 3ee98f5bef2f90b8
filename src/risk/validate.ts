/**
 * Validation of the calculator's input.
 *
 * @module
 */
import { parse } from '../_lib/parse.js';
import { riskInputSchema, type ParsedRiskInput } from './schema.js';

/** Validates a risk input, or throws a `BuygridInputError` naming each field. */
export function validateRiskInput(input: unknown, prefix = ''): ParsedRiskInput {
  return parse(riskInputSchema, input, prefix);
}
