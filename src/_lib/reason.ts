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

/**
 * The params of a code without any: an empty object (`{}` at run time).
 *
 * @example
 * ```ts
 * import type { NoParams } from 'buygrid';
 * const none: NoParams = {};
 * Object.keys(none).length;
 * //=> 0
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- the params of a code without any are meant to be empty
export type NoParams = Readonly<Record<never, never>>;
