import { isBuygridInputError, type BuygridInputError } from '../../src/_lib/errors.js';

/**
 * The BuygridInputError a call throws, to read its issues; any other error is rethrown, and no
 * throw fails. Recognised by its brand, so the error of a module loaded anew (`vi.resetModules`) is one too.
 */
export function thrown(run: () => unknown): BuygridInputError {
  try {
    run();
  } catch (error) {
    if (isBuygridInputError(error)) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}
