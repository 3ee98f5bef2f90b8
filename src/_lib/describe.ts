/**
 * Words for values and paths in error messages.
 *
 * @module
 */

const MAX_SHOWN = 40;

/** The markers that stand for values that are not plain data, and the words for them. */
const OPAQUE = /* @__PURE__ */ new Set<symbol>();

/** A new marker for a value that is not plain data, described in errors as `description`. */
export function opaque(description: string): symbol {
  const marker = Symbol(description);
  OPAQUE.add(marker);
  return marker;
}

/** Describes a received value in a few words, never echoing a huge string or a whole object. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? 'NaN' : String(value);
    case 'string': {
      if (value.length <= MAX_SHOWN) return JSON.stringify(value);
      return `${JSON.stringify(value.slice(0, MAX_SHOWN))}… (${String(value.length)} characters)`;
    }
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${String(value)}n`;
    case 'symbol':
      return OPAQUE.has(value) ? String(value.description) : 'a symbol';
    case 'function':
      return 'a function';
    default:
      try {
        if (Array.isArray(value)) return `an array of ${String(value.length)}`;
        if (value instanceof Date) return 'a Date object';
      } catch {
        // A revoked Proxy, or a Proxy whose traps throw.
        return 'an unreadable object';
      }
      return 'an object';
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats a path as `offer.amount`, `members[2].influence` or `weights["after-sales"]`. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${String(key)}]`;
    else if (typeof key === 'string' && key.length <= MAX_SHOWN && IDENTIFIER.test(key))
      out += out === '' ? key : `.${key}`;
    else out += `[${describeValue(String(key))}]`;
  }
  return out === '' ? '(root)' : out;
}

/** Reads the value at a path of an input, without invoking getters of prototypes. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.prototype.hasOwnProperty.call(current, key)) {
      return undefined;
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
