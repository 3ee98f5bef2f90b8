// Opens the built docs site (`npm run docs` → docs-site/) as a reader would and checks what
// TypeDoc's own validation cannot see: the process guide's Mermaid diagram is drawn (an SVG,
// not its source as text), every link reads as a name (never `process!revisits` nor a raw
// `{@link …}`), the guides come in reading order, and the CHANGELOG is a page of the site.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';
import { inflateSync } from 'node:zlib';

const SITE = 'docs-site';
const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
};

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? pages(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

if (!existsSync(SITE)) throw new Error(`${SITE}/ is missing: run npm run docs first`);
const guide = join(SITE, 'documents', 'Purchase_process.html');
check(existsSync(guide), `${guide} is missing`);
const html = existsSync(guide) ? readFileSync(guide, 'utf8') : '';

// The diagram: an SVG in the figure, with the states and events as text of the drawing.
const figure = /<figure class="buygrid-mermaid">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
check(figure.includes('<svg'), 'the process guide has no drawn diagram (no <svg> in figure.buygrid-mermaid)');
for (const word of ['negotiation', 'decision', 'awarded', 'abandoned', 'negotiationStarted']) {
  check(new RegExp(`<text[^>]*>[^<]*${word}`).test(figure), `the drawn diagram does not show "${word}"`);
}
// Its source only inside the <details> under it, never as the page's code block.
const outsideDetails = html.replace(/<details>[\s\S]*?<\/details>/g, '');
check(!outsideDetails.includes('stateDiagram-v2'), 'the Mermaid source is shown as text outside its <details>');
check(!/<code class="mermaid"|language-mermaid/.test(html), 'a mermaid code block reached the highlighter');

// Links read as names, on every page.
const MODULE_LINK = /<a [^>]*>\s*(?:<code>)?\s*[\w-]+!/;
let links = 0;
for (const page of pages(SITE)) {
  const text = readFileSync(page, 'utf8');
  const bad = MODULE_LINK.exec(text);
  check(bad === null, `${page}: a link reads as a declaration reference: ${bad?.[0] ?? ''}`);
  check(!text.includes('{@link'), `${page}: a raw {@link} tag is shown`);
  links += (text.match(/<a /g) ?? []).length;
}
for (const name of ['revisits', 'startPurchase', 'transition']) {
  check(
    new RegExp(`<a href="[^"]*functions/process\\.${name}\\.html"[^>]*>\\s*${name}\\s*</a>`).test(html),
    `the process guide does not link ${name} by its name`,
  );
}

// The guides in reading order, then the CHANGELOG, rendered as a page.
const index = readFileSync(join(SITE, 'index.html'), 'utf8');
const order = [
  'Purchase_situation',
  'Buying_center',
  'Purchase_process',
  'Perceived_risk',
  'Analytics',
  'Explanations_and_labels',
  'CRM_data',
  'One_account',
  'Locales',
  'Errors_and_input_validation',
  'CHANGELOG',
];
const nav = readFileSync(join(SITE, 'assets', 'navigation.js'), 'utf8');
const navigation = JSON.parse(
  inflateSync(Buffer.from(/navigationData = "([^"]+)"/.exec(nav)?.[1] ?? '', 'base64')).toString(),
);
const documents = navigation
  .map((n) => n.path ?? '')
  .filter((p) => p.startsWith('documents/'))
  .map((p) => p.slice(10, -5));
check(
  JSON.stringify(documents) === JSON.stringify(order),
  `the guides are not in reading order: ${documents.join(', ')}`,
);
check(existsSync(join(SITE, 'documents', 'CHANGELOG.html')), 'the CHANGELOG is not a page of the site');
check(!index.includes('media/CHANGELOG.md'), 'the README links the CHANGELOG as a raw file');

if (problems.length > 0) {
  process.stderr.write(`The docs site has ${String(problems.length)} problem(s):\n- ${problems.join('\n- ')}\n`);
  process.exit(1);
}
process.stdout.write(
  `docs site: the process diagram is drawn, ${String(links)} links read as names, ${String(order.length)} documents in reading order.\n`,
);
