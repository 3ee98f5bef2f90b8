// Cold start of each entry beside zod/mini alone, as issue 15 measures it: `node -e "require(…)"`
// in a fresh process, the entry and the baseline alternated, the median of N runs of each.
// Needs the build (`npm run build`); `npm run bench` runs it after the benchmarks.
//   node bench/cold-start.mjs [runs=10]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const runs = Number(process.argv[2] ?? 10);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const entries = Object.keys(pkg.exports)
  .filter((key) => key !== './package.json')
  .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));

/** Wall time of one `node -e "require(name)"`, in ms. */
function once(name) {
  const start = performance.now();
  execFileSync(process.execPath, ['-e', `require(${JSON.stringify(name)})`], { stdio: 'ignore' });
  return performance.now() - start;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

once('zod/mini'); // warm the file system cache, not the measured runs
const rows = [];
const bare = [];
for (const entry of entries) {
  const mine = [];
  const zod = [];
  for (let i = 0; i < runs; i++) {
    zod.push(once('zod/mini'));
    mine.push(once(entry));
    bare.push(once('node:path'));
  }
  rows.push({ entry, ms: median(mine), zod: median(zod) });
}
console.log(`cold require, median of ${String(runs)} runs each, alternated with zod/mini (node ${process.version})`);
console.log(`bare node: ${median(bare).toFixed(0)} ms`);
console.log('| entry | require | zod/mini alone | difference |');
console.log('|---|---:|---:|---:|');
for (const { entry, ms, zod } of rows)
  console.log(
    `| ${entry} | ${ms.toFixed(0)} ms | ${zod.toFixed(0)} ms | ${(ms - zod >= 0 ? '+' : '') + (ms - zod).toFixed(0)} ms |`,
  );
