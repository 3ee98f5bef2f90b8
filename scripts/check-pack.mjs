// Checks what `npm pack` would publish, and that the packed entries load both ways
// (require and import), as a user's Node would load them.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [report] = JSON.parse(
  execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const allowed =
  /^(dist\/(locales\/)?[\w.-]+\.(js|cjs|d\.ts|d\.cts)|docs\/[\w.-]+\.md|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/;
const files = report.files.map((f) => f.path);
const unexpected = files.filter((f) => !allowed.test(f));
if (unexpected.length > 0) throw new Error(`npm pack would publish unexpected files: ${unexpected.join(', ')}`);
for (const required of [
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'package.json',
  'dist/index.js',
  'dist/index.cjs',
  'docs/process.md',
]) {
  if (!files.includes(required)) throw new Error(`npm pack would leave out ${required}`);
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const subpaths = Object.keys(pkg.exports)
  .filter((k) => k !== './package.json')
  .map((k) => (k === '.' ? pkg.name : `${pkg.name}/${k.slice(2)}`));
// A locale (`buygrid/locales/<tag>`) exports its catalog as the default export: `module.exports` in CommonJS.
const localeScript = (spec) => `
    const cjs = require(${JSON.stringify(spec)});
    import(${JSON.stringify(spec)}).then((esm) => {
      if (Object.keys(esm).join() !== 'default') throw new Error('${spec} exports more than its catalog: ' + Object.keys(esm));
      for (const catalog of [cjs, esm.default]) {
        if (typeof catalog.tag !== 'string' || !['ltr', 'rtl'].includes(catalog.dir) || typeof catalog.messages !== 'object')
          throw new Error('${spec} does not export a catalog');
      }
      if (cjs.tag !== '${spec.split('/locales/')[1]}' || esm.default.tag !== cjs.tag) throw new Error('${spec} exports the catalog of ' + cjs.tag);
    });`;
for (const spec of subpaths) {
  const script = spec.includes('/locales/')
    ? localeScript(spec)
    : `
    const cjs = require(${JSON.stringify(spec)});
    import(${JSON.stringify(spec)}).then((esm) => {
      const a = Object.keys(cjs).sort().join(), b = Object.keys(esm).filter((k) => k !== 'default').sort().join();
      if (a !== b) throw new Error('ESM and CJS exports differ for ${spec}: ' + a + ' vs ' + b);
      if (typeof cjs.isBuygridInputError !== 'function') throw new Error('${spec} does not export isBuygridInputError');
      const e = new esm.BuygridInputError([{ path: 'x', expected: 'y', received: 'z' }]);
      if (!cjs.isBuygridInputError(e) || !esm.isBuygridInputError(e)) throw new Error('brand not recognised across formats');
    });`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`loading ${spec} failed:\n${run.stderr}`);
}
process.stdout.write(
  `npm pack: ${String(files.length)} files, ${String(report.size)} bytes packed; ${String(subpaths.length)} entries load with require() and import().\n`,
);
