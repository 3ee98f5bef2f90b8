/**
 * The boundary of every module: validate with a zod/mini schema, or throw a
 * {@link BuygridInputError} that names each field.
 *
 * @module
 */
import type * as z from 'zod/mini';
import type { $ZodIssue } from 'zod/v4/core';
import { BuygridInputError, type BuygridIssue, type BuygridIssueCode } from './errors.js';
import { snapshot } from './boundary.js';
import { describeValue, formatPath, valueAt } from './describe.js';

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: 'a finite number',
  int: 'an integer',
  string: 'a string',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  record: 'an object',
  date: 'a Date',
  undefined: 'nothing',
  never: 'nothing',
};

function bound(issue: { origin: string; inclusive?: boolean }, limit: unknown, side: 'min' | 'max'): string {
  const n = String(limit);
  const least = side === 'min' ? 'at least' : 'at most';
  switch (issue.origin) {
    case 'string':
      return `a string of ${least} ${n} ${n === '1' ? 'character' : 'characters'}`;
    case 'array':
    case 'set':
      return `${least} ${n} ${n === '1' ? 'item' : 'items'}`;
    default: {
      const op = side === 'min' ? (issue.inclusive === false ? '>' : '≥') : issue.inclusive === false ? '<' : '≤';
      return `a number ${op} ${n}`;
    }
  }
}

function formatLabel(format: string): string {
  if (format === 'datetime') return 'an ISO-8601 timestamp with a time zone, as 2026-03-01T09:00:00Z';
  return `a string in ${format} format`;
}

/** Turns one zod issue into buygrid issues (an unknown-keys issue gives one per key). */
function toIssues(issue: $ZodIssue, input: unknown, prefix: string): BuygridIssue[] {
  const path = issue.path;
  const at = (p: readonly PropertyKey[] = path): string => formatPath(p, prefix);
  // With `reportInput`, zod puts the offending value on every issue.
  const received = (): string => describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return [
        {
          code: 'invalid-type',
          path: at(),
          expected: TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`,
          received: received(),
        },
      ];
    case 'too_small':
      return [{ code: 'too-small', path: at(), expected: bound(issue, issue.minimum, 'min'), received: received() }];
    case 'too_big':
      return [{ code: 'too-big', path: at(), expected: bound(issue, issue.maximum, 'max'), received: received() }];
    case 'invalid_format':
      return [{ code: 'invalid-format', path: at(), expected: formatLabel(issue.format), received: received() }];
    case 'invalid_value':
      return [
        {
          code: 'invalid-value',
          path: at(),
          expected:
            issue.values.length === 1
              ? JSON.stringify(issue.values[0])
              : `one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`,
          received: received(),
        },
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        code: 'unknown-key',
        path: at([...path, key]),
        expected: 'no such field (not part of this input)',
        received: describeValue(valueAt(input, [...path, key])),
      }));
    case 'invalid_union': {
      // A discriminated union whose discriminator matched no option.
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        return [
          {
            code: 'invalid-value',
            path: at(),
            expected: `a known ${issue.discriminator}`,
            received: describeValue(valueAt(input, path)),
          },
        ];
      }
      // A union whose branches all failed. (When only one branch got past its first check, zod
      // reports that branch's issues itself, never an invalid_union: see handleUnionResults.)
      return [{ code: 'invalid-type', path: at(), expected: 'one of the accepted shapes', received: received() }];
    }
    case 'invalid_key':
    case 'invalid_element':
      return issue.issues.flatMap((inner) => toIssues({ ...inner, path: [...path, ...inner.path] }, input, prefix));
    case 'not_multiple_of':
      return [
        { code: 'invalid-value', path: at(), expected: `a multiple of ${String(issue.divisor)}`, received: received() },
      ];
    case 'custom':
      return [{ code: 'invalid-value', path: at(), expected: issue.message, received: received() }];
  }
}

/**
 * Validates `input` against `schema` and returns the parsed value, or throws a
 * {@link BuygridInputError} listing every issue as `path: expected …, received …`.
 *
 * The schema reads a {@link snapshot} of the input, never the input itself: the caller's
 * object is read once and never frozen or changed.
 *
 * @param schema - a zod/mini schema.
 * @param input - what the caller passed.
 * @param prefix - the argument's name, put before every path (empty for the main argument).
 */
export function parse<S extends z.ZodMiniType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  return parseCopy(schema, snapshot(input, prefix), prefix);
}

/** {@link parse} of a value that is already a {@link snapshot} (the fast checks' fallback). */
export function parseCopy<S extends z.ZodMiniType>(schema: S, copy: unknown, prefix = ''): z.output<S> {
  let result: ReturnType<S['safeParse']>;
  try {
    result = schema.safeParse(copy, { reportInput: true }) as ReturnType<S['safeParse']>;
  } catch (error) {
    // zod gathers issues with `push(...issues)`, which overflows the stack past ~100,000 of them.
    if (!(error instanceof RangeError)) throw error;
    fail('(root)', 'an input with fewer problems (too many to list)', copy, 'too-big');
  }
  if (result.success) return result.data as z.output<S>;
  throw new BuygridInputError(result.error.issues.flatMap((issue) => toIssues(issue, copy, prefix)));
}

/**
 * Throws a {@link BuygridInputError} for a single field found wrong by a check that no schema
 * can express (an id that must exist, say).
 */
export function fail(
  path: string,
  expected: string,
  received: unknown,
  code: BuygridIssueCode = 'invalid-value',
): never {
  throw new BuygridInputError([{ code, path, expected, received: describeValue(received) }]);
}
