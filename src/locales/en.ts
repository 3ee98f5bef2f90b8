/**
 * The English catalog (`buygrid/locales/en`): the labels of every vocabulary, explain's
 * sentences and a template for every message code. It is the language `explain` and `label`
 * speak without a `locale`, and the reference every other catalog follows.
 *
 * @example
 * ```ts
 * import en from 'buygrid/locales/en';
 * en.labels.role.prescriber;
 * //=> 'prescriber'
 * ```
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Catalog, MessageTable } from './catalog.js';
import { labels, texts } from './english.js';

/** One template per message code, in English: each reproduces the `message` the library writes beside the code. */
const messages = {} satisfies MessageTable;

/**
 * The English catalog: labels, explain's sentences and message templates. `explain` and
 * `label` read it when no `locale` is given.
 *
 * @example
 * ```ts
 * import { explain } from 'buygrid/explain';
 * import en from 'buygrid/locales/en';
 * import { classifyBuyclass } from 'buygrid/situation';
 * explain(classifyBuyclass({ purchasedBefore: false }), { locale: en });
 * //=> 'new task (confidence 1)'
 * ```
 */
const catalog = /* @__PURE__ */ deepFreeze({
  tag: 'en',
  dir: 'ltr',
  labels,
  texts,
  messages,
} as const satisfies Catalog);

export default catalog;
