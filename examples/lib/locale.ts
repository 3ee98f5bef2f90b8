// The language of the tour. `npm start -- --locale fr` passes `--locale fr` to every example;
// `explain(result, lang)`, `say(reason, lang)` and `label(kind, value, lang)` then speak that
// locale's catalog (`buygrid/locales/fr`), and without the argument, English. In your own
// code, import the catalog you need:
//   import fr from 'buygrid/locales/fr';
//   explain(result, { locale: fr });
import { formatFor, label, type Catalog, type Format } from 'buygrid/explain';
import en from 'buygrid/locales/en';
import { STEPS, type PurchaseStatus, type Step } from 'buygrid/process';

const at = process.argv.indexOf('--locale');
const tag = at === -1 ? undefined : process.argv[at + 1];

async function load(tag: string): Promise<Catalog> {
  try {
    return ((await import(`buygrid/locales/${tag}`)) as { default: Catalog }).default;
  } catch {
    throw new Error(`--locale ${tag}: no such locale (buygrid/locales/${tag} is not an entry of the package)`);
  }
}

/** The options that make `explain`, `say` and `label` speak the tour's language: `{ locale }`, or nothing for English. */
export const lang: { readonly locale?: Catalog } = tag === undefined ? {} : { locale: await load(tag) };

/** Numbers as the tour's language writes them (`0,42` in French, `۰٫۴۲` in Persian). */
export const f: Format = formatFor(lang.locale ?? en);

const isStep = (status: PurchaseStatus): status is Step => (STEPS as readonly string[]).includes(status);

/** A purchase's status in the tour's language: its step while it is open, its outcome once it is over. */
export const status = (s: PurchaseStatus): string => (isStep(s) ? label('step', s, lang) : label('outcome', s, lang));
