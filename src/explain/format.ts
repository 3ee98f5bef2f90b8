/**
 * Numbers and names rounded and cut for people, and a plain copy of what {@link explain} reads.
 *
 * @module
 */
import { fail } from '../_lib/parse.js';
import { isPlainRecord } from '../_lib/fast.js';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

const MAX_NAME = 60;
const MAX_DEPTH = 32;

/** A number rounded to `digits` decimals, without trailing zeros (`0.33`, `6`, `-0.14`). */
export function rounded(value: number, digits = 2): string {
  const factor = 10 ** digits;
  const out = Math.round(value * factor) / factor;
  return String(Object.is(out, -0) ? 0 : out);
}

/** Milliseconds as days, to one decimal. */
export function days(ms: number): string {
  return rounded(ms / DAY_MS, 1);
}

/** A number rounded half up to `digits` decimals, never `-0`: what a template gets to word (days, shares). */
export function roundTo(value: number, digits: number): number {
  return Number(rounded(value, digits));
}

/** A caller's text cut to a length that fits in one line. */
export function short(text: string): string {
  return text.length <= MAX_NAME ? text : `${text.slice(0, MAX_NAME - 1)}…`;
}

/**
 * A plain copy of a result: each own enumerable property read once, arrays and plain objects
 * copied, anything else (a function, a class instance, a cycle, more than 32 levels) refused.
 */
export function snapshot(value: unknown, path = 'result', depth = 0, seen: object[] = []): unknown {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      fail(path, 'plain data (a result of buygrid)', value);
    }
    return value;
  }
  if (depth > MAX_DEPTH || seen.includes(value)) fail(path, 'plain data without cycles (a result of buygrid)', value);
  const inner = [...seen, value];
  if (Array.isArray(value)) return value.map((item, i) => snapshot(item, `${path}[${String(i)}]`, depth + 1, inner));
  if (!isPlainRecord(value)) fail(path, 'plain data (a result of buygrid)', value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = snapshot(value[key], `${path}.${key}`, depth + 1, inner);
  return out;
}
