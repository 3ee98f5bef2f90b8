/**
 * {@link formatFor}: numbers, plurals, labels and lists for a catalog's language, on `Intl`.
 *
 * @module
 */
import type { LabelKind, LabelValues } from '../explain/labels.js';
import { readable, snapshot } from '../_lib/boundary.js';
import type { Catalog, Format } from './catalog.js';
import { A_CATALOG, record, tagOf } from './read.js';

/** The characters that set a direction inside a text (LRM, RLM, embeddings, overrides, isolates). */
const DIRECTION_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A text without direction marks: `Intl` adds some in right-to-left languages (Persian lists, negative numbers). */
const unmarked = (text: string): string => text.replace(DIRECTION_MARKS, '');

/** The `Intl` objects of one tag, made when first asked for. */
interface IntlSet {
  readonly numbers: Map<number, Intl.NumberFormat>;
  percent?: Intl.NumberFormat;
  plurals?: Intl.PluralRules;
  lists?: Intl.ListFormat;
}

/** Made at the first call, not at import: the module has no side effect. */
let byTag: Map<string, IntlSet> | undefined;

function intlOf(tag: string): IntlSet {
  byTag ??= new Map();
  let set = byTag.get(tag);
  if (set === undefined) {
    set = { numbers: new Map() };
    byTag.set(tag, set);
  }
  return set;
}

/** `x` rounded half up to `digits` decimals, never `-0`. */
function round(x: number, digits: number): number {
  const factor = 10 ** digits;
  const out = Math.round(x * factor) / factor;
  return Object.is(out, -0) ? 0 : out;
}

/**
 * The {@link Format} of a catalog: numbers (`Intl.NumberFormat`), plurals
 * (`Intl.PluralRules`) and lists (`Intl.ListFormat`) in the catalog's `tag`, labels from its
 * `labels`. Pure: the `Intl` objects are made on first use and kept per tag; the text it
 * returns carries no direction marks (`Intl` puts some in Persian).
 *
 * @param catalog - a locale's catalog (the default export of `buygrid/locales/<tag>`): its `tag` and `labels` are read.
 * @returns the catalog's formatters, as its templates receive them.
 * @throws BuygridInputError when `catalog` is not an object with a BCP 47 `tag` and a table
 *   of `labels`, or throws when read.
 *
 * @example
 * ```ts
 * import { formatFor } from 'buygrid/explain';
 * import fr from 'buygrid/locales/fr';
 * const f = formatFor(fr);
 * f.number(0.333);
 * //=> '0,33'
 * f.plural(2, { one: '# membre', other: '# membres' });
 * //=> '2 membres'
 * f.list(['acheteur', 'prescripteur', 'décideur']);
 * //=> 'acheteur, prescripteur et décideur'
 * ```
 */
export function formatFor(catalog: Pick<Catalog, 'tag' | 'labels'>): Format {
  // Read once, into a checked copy: a tag `Intl` takes, and the labels as plain data.
  const { tag, labels } = readable(() => {
    const read = record(catalog, 'catalog', A_CATALOG);
    const tag = tagOf(read['tag'], 'catalog.tag');
    const labels = record(snapshot(read['labels'], 'catalog.labels'), 'catalog.labels', 'a table of labels per kind');
    return { tag, labels: labels as Catalog['labels'] };
  }, 'catalog');
  return formatOf(tag, labels);
}

/** {@link formatFor} of a catalog already checked (the copy `say` and `explain` read). */
export function formatOf(tag: string, labels: Catalog['labels']): Format {
  const intl = intlOf(tag);
  const numberFormat = (digits: number): Intl.NumberFormat => {
    let nf = intl.numbers.get(digits);
    if (nf === undefined) {
      nf = new Intl.NumberFormat(tag, { maximumFractionDigits: digits, useGrouping: false });
      intl.numbers.set(digits, nf);
    }
    return nf;
  };
  const number = (x: number, digits = 2): string => unmarked(numberFormat(digits).format(round(x, digits)));
  const english = tag === 'en' || tag.startsWith('en-');
  return {
    number,
    percent: (x) => {
      intl.percent ??= new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1, useGrouping: false });
      return unmarked(intl.percent.format(round(x, 3)));
    },
    plural: (n, forms) => {
      intl.plurals ??= new Intl.PluralRules(tag);
      const form = forms[intl.plurals.select(n)] ?? forms.other;
      return form.replaceAll('#', number(n));
    },
    label: <K extends LabelKind>(kind: K, value: LabelValues[K]): string =>
      (labels[kind] as Readonly<Record<string, string>>)[value as string] as string,
    list: (items) => {
      // English as the library's own messages join a list (`a, b, c`); the other languages with
      // their word for "and" (`a, b en c`): CLDR's unit lists, the short style, leave it out in
      // Dutch and Greek.
      intl.lists ??= new Intl.ListFormat(tag, english ? { type: 'unit', style: 'short' } : { type: 'conjunction' });
      return unmarked(intl.lists.format(items));
    },
  };
}
