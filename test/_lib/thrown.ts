import { BuygridInputError } from '../../src/_lib/errors.js';

/** The BuygridInputError a call throws, to read its issues; any other error is rethrown, and no throw fails. */
export function thrown(run: () => unknown): BuygridInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof BuygridInputError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}
