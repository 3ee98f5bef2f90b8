/**
 * The `locale` option of `explain` and `label`: a catalog read once into a checked copy, or a
 * `BuygridInputError` naming the first entry that is missing or of the wrong kind.
 *
 * @module
 */
import { readable } from '../_lib/boundary.js';
import { fail } from '../_lib/parse.js';
import { LABEL_KINDS, type LabelKind, type LabelTable } from '../explain/labels.js';
import type { ExplainTexts } from '../explain/texts.js';
import type { Catalog, MessageTable } from './catalog.js';
import { texts as englishTexts } from './english.js';
import { A_CATALOG, record, tagOf, text } from './read.js';

function labelsOf(value: unknown, path: string): LabelTable {
  const labels = record(value, path, 'a table of labels per kind');
  const out: Record<string, Record<string, string>> = {};
  for (const kind of Object.keys(LABEL_KINDS) as LabelKind[]) {
    const table = record(labels[kind], `${path}.${kind}`, 'a table of labels');
    const copy: Record<string, string> = {};
    for (const v of LABEL_KINDS[kind]) copy[v] = text(table[v], `${path}.${kind}.${v}`);
    out[kind] = copy;
  }
  return out as unknown as LabelTable;
}

/** A copy of `value` shaped like the English `model`: a text where it has a text, a template where it has a template. */
function textsLike(model: unknown, value: unknown, path: string): unknown {
  if (typeof model === 'string') return text(value, path);
  if (typeof model === 'function') {
    if (typeof value !== 'function') fail(path, 'a template (a function of the params and f)', value);
    return value;
  }
  const table = record(value, path, 'a table of texts');
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(model as object)) {
    out[key] = textsLike((model as Record<string, unknown>)[key], table[key], `${path}.${key}`);
  }
  return out;
}

function messagesOf(value: unknown, path: string): MessageTable {
  const messages = record(value, path, 'a table of message templates, one per code');
  const out: Record<string, unknown> = {};
  for (const code of Object.keys(messages)) {
    const template = messages[code];
    if (typeof template !== 'function')
      fail(`${path}.${code}`, 'a template (a function of the params and f)', template);
    out[code] = template;
  }
  return out as MessageTable;
}

/** The `locale` option read into a checked copy, `undefined` (English) when not given; a catalog that throws when read names `options.locale`. */
export function localeOption(locale: unknown): Catalog | undefined {
  return locale === undefined ? undefined : readable(() => readCatalog(locale, 'options.locale'), 'options.locale');
}

/**
 * A checked copy of a catalog given as the `locale` option: each entry read once, every label
 * and every sentence of `explain` present and of its kind, every message a template.
 */
export function readCatalog(value: unknown, path: string): Catalog {
  const catalog = record(value, path, A_CATALOG);
  const tag = tagOf(catalog['tag'], `${path}.tag`);
  const dir = catalog['dir'];
  if (dir !== 'ltr' && dir !== 'rtl') fail(`${path}.dir`, "'ltr' or 'rtl'", dir);
  return {
    tag,
    dir,
    labels: labelsOf(catalog['labels'], `${path}.labels`),
    texts: textsLike(englishTexts, catalog['texts'], `${path}.texts`) as ExplainTexts,
    messages: messagesOf(catalog['messages'], `${path}.messages`),
  };
}
