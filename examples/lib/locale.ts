// The language of the tour. `npm start -- --locale fr` passes `--locale fr` to every example;
// `explain(result, lang)` then speaks that locale's catalog (`buygrid/locales/fr`), and
// without the argument, English. In your own code, import the catalog you need:
//   import fr from 'buygrid/locales/fr';
//   explain(result, { locale: fr });
import type { Catalog } from 'buygrid/explain';

const at = process.argv.indexOf('--locale');
const tag = at === -1 ? undefined : process.argv[at + 1];

async function load(tag: string): Promise<Catalog> {
  try {
    return ((await import(`buygrid/locales/${tag}`)) as { default: Catalog }).default;
  } catch {
    throw new Error(`--locale ${tag}: no such locale (buygrid/locales/${tag} is not an entry of the package)`);
  }
}

/** The options that make `explain` speak the tour's language: `{ locale }`, or nothing for English. */
export const lang: { readonly locale?: Catalog } = tag === undefined ? {} : { locale: await load(tag) };
