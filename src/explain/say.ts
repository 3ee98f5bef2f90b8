/**
 * {@link say}: the words of one reason, warning, rejection, action, strategy, negotiation term
 * or red flag, in a language; and the one definition of those words that `explain` uses too.
 *
 * @module
 */
import { readable } from '../_lib/boundary.js';
import { isPlainRecord } from '../_lib/fast.js';
import { optionsOf } from '../_lib/options.js';
import { fail } from '../_lib/parse.js';
import type { Catalog, Format } from '../locales/catalog.js';
import { localeOption } from '../locales/check.js';
import { formatOf } from '../locales/format.js';
import { text } from '../locales/read.js';
import { snapshot } from './format.js';
import type { Said } from './kinds.js';

type Template = (params: unknown, f: Format) => string;

/** Why a template could not word its params; caught in {@link speaker} and reported as bad params. */
class Unworded extends Error {}

const finite = (x: unknown): number => {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new Unworded('a finite number');
  return x;
};

/**
 * The language's format, strict: a label of no value of its kind, a number that is no finite
 * number or a list of anything but texts makes the template fail, instead of showing
 * `undefined` or `NaN` in the text.
 */
function strict(f: Format, labels: Catalog['labels']): Format {
  return {
    number: (x, digits) => f.number(finite(x), digits),
    percent: (x) => f.percent(finite(x)),
    plural: (n, forms) => f.plural(finite(n), forms),
    label: (kind, value) => {
      const table = labels[kind] as Readonly<Record<string, string>> | undefined;
      if (table === undefined || typeof value !== 'string' || !Object.hasOwn(table, value))
        throw new Unworded(`a ${kind}`);
      return table[value] as string;
    },
    list: (items) => {
      if (!Array.isArray(items) || items.some((item) => typeof item !== 'string')) throw new Unworded('texts');
      return f.list(items);
    },
  };
}

/** What a template shows when a param it needs is missing or of the wrong kind. */
const BROKEN = /\bundefined\b|\bNaN\b|\[object /;

/**
 * How a catalog words a reason, warning, rejection, action, strategy, term or red flag: the
 * template of its `code` applied to its `params` with the language's format. Without params
 * (a result stored by an older version), or for a code the catalog has no template for (a code
 * of a newer version), its English `message`. The one definition {@link say} and `explain`
 * share.
 *
 * @param catalog - a checked catalog (read by `readCatalog`).
 * @param f - the catalog's format (`formatFor(catalog)`).
 * @param path - what a failure names: where the params were read.
 * @returns the wording function.
 * @throws BuygridInputError (from the returned function) when the template cannot word the
 * params: it throws, or it shows `undefined`, `NaN` or an object where a value should be.
 */
export function speaker(catalog: Catalog, f: Format, path: string): (said: Said) => string {
  const templates = catalog.messages as unknown as Readonly<Record<string, Template>>;
  const format = strict(f, catalog.labels);
  return (said) => {
    if (said.params === undefined || !Object.hasOwn(templates, said.code)) return said.message;
    const template = templates[said.code] as Template;
    const expected = `the params of the code ${said.code} (MessageParams['${said.code}'])`;
    let words: unknown;
    try {
      words = template(said.params, format);
    } catch {
      return fail(path, expected, said.params);
    }
    if (typeof words !== 'string' || (BROKEN.test(words) && !BROKEN.test(said.message)))
      fail(path, expected, said.params);
    return words;
  };
}

/** What {@link say} takes besides what it words. */
export interface SayOptions {
  /** The language: a catalog, the default export of `buygrid/locales/<tag>` (English without it). */
  readonly locale?: Catalog;
}

/** The options of {@link say}, each read once: the catalog checked and copied, or `undefined` for English. */
function catalogOf(options: unknown): Catalog | undefined {
  return localeOption(optionsOf(options, ['locale']).locale);
}

/** `said` read once into a checked copy: its code, its params (a plain copy) and its message. */
function saidOf(value: unknown): Said {
  if (!isPlainRecord(value))
    fail(
      'said',
      'a reason, warning, rejection, action, strategy, term or red flag: an object with a code and a message',
      value,
    );
  const code = value['code'];
  const params = value['params'];
  const message = value['message'];
  const copy = {
    code: text(code, 'said.code'),
    message: typeof message === 'string' ? message : fail('said.message', 'the English message (a string)', message),
  };
  if (params === undefined) return copy;
  if (!isPlainRecord(params)) fail('said.params', `the params of the code ${copy.code}: an object, or nothing`, params);
  return { ...copy, params: snapshot(params, 'said.params') };
}

/**
 * Words one thing a result says — a reason, a warning, a rejection, an action, a strategy, a
 * negotiation term or a red flag — in a language: the catalog's template of its `code`, given
 * its `params`. Without a locale, its English `message`. Use it to show a result's parts one
 * by one; {@link explain} words a whole result.
 *
 * @param said - an object with a `code`, the `params` of its code and the English `message`,
 * as every reason, warning, rejection, action, strategy, term and red flag of the library is.
 * Read once, never changed.
 * @param options - `locale`, the catalog of a language (`buygrid/locales/<tag>`); English without it.
 * @returns one sentence: the English `message` without a locale, or without `params` (a result
 * stored by an older version), or when the catalog has no template for the code (a code of a
 * newer version).
 * @throws BuygridInputError when `said` is not an object with a text `code` and a string
 * `message`, its `params` are not an object or not what its code's template words (a missing
 * name, a number that is not one), or the options are wrong (a `locale` that is no catalog).
 *
 * @example
 * ```ts
 * import { say } from 'buygrid/explain';
 * import { startPurchase, transition } from 'buygrid/process';
 * import fr from 'buygrid/locales/fr';
 * const start = startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } });
 * const result = transition(start, { type: 'needQualified', at: '2026-02-01T09:00:00Z' });
 * const rejection = result.ok ? undefined : result.rejection;
 * rejection?.guard;
 * //=> 'chronological'
 * say(rejection!);
 * //=> 'the event is dated 2026-02-01T09:00:00Z, before the last event of the purchase (2026-03-01T09:00:00Z)'
 * say(rejection!, { locale: fr });
 * //=> 'l’événement est daté du 2026-02-01T09:00:00Z, avant le dernier événement (2026-03-01T09:00:00Z)'
 * say({ code: 'missing-role', params: { role: 'oracle' }, message: 'No oracle.' }, { locale: fr });
 * //=> throws BuygridInputError
 * ```
 * @category Start here
 */
export function say(said: Said, options?: SayOptions): string {
  const catalog = catalogOf(options);
  const copy = readable(() => saidOf(said), 'said');
  if (catalog === undefined) return copy.message;
  return speaker(catalog, formatOf(catalog.tag, catalog.labels), 'said.params')(copy);
}
