/**
 * The one error class of buygrid: input of the wrong shape or range.
 *
 * @module
 */

/** The brand that marks a {@link BuygridInputError}, shared by the ESM and CJS copies. */
const BRAND: unique symbol = Symbol.for('buygrid.BuygridInputError') as never;

/**
 * One problem found in an input: where it is, what was expected and what was received.
 *
 * @example
 * ```ts
 * import { BuygridInputError, type BuygridIssue } from 'buygrid';
 * const issue: BuygridIssue = { path: 'offer.amount', expected: 'a finite number ≥ 0', received: 'NaN' };
 * new BuygridInputError([issue]).message;
 * //=> 'Invalid buygrid input:\n- offer.amount: expected a finite number ≥ 0, received NaN'
 * ```
 */
export interface BuygridIssue {
  /** The path from the argument, as `offer.amount` or `members[2].influence`; `(root)` for the argument itself. */
  readonly path: string;
  /** What the field should hold, in words. */
  readonly expected: string;
  /** What it held, shortened for display. */
  readonly received: string;
}

/**
 * Thrown when an input has the wrong shape or range; nothing was computed or changed.
 *
 * Its message lists each issue as `path: expected …, received …`; `.issues` holds them for programs.
 *
 * @example
 * ```ts
 * import { BuygridInputError } from 'buygrid';
 * const error = new BuygridInputError([{ path: 'influence', expected: 'a number in [0, 1]', received: '1.5' }]);
 * error.issues[0]?.path;
 * //=> 'influence'
 * ```
 */
export class BuygridInputError extends TypeError {
  /** Every problem found, in the order of the input. */
  readonly issues: readonly BuygridIssue[];
  /** @internal */
  readonly [BRAND] = true;

  /**
   * Builds the error from its issues.
   *
   * @param issues - the problems found (at least one).
   */
  constructor(issues: readonly BuygridIssue[]) {
    super(
      ['Invalid buygrid input:', ...issues.map((i) => `- ${i.path}: expected ${i.expected}, received ${i.received}`)].join(
        '\n',
      ),
    );
    this.name = 'BuygridInputError';
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
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
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
