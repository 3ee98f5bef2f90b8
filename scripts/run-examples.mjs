// Runs every example against the built package, in order, as a reader would:
// `examples/*.ts` with tsx, `examples/*.cjs` with plain node. Fails on the first error.
// --quiet prints one line per example instead of its output. --locale <tag> is passed on to
// each example, whose explanations then use buygrid/locales/<tag> (examples/lib/locale.ts).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const quiet = process.argv.includes('--quiet');
const at = process.argv.indexOf('--locale');
const locale = at === -1 ? [] : ['--locale', process.argv[at + 1] ?? ''];
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const files = readdirSync('examples')
  .filter((f) => f.endsWith('.ts') || f.endsWith('.cjs'))
  .sort();
if (files.length === 0) throw new Error('no examples found in examples/');

for (const file of files) {
  const args = [...(file.endsWith('.ts') ? [tsx, `examples/${file}`] : [`examples/${file}`]), ...locale];
  if (!quiet) process.stdout.write(`\n━━━ examples/${file} ━━━\n\n`);
  const run = spawnSync(process.execPath, args, { stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (run.status !== 0) {
    if (quiet) process.stderr.write(run.stdout + run.stderr);
    process.stderr.write(`\nexamples/${file} failed (exit ${String(run.status)})\n`);
    process.exit(1);
  }
  if (quiet) process.stdout.write(`ok  examples/${file}\n`);
}
process.stdout.write(`\n${String(files.length)} examples ran against the built package.\n`);
