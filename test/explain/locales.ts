// The seven catalogs, by tag, for the tests of `say`.
import type { Catalog } from '../../src/locales/catalog.js';
import el from '../../src/locales/el.js';
import en from '../../src/locales/en.js';
import fa from '../../src/locales/fa.js';
import fr from '../../src/locales/fr.js';
import nl from '../../src/locales/nl.js';
import srCyrl from '../../src/locales/sr-Cyrl.js';
import srLatn from '../../src/locales/sr-Latn.js';

export const CATALOGS: readonly Catalog[] = [en, fr, nl, el, fa, srCyrl, srLatn];

/** Marks that set a direction inside a text (LRM, RLM, embeddings, overrides, isolates): docs/i18n.md forbids them. */
export const DIRECTION_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
