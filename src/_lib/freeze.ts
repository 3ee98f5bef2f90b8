/**
 * Deep freezing of plain data.
 *
 * @module
 */

/**
 * Freezes plain data in place, all the way down, and returns it. Already-frozen parts are
 * skipped, so freezing a new state that shares most of its structure with a frozen one
 * costs only the new parts.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
