// Checks the coded objects of results (reasons, warnings, rejections, actions, strategies,
// flags) against a module's messages interface, through a spec the compiler holds to it:
// a spec names every code of the interface and every param of each code, with its kind.
import { expect } from 'vitest';

/** The kind of a param value; `?` marks a param that may be absent. */
type Kind = 'string' | 'number' | 'boolean' | 'strings' | 'numbers-by-name' | 'objects';
type AllKeys<P> = P extends unknown ? keyof P : never;
/** Each param of a code (of every variant of a union), with its kind. */
export type ParamSpec<P> = { readonly [K in AllKeys<P>]-?: Kind | `${Kind}?` };
/** Each code of a messages interface, with the spec of its params. */
export type MessagesSpec<M> = { readonly [C in keyof M]-?: ParamSpec<M[C]> };

/** A coded object of a result: a code, params and a message. */
export interface Coded {
  readonly code: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message: string;
}

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object with a string `code`, `params` and a string `message` in a result, at any depth. */
export function codedIn(value: unknown, found: Coded[] = []): Coded[] {
  if (Array.isArray(value)) {
    for (const item of value) codedIn(item, found);
  } else if (isRecord(value)) {
    if (typeof value['code'] === 'string' && typeof value['message'] === 'string' && 'params' in value)
      found.push(value as unknown as Coded);
    for (const key of Object.keys(value)) codedIn(value[key], found);
  }
  return found;
}

const fits = (kind: Kind, v: unknown): boolean => {
  switch (kind) {
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'strings':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'numbers-by-name':
      return isRecord(v) && Object.values(v).every((x) => typeof x === 'number' && Number.isFinite(x));
    case 'objects':
      return Array.isArray(v) && v.every(isRecord);
  }
};

/**
 * Asserts that each coded object of `results` has a code of `spec` and exactly the params it
 * names, each of its kind, none missing unless optional; that the params are frozen plain
 * JSON. Returns the codes seen.
 */
export function expectCodedFit<M>(spec: MessagesSpec<M>, results: readonly unknown[]): Set<string> {
  const table = spec as unknown as Readonly<Record<string, Readonly<Record<string, string>>>>;
  const seen = new Set<string>();
  for (const coded of codedIn(results)) {
    seen.add(coded.code);
    const params = table[coded.code];
    expect(params, `code ${coded.code} is in the interface`).toBeDefined();
    expect(Object.isFrozen(coded.params), `${coded.code}: params frozen`).toBe(true);
    expect(JSON.parse(JSON.stringify(coded.params))).toEqual(coded.params);
    for (const [key, value] of Object.entries(coded.params)) {
      const kind = params?.[key];
      expect(kind, `${coded.code}: param ${key} is in the interface`).toBeDefined();
      expect(fits((kind ?? '').replace('?', '') as Kind, value), `${coded.code}.${key} is a ${String(kind)}`).toBe(
        true,
      );
    }
    for (const [key, kind] of Object.entries(params ?? {}))
      if (!kind.endsWith('?')) expect(coded.params, `${coded.code}: param ${key} present`).toHaveProperty(key);
  }
  return seen;
}

/**
 * Asserts that the message of each coded object of `results` shows each of the `shown`
 * string and number params of its code as given (`String(value)`), where the params are present.
 */
export function expectMessagesShow(
  shown: Readonly<Record<string, readonly string[]>>,
  results: readonly unknown[],
): void {
  for (const coded of codedIn(results)) {
    for (const key of shown[coded.code] ?? []) {
      const value = coded.params[key];
      if (value === undefined) continue;
      const items = Array.isArray(value) ? (value as unknown[]) : [value];
      for (const item of items) expect(coded.message, `${coded.code}.${key}`).toContain(String(item));
    }
  }
}
