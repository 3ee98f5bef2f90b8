/**
 * The sentences of {@link explain}: the English ones ({@link TEXTS}, from the English catalog
 * `buygrid/locales/en`) and their type, which every catalog's `texts` follows.
 *
 * @module
 */
import type { Format } from '../locales/catalog.js';
import { texts, type EnglishTexts } from '../locales/english.js';

/**
 * The English templates of {@link explain}, one table per kind of result (the keys of
 * `ExplainedKinds`), and `common` for the pieces several kinds share: the `texts` of the
 * English catalog. Params are strings already labelled and formatted, or numbers (counts,
 * ranks, days) that a template words through its second argument, a `Format`.
 *
 * @example
 * ```ts
 * import { TEXTS } from 'buygrid/explain';
 * TEXTS['expected-size'].size({ min: '5', typical: '6', max: '9' });
 * //=> 'expected buying center: 5 to 9 people, typically 6'
 * ```
 */
export const TEXTS: EnglishTexts = texts;

/**
 * A table of texts shaped like `T`: each sentence any string, each template any function of
 * the same params and the language's {@link Format} (`f`: numbers, plurals, lists).
 */
export type TextTable<T> = T extends string
  ? string
  : T extends (params: infer P, ...rest: never[]) => string
    ? (params: P, f: Format) => string
    : { readonly [K in keyof T]: TextTable<T[K]> };

/** The type of a table like {@link TEXTS}: what a translation provides (a catalog's `texts`). */
export type ExplainTexts = TextTable<EnglishTexts>;
