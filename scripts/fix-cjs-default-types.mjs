// After tsup: the CommonJS build of an entry whose only export is a default one (a locale,
// `buygrid/locales/<tag>`) assigns it to `module.exports` (`require('buygrid/locales/fr')` is
// the catalog), but tsup's `.d.cts` still declares `export default`, which would tell a
// CommonJS TypeScript user to write `.default` and get `undefined`. This rewrites such a
// `.d.cts` to `export =`, as the JavaScript does (checked by attw in `npm run check:package`).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'dist/locales';
let fixed = 0;
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.d.cts'))) {
  const path = join(DIR, file);
  const js = readFileSync(path.replace(/\.d\.cts$/, '.cjs'), 'utf8');
  if (!/^module\.exports = /m.test(js)) throw new Error(`${path}: the CommonJS build does not assign module.exports`);
  const source = readFileSync(path, 'utf8');
  // `export { x as default, … } from '…';` (the catalog in a shared chunk) or `export { x as default };`
  const match = /^export \{([^}]*)\}( from '[^']+')?;$/m.exec(source);
  const binding = match?.[1]
    ?.split(',')
    .map((s) => s.trim().split(/\s+as\s+/))
    .find(([, name]) => name === 'default')?.[0];
  if (match === null || binding === undefined) throw new Error(`${path}: no default export to rewrite`);
  const replacement =
    match[2] === undefined
      ? `export = ${binding};`
      : `import { ${binding} as catalog } ${match[2].trim()};\nexport = catalog;`;
  writeFileSync(path, source.replace(match[0], replacement));
  fixed += 1;
}
if (fixed === 0) throw new Error(`no .d.cts in ${DIR}`);
