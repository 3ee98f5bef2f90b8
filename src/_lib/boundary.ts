/**
 * The boundary every input crosses first: a copy of the caller's value as plain data, read
 * once. Everything after works on the copy, so the caller's object is never frozen or
 * changed, and a getter or a Proxy that answers differently the second time cannot get a
 * value past validation.
 *
 * @module
 */
import { BuygridInputError, type BuygridIssueCode } from './errors.js';
import { describeValue, formatPath, opaque } from './describe.js';

/** Deepest nesting of any buygrid input, with room to spare (a stored state is 5 levels deep). */
export const MAX_DEPTH = 32;
/** Longest list in any buygrid input: the copy refuses longer ones before reading them. */
export const MAX_ITEMS = 1_000_000;
/** Most fields of one object (the largest tables, CRM picklists, have hundreds). */
export const MAX_KEYS = 10_000;
/** Most values in one input, all levels together: 1e5 members of a center hold about 1e6. */
export const MAX_VALUES = 5_000_000;

// What stands for a value that is not plain data: the schemas refuse a symbol wherever
// they expect data, and the error describes it by what it was.
const FUNCTION = /* @__PURE__ */ opaque('a function');
const DATE = /* @__PURE__ */ opaque('a Date object');
const MAP = /* @__PURE__ */ opaque('a Map');
const SET = /* @__PURE__ */ opaque('a Set');
const INSTANCE = /* @__PURE__ */ opaque('an object that is not plain data (a class instance)');

function opaqueOf(value: object): symbol {
  if (value instanceof Date) return DATE;
  if (value instanceof Map) return MAP;
  if (value instanceof Set) return SET;
  return INSTANCE;
}

/**
 * A refusal found while copying, turned into a {@link BuygridInputError} at the end. Its
 * `path` is built while the copy unwinds: each level puts its key in front.
 */
class Refusal extends Error {
  readonly path: PropertyKey[];
  constructor(
    readonly code: BuygridIssueCode,
    path: PropertyKey[],
    readonly expected: string,
    readonly received: string,
  ) {
    super(expected);
    this.path = path;
  }
}

const unreadable = (path: PropertyKey[]): Refusal =>
  new Refusal('unreadable', path, 'a readable value', 'a value that throws when read');

/** Puts `key` in front of the path of a refusal thrown below it. */
function within(error: unknown, key: PropertyKey): unknown {
  if (error instanceof Refusal) error.path.unshift(key);
  return error;
}

/** What one {@link snapshot} keeps while it copies: no closure per call, nothing shared between calls. */
interface Copying {
  values: number;
  /** The copy of each object already copied, so the same object met twice is copied once. */
  readonly copies: Map<object, unknown>;
  /** The objects being copied, outermost first: at most {@link MAX_DEPTH}, so a scan is cheap. */
  readonly open: object[];
}

function copyValue(state: Copying, value: unknown): unknown {
  if (++state.values > MAX_VALUES) {
    throw new Refusal('too-big', [], `an input of at most ${String(MAX_VALUES)} values in all`, 'more');
  }
  if (typeof value === 'function') return FUNCTION;
  if (typeof value !== 'object' || value === null) return value;
  const done = state.copies.get(value);
  if (done !== undefined) return done;
  if (state.open.includes(value))
    throw new Refusal('too-deep', [], 'data without a cycle', 'an object that contains itself');
  if (state.open.length >= MAX_DEPTH) {
    throw new Refusal('too-deep', [], `data nested at most ${String(MAX_DEPTH)} levels deep`, 'deeper nesting');
  }
  let out: unknown;
  state.open.push(value);
  try {
    out = Array.isArray(value) ? copyArray(state, value) : copyObject(state, value);
  } catch (error) {
    if (error instanceof Refusal) throw error;
    // A Proxy trap (ownKeys, getPrototypeOf…) or a revoked Proxy threw.
    throw unreadable([]);
  } finally {
    state.open.pop();
  }
  state.copies.set(value, out);
  return out;
}

function copyArray(state: Copying, value: readonly unknown[]): unknown[] {
  const length = value.length;
  if (length > MAX_ITEMS) {
    throw new Refusal('too-big', [], `at most ${String(MAX_ITEMS)} items`, `an array of ${String(length)}`);
  }
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) {
    let item: unknown;
    try {
      item = value[i];
    } catch {
      throw unreadable([i]);
    }
    try {
      out.push(copyValue(state, item));
    } catch (error) {
      throw within(error, i);
    }
  }
  return out;
}

function copyObject(state: Copying, value: object): unknown {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return opaqueOf(value);
  const keys = Object.keys(value);
  if (keys.length > MAX_KEYS) {
    throw new Refusal(
      'too-big',
      [],
      `an object of at most ${String(MAX_KEYS)} fields`,
      `${String(keys.length)} fields`,
    );
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    let field: unknown;
    try {
      field = (value as Record<string, unknown>)[key];
    } catch {
      throw unreadable([key]);
    }
    if (key === '__proto__') {
      throw new Refusal('unknown-key', [key], 'no such field (not part of this input)', describeValue(field));
    }
    try {
      out[key] = copyValue(state, field);
    } catch (error) {
      throw within(error, key);
    }
  }
  return out;
}

/**
 * Copies `input` as plain data: plain objects (prototype `Object.prototype` or `null`) and
 * arrays are copied, each own enumerable value read exactly once; primitives are kept (the
 * schemas refuse the wrong ones); a function, a `Date`, a `Map`, a `Set` or a class instance
 * becomes a marker the schemas refuse. The same object met twice is copied once.
 *
 * @param input - what the caller passed.
 * @param prefix - the argument's name, put before every path.
 * @returns a fresh copy, never the caller's object.
 * @throws {@link BuygridInputError} for a `__proto__` key, a cycle, nesting deeper than
 *   {@link MAX_DEPTH}, a list longer than {@link MAX_ITEMS}, an object of more than
 *   {@link MAX_KEYS} fields, more than {@link MAX_VALUES} values in all, or a value that
 *   throws when read.
 */
export function snapshot(input: unknown, prefix = ''): unknown {
  try {
    return copyValue({ values: 0, copies: new Map(), open: [] }, input);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    throw new BuygridInputError([
      { code: error.code, path: formatPath(error.path, prefix), expected: error.expected, received: error.received },
    ]);
  }
}

/**
 * Runs `read` on a caller's value and returns its result; an error it throws (a revoked
 * Proxy, a throwing getter or trap) becomes a {@link BuygridInputError} at `path`.
 */
export function readable<T>(read: () => T, path: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof BuygridInputError) throw error;
    throw new BuygridInputError([
      { code: 'unreadable', path, expected: 'a readable value', received: 'a value that throws when read' },
    ]);
  }
}

/**
 * A private mark for values a module made itself, deeply frozen and valid: a value that
 * carries it is taken as it is, without being checked again; any other value is checked.
 * The mark lives in a set only the module holds, so it cannot be copied, inherited (an
 * object whose prototype is marked is not), forged, or kept by a Proxy.
 */
export interface Mark<T extends object> {
  /** Marks `value` (deeply frozen already, and valid) and returns it. */
  readonly add: (value: T) => T;
  /** Whether `value` is itself a value this mark was put on. */
  readonly has: (value: unknown) => value is T;
}

/** A new {@link Mark}, for the values of one kind a module makes (checked buying centers, purchase states). */
export function createMark<T extends object>(): Mark<T> {
  const made = new WeakSet();
  return {
    add: (value) => {
      made.add(value);
      return value;
    },
    has: (value): value is T => typeof value === 'object' && value !== null && made.has(value),
  };
}
