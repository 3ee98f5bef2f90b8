/**
 * The explanation every result carries.
 *
 * @module
 */

/**
 * One reason behind a result: a stable `code` for programs and a `message` for people.
 *
 * @example
 * ```ts
 * import type { Reason } from 'buygrid';
 * const reason: Reason = { code: 'purchased-before', message: 'The item was bought before.' };
 * reason.code;
 * //=> 'purchased-before'
 * ```
 */
export interface Reason<Code extends string = string> {
  /** A stable, kebab-case code. */
  readonly code: Code;
  /** One sentence a buyer or seller understands. */
  readonly message: string;
}
