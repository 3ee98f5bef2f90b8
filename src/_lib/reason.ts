/**
 * The explanation every result carries.
 *
 * @module
 */

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

/**
 * One reason behind a result: a stable `code` for programs, its `params` (the names and
 * numbers its message shows, raw: numbers unrounded, vocabulary values as their codes, ids
 * and names as given) for a translation, and a `message` in English for people.
 *
 * @example
 * ```ts
 * import type { Reason } from 'buygrid';
 * const reason: Reason = { code: 'purchased-before', params: {}, message: 'The item was bought before.' };
 * reason.code;
 * //=> 'purchased-before'
 * ```
 */
export interface Reason<Code extends string = string, Params = object> {
  /** A stable, kebab-case code. */
  readonly code: Code;
  /** The names and numbers of the message, raw; `{}` when it has none. */
  readonly params: Params;
  /** One sentence a buyer or seller understands. */
  readonly message: string;
}

/**
 * The reasons of a messages interface (a map from each code to its params), as a union
 * discriminated on `code`: narrowing on the code narrows the params.
 *
 * @example
 * ```ts
 * import type { ReasonOf } from 'buygrid';
 * type Size = ReasonOf<{ small: { readonly employees: number }; unknown: {} }>;
 * const reason: Size = { code: 'small', params: { employees: 12 }, message: '12 employees.' };
 * reason.code === 'small' ? reason.params.employees : 0;
 * //=> 12
 * ```
 */
export type ReasonOf<Messages, Code extends keyof Messages = keyof Messages> = Code extends string
  ? Reason<Code, Messages[Code]>
  : never;
