/**
 * Reading a catalog given as an option, a value at a time: each read once, or a
 * `BuygridInputError` naming where it was looked for.
 *
 * @module
 */
import { isPlainRecord } from '../_lib/fast.js';
import { fail } from '../_lib/parse.js';
import type { LabelKind } from '../explain/labels.js';

/** What a catalog is, in an error message. */
export const A_CATALOG = 'a catalog (the default export of buygrid/locales/<tag>, or an object of the type Catalog)';

/** A plain object, or a failure naming `path`. */
export function record(value: unknown, path: string, expected: string): Readonly<Record<string, unknown>> {
  if (!isPlainRecord(value)) fail(path, expected, value);
  return value;
}

/** A text that is not empty, or a failure naming `path`. */
export function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'a text (a non-empty string)', value);
  return value;
}

/** The BCP 47 tag `Intl` takes (`Intl.getCanonicalLocales` accepts it). */
export function tagOf(value: unknown, path: string): string {
  const tag = text(value, path);
  try {
    Intl.getCanonicalLocales(tag);
  } catch {
    fail(path, 'a BCP 47 language tag, as fr or sr-Latn', tag);
  }
  return tag;
}

/** The label of one value, read from a catalog's labels: `path` names where it was looked for. */
function labelIn(labels: unknown, kind: LabelKind, value: string, path: string): string {
  const table = record(
    record(labels, path, 'a table of labels per kind')[kind],
    `${path}.${kind}`,
    'a table of labels',
  );
  return text(table[value], `${path}.${kind}.${value}`);
}

/** The labels of a catalog given to `label`: only what it reads (the tag, and the one label), each once. */
export function readLabel(value: unknown, path: string, kind: LabelKind, label: string): string {
  const catalog = record(value, path, A_CATALOG);
  tagOf(catalog['tag'], `${path}.tag`);
  return labelIn(catalog['labels'], kind, label, `${path}.labels`);
}
