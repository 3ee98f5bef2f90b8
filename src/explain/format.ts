/**
 * Numbers and names rounded and cut for people, and a plain copy of what {@link explain} reads.
 *
 * @module
 */
import { fail } from '../_lib/parse.js';
import { snapshot as copyOnce } from '../_lib/boundary.js';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

const MAX_NAME = 60;

/** A number rounded to `digits` decimals, without trailing zeros (`0.33`, `6`, `-0.14`; `String(-0)` is `0`). */
export function rounded(value: number, digits = 2): string {
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}

/** A number rounded half up to `digits` decimals, never `-0`: what a template gets to word (days, shares). */
export function roundTo(value: number, digits: number): number {
  return Number(rounded(value, digits));
}

/** A caller's text cut to a length that fits in one line. */
export function short(text: string): string {
  return text.length <= MAX_NAME ? text : `${text.slice(0, MAX_NAME - 1)}…`;
}

/** Refuses what the copy stands in for because it is not data: a function, a `Date`, a class instance (a symbol), or a BigInt. */
function refuseOpaque(value: unknown, path: string): void {
  if (typeof value === 'symbol' || typeof value === 'bigint') fail(path, 'plain data (a result of buygrid)', value);
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value))
    value.forEach((item, i) => {
      refuseOpaque(item, `${path}[${String(i)}]`);
    });
  else for (const key of Object.keys(value)) refuseOpaque((value as Record<string, unknown>)[key], `${path}.${key}`);
}

/**
 * A plain copy of a result, read once by the library's one boundary (`snapshot` of `_lib`:
 * getters and Proxies read a single time, cycles, `__proto__` keys and nesting past 32 levels
 * refused), then anything that is not data (a function, a class instance, a `Date`, a BigInt)
 * refused with its path.
 */
export function snapshot(value: unknown, path = 'result'): unknown {
  const copy = copyOnce(value, path);
  refuseOpaque(copy, path);
  return copy;
}
