// The hostile-input harness (issue #14; findings in ../shared/research/hostile-input.md).
//
// Every public function is called with a valid baseline in which one place of one argument
// is replaced by a hostile value, or one argument is given a hostile structure. Each call
// must end in a result or a BuygridInputError — never another error, a hang or a stack
// overflow — leave its arguments as they were (values, keys, frozen/sealed/extensible flags),
// leave the built-in prototypes clean, and return plain, deeply frozen JSON data.
import { fc } from '@fast-check/vitest';
import { isBuygridInputError } from '../../src/index.js';

export type Args = readonly unknown[];

/** One public function and valid arguments for it (plain JSON, or made by the library). */
export interface Target {
  readonly name: string;
  readonly call: (...args: unknown[]) => unknown;
  readonly valid: () => Args;
}

/** A hostile value; built fresh for each call, since the library must not change it anyway. */
export type Hostile = readonly [label: string, make: () => unknown];

class Point {
  x = 1;
}

const deep = (levels: number, array: boolean): unknown => {
  let value: unknown = array ? [] : {};
  for (let i = 0; i < levels; i++) value = array ? [value] : { a: value };
  return value;
};

const cyclic = (): unknown => {
  const value: Record<string, unknown> = { a: 1 };
  value['self'] = value;
  return value;
};

export const HOSTILE_VALUES: readonly Hostile[] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['-0', () => -0],
  ['1e308', () => 1e308],
  ['-1', () => -1],
  ['1.5', () => 1.5],
  ['BigInt', () => 10n],
  ['Symbol', () => Symbol('s')],
  ['function', () => () => 1],
  ['class', () => Point],
  ['Date', () => new Date(0)],
  ['invalid Date', () => new Date(Number.NaN)],
  ['class instance', () => new Point()],
  ['Map', () => new Map([['a', 1]])],
  ['Set', () => new Set([1])],
  ['RegExp', () => /x/],
  ['Error', () => new Error('e')],
  ['boxed string', () => Object('decider') as unknown],
  ['Uint8Array', () => new Uint8Array(3)],
  ['empty array', () => []],
  ['array of an object', () => [{}]],
  ['sparse array', () => [1, , 3]], // eslint-disable-line no-sparse-arrays
  ['empty object', () => ({})],
  ['null-prototype object', () => Object.create(null) as unknown],
  ['empty string', () => ''],
  ['"__proto__"', () => '__proto__'],
  ['"constructor"', () => 'constructor'],
  ['"toString"', () => 'toString'],
  ['true', () => true],
  ['1e6-character string', () => 'x'.repeat(1_000_000)],
  ['control characters', () => 'x\n- forged: expected \u001b[31mred\u001b[0m'],
  ['__proto__ pollution', () => JSON.parse('{"__proto__":{"polluted":true}}') as unknown],
  ['constructor.prototype pollution', () => ({ constructor: { prototype: { polluted: true } } })],
  ['1e4-deep object', () => deep(10_000, false)],
  ['1e4-deep array', () => deep(10_000, true)],
  ['cycle', cyclic],
  [
    'throwing getter',
    () => ({
      get a(): never {
        throw new Error('getter');
      },
    }),
  ],
  [
    'throwing Proxy',
    () =>
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('trap');
          },
          get: () => {
            throw new Error('trap');
          },
        },
      ),
  ],
  [
    'revoked Proxy',
    () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    },
  ],
];

/** The paths of a plain JSON value: every object, array and leaf, at most `depth` deep, the first two items of an array. */
export function pathsOf(value: unknown, depth = 4, prefix: readonly (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [[...prefix]];
  if (depth === 0 || typeof value !== 'object' || value === null) return out;
  const keys = Array.isArray(value) ? value.slice(0, 2).map((_, i) => i) : Object.keys(value);
  for (const key of keys)
    out.push(...pathsOf((value as Record<string | number, unknown>)[key], depth - 1, [...prefix, key]));
  return out;
}

/** A JSON copy of `value` with the value at `path` replaced by what `replace` returns from the old one. */
export function replaced(
  value: unknown,
  path: readonly (string | number)[],
  replace: (old: unknown) => unknown,
): unknown {
  if (path.length === 0) return replace(value);
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  parent[last] = replace(parent[last]);
  return copy;
}

const ALL_OBJECTS = (value: unknown, visit: (o: object) => object): unknown => {
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
  for (const [k, v] of Object.entries(value)) (copy as Record<string, unknown>)[k] = ALL_OBJECTS(v, visit);
  return visit(copy);
};

/** Structural variants of a whole (plain JSON) argument. */
export const STRUCTURES: readonly (readonly [string, (value: unknown) => unknown])[] = [
  ['deeply frozen', (v) => ALL_OBJECTS(v, (o) => Object.freeze(o))],
  ['sealed', (v) => ALL_OBJECTS(v, (o) => Object.seal(o))],
  ['not extensible', (v) => ALL_OBJECTS(v, (o) => Object.preventExtensions(o))],
  [
    'null prototypes',
    (v) => ALL_OBJECTS(v, (o) => (Array.isArray(o) ? o : Object.assign(Object.create(null) as object, o))),
  ],
  ['transparent Proxies', (v) => ALL_OBJECTS(v, (o) => new Proxy(o, {}))],
  ['class instance', (v) => (isObject(v) ? Object.assign(new Point(), v) : v)],
  ['an array for the object', (v) => (isObject(v) ? [v] : v)],
  [
    'an extra __proto__ key',
    (v) => (isObject(v) ? { ...v, ...(JSON.parse('{"__proto__":{"polluted":1}}') as object) } : v),
  ],
  ['an extra constructor key', (v) => (isObject(v) ? { ...v, constructor: { prototype: { polluted: 1 } } } : v)],
  ['an extra prototype key', (v) => (isObject(v) ? { ...v, prototype: 1 } : v)],
  [
    '1e5 unknown keys',
    (v) =>
      isObject(v)
        ? Object.fromEntries<unknown>([
            ...Object.entries(v),
            ...Array.from({ length: 100_000 }, (_, i): [string, unknown] => [`k${String(i)}`, i]),
          ])
        : v,
  ],
  ['a 1e6-character key', (v) => (isObject(v) ? { ...v, ['k'.repeat(1_000_000)]: 1 } : v)],
  ['a symbol key', (v) => (isObject(v) ? { ...v, [Symbol('s')]: 1 } : v)],
  ['a non-enumerable extra key', (v) => (isObject(v) ? Object.defineProperty({ ...v }, 'hidden', { value: 1 }) : v)],
  ['inherited fields', (v) => (isObject(v) ? (Object.create(v) as unknown) : v)],
  [
    '1e5 items',
    (v) =>
      Array.isArray(v) && v.length > 0
        ? Array.from({ length: 100_000 }, () => structuredClone((v as unknown[])[0]))
        : v,
  ],
  [
    'a sparse copy',
    (v) => (Array.isArray(v) && v.length > 0 ? Object.assign([], { [v.length]: (v as unknown[])[0] }) : v),
  ],
];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A getter at `path` that answers the valid value the first time and `later` afterwards:
 * the library must read each value once (finding F8).
 */
export function changingGetter(value: unknown, path: readonly (string | number)[], later: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  const first = parent[last];
  let reads = 0;
  Object.defineProperty(parent, last, {
    enumerable: true,
    configurable: true,
    get: () => (++reads === 1 ? first : later),
  });
  return copy;
}

/**
 * A fingerprint of a value that reads no getter: own keys, data values, accessor presence,
 * prototypes and frozen/sealed/extensible flags at every depth. Equal before and after a call
 * means the call changed nothing.
 */
export function fingerprint(value: unknown): string {
  try {
    const parts: string[] = [];
    const ids = new Map<object, number>();
    const stack: unknown[] = [value];
    while (stack.length > 0) {
      const v = stack.pop();
      if (typeof v !== 'object' || v === null) {
        parts.push(
          typeof v === 'symbol'
            ? 'symbol'
            : typeof v === 'function'
              ? `fn:${String(Object.isFrozen(v))}`
              : `${typeof v}:${String(v)}`,
        );
        continue;
      }
      const seen = ids.get(v);
      if (seen !== undefined) {
        parts.push(`@${String(seen)}`);
        continue;
      }
      ids.set(v, ids.size);
      parts.push(`{${String(Object.isFrozen(v))}${String(Object.isSealed(v))}${String(Object.isExtensible(v))}`);
      if (ArrayBuffer.isView(v)) {
        parts.push(`view:${String((v as Uint8Array).length)}`);
        continue;
      }
      const keys = Reflect.ownKeys(v);
      parts.push(`#${String(keys.length)}`);
      // A wide object: its flags and key count, and every hundredth key (the library refuses it unread anyway).
      for (const key of keys.length > 1000 ? keys.filter((_, i) => i % 100 === 0) : keys) {
        const d = Object.getOwnPropertyDescriptor(v, key);
        parts.push(
          `${String(key).slice(0, 64)}:${String(key.toString().length)}:${d === undefined ? '-' : 'get' in d || 'set' in d ? 'accessor' : 'data'}`,
        );
        if (d !== undefined && 'value' in d) stack.push(d.value);
      }
    }
    return parts.join('|');
  } catch {
    return 'unreadable';
  }
}

function prototypesClean(): boolean {
  for (const proto of [Object.prototype, Array.prototype, Function.prototype, String.prototype]) {
    if (Reflect.ownKeys(proto).some((k) => k === 'polluted')) return false;
  }
  return ({} as Record<string, unknown>)['polluted'] === undefined;
}

function isDeepFrozenJson(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, 'result']];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'number' && !Number.isFinite(v)) return `${path} is ${String(v)}`;
    if (typeof v === 'bigint' || typeof v === 'symbol' || typeof v === 'function') return `${path} is a ${typeof v}`;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    const proto: unknown = Object.getPrototypeOf(v);
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return `${path} is not a plain object`;
    if (!Object.isFrozen(v)) return `${path} is not frozen`;
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d === undefined || !('value' in d)) return `${path}.${String(key)} is an accessor`;
      if (typeof key === 'symbol') continue;
      stack.push([d.value, `${path}.${key}`]);
    }
  }
  return undefined;
}

/** Tallies of one module's attacks. */
export interface Tally {
  tried: number;
  failures: string[];
}

/** Runs one call and returns what broke the contract, or `undefined`. */
export function attack(target: Target, args: Args, label: string): string | undefined {
  const before = args.map(fingerprint);
  let result: unknown;
  let threw: unknown;
  let hasThrown = false;
  try {
    result = target.call(...args);
  } catch (error) {
    threw = error;
    hasThrown = true;
  }
  const where = `${target.name} ${label}`;
  if (hasThrown && !isBuygridInputError(threw)) {
    return `${where}: threw ${threw instanceof Error ? `${threw.name}: ${threw.message.slice(0, 120)}` : String(threw)}`;
  }
  if (hasThrown) {
    const error = threw as Error & { issues: readonly unknown[] };
    if (error.issues.length === 0 || error.issues.length > 20) return `${where}: ${String(error.issues.length)} issues`;
    if (error.message.length > 6000) return `${where}: a message of ${String(error.message.length)} characters`;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(error.message))
      return `${where}: control characters in the message`;
  }
  const after = args.map(fingerprint);
  for (let i = 0; i < args.length; i++) if (before[i] !== after[i]) return `${where}: argument ${String(i)} changed`;
  if (!prototypesClean()) return `${where}: a built-in prototype changed`;
  if (!hasThrown) {
    const bad = isDeepFrozenJson(result);
    if (bad !== undefined) return `${where}: ${bad}`;
    if (typeof result === 'object' && result !== null) {
      const round = JSON.parse(JSON.stringify(result)) as unknown;
      if (!equalJson(round, result)) return `${where}: the result changes in a JSON round trip`;
    }
  }
  return undefined;
}

function equalJson(a: unknown, b: unknown): boolean {
  return (
    JSON.stringify(a) === JSON.stringify(b) &&
    JSON.stringify(Object.keys(b as object)) === JSON.stringify(Object.keys(a as object))
  );
}

/** Every attack on `target`: each hostile value at each path of each argument, each structure of each argument, getters that change. */
export function attacksOn(target: Target): [string, () => Args][] {
  const out: [string, () => Args][] = [];
  const base = target.valid();
  base.forEach((arg, i) => {
    const plain = JSON.parse(JSON.stringify(arg ?? null)) as unknown;
    const paths = pathsOf(plain);
    for (const path of paths) {
      const at = `arg ${String(i)} at ${path.length === 0 ? '(root)' : path.join('.')}`;
      for (const [label, make] of HOSTILE_VALUES) {
        // The heavy values two levels deep at most, to keep the suite fast.
        if (path.length > 2 && label.startsWith('1e')) continue;
        out.push([`${at} = ${label}`, () => withArg(target.valid(), i, replaced(plain, path, make))]);
      }
      out.push([`${at} removed`, () => withArg(target.valid(), i, removed(plain, path))]);
      if (path.length > 0) {
        for (const later of ['__proto__', 7, null, { evil: 1 }]) {
          out.push([
            `${at} getter changing to ${JSON.stringify(later)}`,
            () => withArg(target.valid(), i, changingGetter(plain, path, later)),
          ]);
        }
      }
    }
    for (const [label, make] of STRUCTURES) {
      // The heavy structures at the root only, to keep the suite fast.
      const heavy = label.startsWith('1e') || label.includes('1e6');
      for (const path of paths) {
        if (path.length > (heavy ? 0 : 2)) continue;
        out.push([
          `arg ${String(i)} at ${path.join('.') || '(root)'}: ${label}`,
          () => withArg(target.valid(), i, replaced(plain, path, make)),
        ]);
      }
    }
  });
  return out;
}

function removed(value: unknown, path: readonly (string | number)[]): unknown {
  if (path.length === 0) return undefined;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a test removes any field
  delete parent[path[path.length - 1] as string | number];
  return copy;
}

function withArg(args: Args, i: number, value: unknown): Args {
  const copy = [...args];
  copy[i] = value;
  return copy;
}

/**
 * How many attacks per function `npm test` runs: a seeded sample of all of them, so the suite
 * stays fast on a shared machine. `HOSTILE=full` runs every attack (the figures of the report).
 */
const SAMPLE = 150;
const FULL = process.env['HOSTILE'] === 'full';
/** The time one module's attacks may take: the sample in `npm test`, or every attack (minutes on a loaded machine). */
export const ATTACK_TIMEOUT = FULL ? 3_600_000 : 600_000;

/** A deterministic shuffle (mulberry32), so a sample is the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let a = seed;
  for (let i = out.length - 1; i > 0; i--) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const j = ((t ^ (t >>> 14)) >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Runs the attacks on every target, plus random values per argument (fast-check), and tallies them. */
export function runAll(targets: readonly Target[]): Tally {
  const tally: Tally = { tried: 0, failures: [] };
  const runs = FULL ? 100 : 10;
  for (const target of targets) {
    // The baseline must be accepted, or every attack would only test a refusal.
    target.call(...target.valid());
    const all = attacksOn(target);
    for (const [label, make] of FULL ? all : shuffled(all, 14).slice(0, SAMPLE)) {
      tally.tried += 1;
      const failure = attack(target, make(), label);
      if (failure !== undefined) tally.failures.push(failure);
    }
    const arity = target.valid().length;
    for (let i = 0; i < arity; i++) {
      fc.assert(
        fc.property(
          fc.anything({
            withBigInt: true,
            withBoxedValues: true,
            withDate: true,
            withMap: true,
            withSet: true,
            withNullPrototype: true,
            withObjectString: true,
            withSparseArray: true,
            withTypedArray: true,
          }),
          (value) => {
            tally.tried += 1;
            const failure = attack(
              target,
              withArg(target.valid(), i, value),
              `arg ${String(i)} = random ${fc.stringify(value).slice(0, 80)}`,
            );
            if (failure !== undefined) tally.failures.push(failure);
          },
        ),
        { numRuns: runs, seed: 14 },
      );
    }
  }
  return tally;
}

/** One line of the summary the suite prints. */
export function summary(module: string, tally: Tally): string {
  const mode = FULL ? 'every attack' : `a sample of ${String(SAMPLE)} attacks per function; HOSTILE=full for all`;
  return `hostile ${module}: ${String(tally.tried)} inputs tried, ${String(tally.failures.length)} failures (${mode})`;
}
