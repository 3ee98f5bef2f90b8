/**
 * The Serbian catalog in Latin (`buygrid/locales/sr-Latn`), derived from the Cyrillic one
 * (`sr-Cyrl`) letter for letter, so the two never drift apart: every label and sentence goes
 * through the standard transliteration, and every template transliterates only its own
 * words (a name or id the caller wrote in Cyrillic stays in Cyrillic).
 *
 * @example
 * ```ts
 * import srLatn from 'buygrid/locales/sr-Latn';
 * srLatn.labels.role.gatekeeper;
 * //=> 'čuvar kapije'
 * ```
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { LabelTable } from '../explain/labels.js';
import type { ExplainTexts } from '../explain/texts.js';
import type { Catalog } from './catalog.js';
import cyrillic from './sr-Cyrl.js';
import { latinTable } from './sr-translit.js';

/** The Serbian Latin catalog: the Cyrillic catalog's labels, sentences and templates, transliterated. */
const catalog = /* @__PURE__ */ deepFreeze({
  tag: 'sr-Latn',
  dir: 'ltr',
  labels: latinTable<LabelTable>(cyrillic.labels),
  texts: latinTable<ExplainTexts>(cyrillic.texts),
  messages: latinTable(cyrillic.messages),
} as const satisfies Catalog);

export default catalog;
