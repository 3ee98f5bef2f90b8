/**
 * The one error class of buygrid: input of the wrong shape or range.
 *
 * @module
 */

/** The brand that marks a {@link BuygridInputError}, shared by the ESM and CJS copies. */
const BRAND: unique symbol = Symbol.for('buygrid.BuygridInputError') as never;

/**
 * The kinds of problem an issue reports, stable for programs to branch on (see {@link BuygridIssueCode}).
 */
const ISSUE_CODES: readonly BuygridIssueCode[] = [
  'invalid-type',
  'too-small',
  'too-big',
  'invalid-format',
  'invalid-value',
  'unknown-key',
  'unreadable',
  'too-deep',
];
/**
 * The kind of problem an issue reports, stable for programs to branch on:
 *
 * - `invalid-type`: a value of the wrong type (a string where a number belongs, a `Date`
 *   or a class instance where a plain object belongs);
 * - `too-small` / `too-big`: a number, string or list out of its bounds;
 * - `invalid-format`: a string of the wrong format (a timestamp, a currency code);
 * - `invalid-value`: a value outside the accepted ones, or refused by a rule (a duplicate id);
 * - `unknown-key`: a field the input does not have (`__proto__` included);
 * - `unreadable`: a value that could not be read (a getter or a Proxy that threw);
 * - `too-deep`: nesting deeper than any buygrid input, or a cycle.
 *
 * @example
 * ```ts
 * import type { BuygridIssueCode } from 'buygrid';
 * const code: BuygridIssueCode = 'unknown-key';
 * code;
 * //=> 'unknown-key'
 * ```
 */
export type BuygridIssueCode =
  | 'invalid-type'
  | 'too-small'
  | 'too-big'
  | 'invalid-format'
  | 'invalid-value'
  | 'unknown-key'
  | 'unreadable'
  | 'too-deep';

/**
 * One problem found in an input: its kind, where it is, what was expected and what was received.
 *
 * @example
 * ```ts
 * import { BuygridInputError, type BuygridIssue } from 'buygrid';
 * const issue: BuygridIssue = { code: 'too-small', path: 'offer.amount', expected: 'a finite number ≥ 0', received: '-1' };
 * new BuygridInputError([issue]).message;
 * //=> 'Invalid buygrid input:\n- offer.amount: expected a finite number ≥ 0, received -1'
 * ```
 */
export interface BuygridIssue {
  /** The kind of problem (see {@link BuygridIssueCode}). */
  readonly code: BuygridIssueCode;
  /** The path from the argument, as `offer.amount` or `members[2].influence`; `(root)` for the argument itself. */
  readonly path: string;
  /** What the field should hold, in words. */
  readonly expected: string;
  /** What it held, shortened for display. */
  readonly received: string;
}

/** An issue as given to the {@link BuygridInputError} constructor: `code` defaults to `invalid-value`. */
export type BuygridIssueInput = Omit<BuygridIssue, 'code'> & { readonly code?: BuygridIssueCode };

/** At most this many issues are kept and listed; the rest are counted in `omitted`. */
const MAX_ISSUES = 20;
/** Longest path, expectation or received value kept in an issue (longer ones are cut with `…`). */
const MAX_ISSUE_FIELD = 200;

// C0 and C1 control characters, DEL, and the line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A field of an issue as shown: control characters escaped as `\u000a` (no forged line, no terminal escape), at most `MAX_ISSUE_FIELD` characters. */
function clean(value: unknown): string {
  const text = String(value).replace(CONTROL, escape);
  return text.length <= MAX_ISSUE_FIELD ? text : `${text.slice(0, MAX_ISSUE_FIELD - 1)}…`;
}

function toIssue(input: BuygridIssueInput): BuygridIssue {
  const code = ISSUE_CODES.includes(input.code as BuygridIssueCode)
    ? (input.code as BuygridIssueCode)
    : 'invalid-value';
  return Object.freeze({
    code,
    path: clean(input.path),
    expected: clean(input.expected),
    received: clean(input.received),
  });
}

/**
 * Thrown when an input has the wrong shape or range; nothing was computed or changed.
 *
 * Its message lists each issue as `path: expected …, received …`, at most
 * 20 of them, then `and N more`; `.issues` holds them for programs and is
 * never empty. Each field is cut at 200 characters and carries no control character, so a
 * message is safe to log.
 *
 * @example
 * ```ts
 * import { BuygridInputError } from 'buygrid';
 * const error = new BuygridInputError([{ path: 'influence', expected: 'a number in [0, 1]', received: '1.5' }]);
 * error.issues[0].path;
 * //=> 'influence'
 * error.issues[0].code;
 * //=> 'invalid-value'
 * new BuygridInputError([{ path: 'id\n- forged', expected: 'an id', received: '1' }]).message;
 * //=> 'Invalid buygrid input:\n- id\\u000a- forged: expected an id, received 1'
 * ```
 */
export class BuygridInputError extends TypeError {
  /** The problems found, in the order of the input: at least one, at most 20. */
  readonly issues: readonly [BuygridIssue, ...BuygridIssue[]];
  /** How many more problems were found than `issues` lists (0 when all are listed). */
  readonly omitted: number;
  /** @internal */
  readonly [BRAND] = true;

  /**
   * Builds the error from its issues.
   *
   * @param issues - the problems found; an empty list gives one `(root)` issue, so `issues` is never empty.
   */
  constructor(issues: readonly BuygridIssueInput[]) {
    const given = Array.isArray(issues) ? issues : [];
    const kept = given.slice(0, MAX_ISSUES).map(toIssue);
    const [
      first = toIssue({ path: '(root)', expected: 'valid input', received: 'input refused without a reason' }),
      ...rest
    ] = kept;
    const list: [BuygridIssue, ...BuygridIssue[]] = [first, ...rest];
    const omitted = Math.max(0, given.length - MAX_ISSUES);
    super(
      [
        'Invalid buygrid input:',
        ...list.map((i) => `- ${i.path}: expected ${i.expected}, received ${i.received}`),
        ...(omitted > 0 ? [`- and ${String(omitted)} more`] : []),
      ].join('\n'),
    );
    this.name = 'BuygridInputError';
    this.issues = Object.freeze(list);
    this.omitted = omitted;
  }
}

/**
 * Tells whether a value is a {@link BuygridInputError}, from either module format's copy.
 *
 * `instanceof` fails when an error thrown by the CommonJS build meets the class of the
 * ESM build; this check reads a `Symbol.for` brand instead.
 *
 * @param value - anything caught.
 * @returns `true` for a buygrid input error.
 *
 * @example
 * ```ts
 * import { BuygridInputError, isBuygridInputError } from 'buygrid';
 * isBuygridInputError(new BuygridInputError([{ path: 'id', expected: 'a string', received: '42' }]));
 * //=> true
 * isBuygridInputError(new TypeError('no'));
 * //=> false
 * ```
 */
export function isBuygridInputError(value: unknown): value is BuygridInputError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    return false; // a revoked or throwing Proxy is not an error of buygrid, and a predicate never throws
  }
}
