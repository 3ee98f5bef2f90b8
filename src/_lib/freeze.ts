/**
 * Deep freezing of plain data.
 *
 * @module
 */

/**
 * Freezes plain data in place, all the way down, and returns it. Already-frozen parts are
 * skipped, so freezing a new state that shares most of its structure with a frozen one
 * costs only the new parts. A field of an object that holds `undefined` is dropped first, as
 * a JSON round trip would drop it (finding F14). Only for the library's own new data.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    Object.freeze(value);
    for (const item of value as unknown[]) deepFreeze(item);
    return value;
  }
  // One pass over the keys: drop the undefined fields, then freeze, then freeze each value.
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (const key of keys) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a field holding undefined, on the library's own new data
    if (record[key] === undefined) delete record[key];
  }
  Object.freeze(record);
  for (const key of keys) deepFreeze(record[key]);
  return value;
}
