/**
 * The shape of a locale: a {@link Catalog} holds one language's labels, explain's sentences and
 * a template for every message code; a {@link Format} gives the templates that language's
 * numbers, plurals, labels and lists.
 *
 * @module
 */
import type { LabelKind, LabelTable, LabelValues } from '../explain/labels.js';
import type { MessageCode, MessageParams } from '../explain/messages.js';
import type { ExplainTexts } from '../explain/texts.js';

/**
 * Numbers, plurals, labels and lists in one language: what every template of a
 * {@link Catalog} receives as `f`. Built by `formatFor(catalog)` on `Intl` only (pure).
 */
export interface Format {
  /**
   * A number rounded to at most `digits` decimals (2 unless given), in the language's digits
   * and decimal sign, without grouping separators (`0.33`, `0,33`, `۰٫۳۳`).
   */
  number(x: number, digits?: number): string;
  /** A share (0.25) as a percentage in the language's way (`25%`, `25 %`, `۲۵٪`), to 1 decimal at most. */
  percent(x: number): string;
  /**
   * The form of `forms` that the language's plural rules (`Intl.PluralRules`) choose for `n`,
   * with each `#` replaced by `n` formatted as {@link Format.number} does; `other` when the
   * language's category has no form.
   */
  plural(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string }): string;
  /** The catalog's label of a value of one of the library's vocabularies. */
  label<K extends LabelKind>(kind: K, value: LabelValues[K]): string;
  /** Items joined as the language lists them (`Intl.ListFormat`, unit style: `a, b, c`; `a, b et c`). */
  list(items: readonly string[]): string;
}

/**
 * One template per message code ({@link MessageCode}): a function of the code's params
 * ({@link MessageParams}: raw values, numbers unrounded, vocabulary values as their codes)
 * and the language's {@link Format}. A missing or extra code fails the build.
 */
export type MessageTable = { readonly [C in MessageCode]: (params: MessageParams[C], f: Format) => string };

/**
 * A language of buygrid: what `explain(result, { locale })` and `label(kind, value, { locale })`
 * read. Each `buygrid/locales/<tag>` entry exports one as its default export; a catalog
 * written `{ … } satisfies Catalog` fails the build when an entry is missing or extra.
 */
export interface Catalog {
  /** The BCP 47 tag `Intl` gets: `'en'`, `'fr'`, `'nl'`, `'el'`, `'fa'`, `'sr-Cyrl'`, `'sr-Latn'`. */
  readonly tag: string;
  /** The direction the language is written in: `'rtl'` for Persian; set it on the container that shows the text. */
  readonly dir: 'ltr' | 'rtl';
  /** A name for every value of every vocabulary (steps, roles, buyclasses…). */
  readonly labels: LabelTable;
  /** explain's sentences, one table per kind of result. */
  readonly texts: ExplainTexts;
  /** One template per code of every reason, warning, rejection, action and strategy. */
  readonly messages: MessageTable;
}
