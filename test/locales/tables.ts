/**
 * Walking a catalog's tables in tests: every sentence and template with its path, the params
 * a template reads, and inputs that reach its branches.
 */
import type { MessageCode, MessageParams } from '../../src/explain/messages.js';
import type { Catalog, Format } from '../../src/locales/catalog.js';
import en from '../../src/locales/en.js';
import { formatFor } from '../../src/locales/format.js';

export type Leaf = { path: string; value: unknown };

/** A catalog's message template of a code, and its explain text at a path, each called with the catalog's `Format`. */
export function voice(catalog: Catalog): {
  say: (code: MessageCode, params: unknown) => string;
  text: (path: string, input: unknown) => string;
} {
  const f = formatFor(catalog);
  return {
    say: (code, params) => (catalog.messages[code] as (p: unknown, format: Format) => string)(params, f),
    text: (path, input) => (at(catalog.texts, path) as (p: unknown, format: Format) => string)(input, f),
  };
}

/**
 * One row of a sentence table: a code, its params (typed by the code; a `MARKERS` entry read by
 * index may be `undefined` to the compiler, and then the row fails) and the sentence expected.
 */
export const row = <C extends MessageCode>(code: C, params: MessageParams[C] | undefined, expected: string) =>
  [code, params as unknown, expected] as const;

/** Every string and function of a table, with its path. */
export function leaves(table: unknown, path = ''): Leaf[] {
  if (typeof table === 'object' && table !== null) {
    return Object.entries(table).flatMap(([key, value]) => leaves(value, path === '' ? key : `${path}.${key}`));
  }
  return [{ path, value: table }];
}

export const at = (table: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], table);

/** The names of the params a template reads, found by running it on a recording object. */
export function keysOf(template: unknown): string[] {
  const keys = new Set<string>();
  const record = new Proxy(
    {},
    {
      get: (_, key) =>
        typeof key === 'string' && !['toString', 'valueOf', 'toJSON'].includes(key)
          ? (keys.add(key), `<${key}>`)
          : undefined,
    },
  );
  try {
    (template as (arg: unknown, f: Format) => string)(record, formatFor(en));
  } catch {
    // a template of a count or a list: it reads no params
  }
  return [...keys];
}

/** Counts that reach every plural form of the catalogs: Serbian one (1, 21, 101), few (2–4, 22), other (0, 5, 11–14, 25); Persian one (0, 1) and other. */
export const COUNTS = [0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1.5];

/** The inputs a template of the explain texts may take: a count, its params (all given, or none), a list. */
export const inputs = (template: unknown, name: (key: string) => string): unknown[] => {
  const keys = keysOf(template);
  return [...COUNTS, Object.fromEntries(keys.map((key) => [key, name(key)])), {}, [name('a'), name('b')]];
};

/** Runs a template on an input; a template given a shape it does not take throws, and then says so. */
export function run(template: unknown, input: unknown, f: Format): string {
  try {
    const out: unknown = (template as (arg: unknown, f: Format) => unknown)(input, f);
    return typeof out === 'string' ? out : '(does not take this input)';
  } catch {
    return '(does not take this input)';
  }
}

/** One params object per guard of a `guard` rejection (`MessageParams['guard']`), to render each branch. */
export const GUARD_PARAMS: readonly MessageParams['guard'][] = [
  { guard: 'chronological', at: '2026-03-01T09:00:00Z', last: '2026-03-02T09:00:00Z' },
  { guard: 'role', event: 'supplierSelected', roles: ['decider', 'buyer'], by: 'm1', held: ['user'] },
  { guard: 'role', event: 'needQualified', roles: ['initiator'] },
  { guard: 'duplicate-id', of: 'requirement', id: 'r1' },
  { guard: 'duplicate-id', of: 'supplier', id: 's1', status: 'shortlisted' },
  { guard: 'unknown-requirement', id: 'r9' },
  { guard: 'must-requirement' },
  { guard: 'unknown-supplier', id: 's9' },
  { guard: 'excluded-supplier', id: 's2' },
  { guard: 'min-shortlisted', minShortlisted: 2, shortlisted: 1, undecided: [] },
  {
    guard: 'min-shortlisted',
    minShortlisted: 1,
    shortlisted: 0,
    inviteAll: 'always',
    undecided: ['s3', 's4'],
    procedure: 'open',
  },
  { guard: 'not-shortlisted', id: 's5', status: 'identified' },
  { guard: 'no-negotiation', id: 's1', procedure: 'restricted' },
  { guard: 'min-offers', minOffers: 3, offers: 1 },
  { guard: 'no-offer', id: 's6', reorderWithoutOffer: true },
  { guard: 'no-offer', id: 's6', reorderWithoutOffer: false },
  { guard: 'not-earlier-step', to: 'decision', status: 'specification' },
  { guard: 'skip-not-allowed', from: 'specification', to: 'negotiation', buyclass: 'new-task' },
  {
    guard: 'skip-not-allowed',
    from: 'need-recognition',
    to: 'negotiation',
    requires: 'known-suppliers',
    buyclass: 'straight-rebuy',
  },
  {
    guard: 'skip-not-allowed',
    from: 'need-recognition',
    to: 'decision',
    requires: 'incumbent',
    buyclass: 'straight-rebuy',
  },
];
