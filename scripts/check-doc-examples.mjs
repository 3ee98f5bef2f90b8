// Every `@example` in src/ and every ```ts block in README.md and docs/*.md is
// type-checked and run against the built package.
// - In a TSDoc `@example`, a line `//=> value` after a statement asserts its result (objects
//   match as a subset, numbers to the decimals shown); `//=> throws Name` asserts that the
//   statement throws an error of that name.
// - A Markdown block runs unchanged, as a reader's copy would (`npx tsx block.ts`): each `//=>`
//   follows a `console.log(…)` and shows what it prints, in order. Numbers match to the
//   decimals shown; objects and arrays match whole, unless they end in `…` (then the keys or
//   items shown must match, and more may follow). A throw is shown with try/catch, not `//=> throws`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const OUT = '.doc-examples';
const require = createRequire(import.meta.url);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** Code blocks of a TypeScript source's TSDoc `@example` tags. */
function fromSource(file) {
  const blocks = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  let inExample = false;
  let block = null;
  lines.forEach((raw, index) => {
    const line = raw.replace(/^\s*\*\s?/, '');
    if (/^\s*\*\s*@example/.test(raw)) inExample = true;
    else if (/^\s*\*\s*@\w+/.test(raw) || /\*\//.test(raw)) inExample = inExample && block !== null;
    if (!inExample) return;
    if (block === null && /^```(ts|typescript)\s*$/.test(line)) block = { file, line: index + 2, code: [] };
    else if (block !== null && /^```\s*$/.test(line)) {
      blocks.push(block);
      block = null;
      inExample = false;
    } else if (block !== null) block.code.push(line);
  });
  return blocks;
}

/** ```ts blocks of a Markdown file. */
function fromMarkdown(file) {
  const blocks = [];
  let block = null;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (block === null && /^```(ts|typescript)\s*$/.test(line)) block = { file, line: index + 2, code: [] };
      else if (block !== null && /^```\s*$/.test(line)) {
        blocks.push(block);
        block = null;
      } else if (block !== null) block.code.push(line);
    });
  return blocks;
}

const BLOCK =
  /^(?:\}|(?:try|if|else|for|while|do|switch|(?:async\s+)?function|class)\b.*\{|\}\s*(?:catch|else|finally)\b.*\{)$/;
const DECLARATION = /^(import|export|type|interface|function|class)\b/;
const BINDING = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/;

/** Rewrites `//=>` lines into assertions; returns the module's text. */
function instrument({ file, line: first, code }) {
  const out = [];
  let statement = [];
  let closed = true;
  code.forEach((line, i) => {
    const arrow = /^(\s*)\/\/=>\s?(.*)$/.exec(line);
    const where = `${relative('.', file)}:${String(first + i)}`;
    if (arrow === null) {
      out.push(line);
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('//')) {
        statement = [];
        closed = true;
        return;
      }
      if (BLOCK.test(trimmed)) {
        statement = [];
        closed = true;
        return;
      }
      if (closed) statement = [];
      statement.push(out.length - 1);
      closed = trimmed.endsWith(';');
      return;
    }
    const text = statement
      .map((k) => out[k])
      .join('\n')
      .trim();
    const start = statement.length > 0 ? text.replace(/;\s*$/, '') : '';
    const expectation = arrow[2];
    if (start === '' || !text.endsWith(';')) throw new Error(`${where}: //=> must follow a statement ending in ';'`);
    const throws = /^throws\s+(\w+)$/.exec(expectation.trim());
    const binding = BINDING.exec(start);
    if (throws !== null) {
      for (const k of statement) out[k] = '';
      out.push(`__expectThrow(() => { ${start}; }, ${JSON.stringify(throws[1])}, ${JSON.stringify(where)});`);
    } else if (binding !== null) {
      out.push(`__expect(${binding[1]}, ${expectation}, ${JSON.stringify(where)});`);
    } else if (DECLARATION.test(start)) {
      throw new Error(`${where}: //=> cannot check a declaration`);
    } else {
      for (const k of statement) out[k] = '';
      out.push(`__expect((${start}), ${expectation}, ${JSON.stringify(where)});`);
    }
    statement = [];
    closed = true;
  });
  return out.join('\n');
}

const HELPER = `
function matches(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const decimals = (String(expected).split('.')[1] ?? '').length;
    return decimals === 0 ? Object.is(actual, expected) : Math.abs(actual - expected) <= 0.5 * 10 ** -decimals + 1e-12;
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return false;
    return Object.entries(expected).every(([k, e]) => matches((actual as Record<string, unknown>)[k], e));
  }
  return Object.is(actual, expected);
}
/** Marks a Markdown expectation that shows only the start of an object or array (\`…\`). */
export const __MORE: unique symbol = Symbol('more');
function same(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return matches(actual, expected);
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const open = expected.at(-1) === __MORE;
    const shown = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < shown.length : actual.length !== shown.length) return false;
    return shown.every((e, i) => same(actual[i], e));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
    const open = (expected as Record<symbol, unknown>)[__MORE] === true;
    const keys = Object.keys(expected);
    if (!open && Object.keys(actual).filter((k) => (actual as Record<string, unknown>)[k] !== undefined).sort().join() !== keys.sort().join()) return false;
    return keys.every((k) => same((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k]));
  }
  return Object.is(actual, expected);
}
const show = (value: unknown): string => JSON.stringify(value, (_, v: unknown) => (typeof v === 'symbol' ? '…' : v));
/** Runs a Markdown block as it is, capturing what it prints, and compares it with its \`//=>\` lines. */
export async function __printed(load: () => Promise<unknown>, expected: readonly { where: string; value: unknown }[], where: string): Promise<void> {
  const printed: unknown[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => { printed.push(args.length === 1 ? args[0] : args); };
  try { await load(); } finally { console.log = log; }
  if (printed.length !== expected.length) throw new Error(where + ': printed ' + String(printed.length) + ' values, the //=> lines show ' + String(expected.length));
  expected.forEach((e, i) => {
    if (!same(printed[i], e.value)) throw new Error(e.where + ': //=> shows ' + show(e.value) + ', the code prints ' + show(printed[i]));
  });
}
export function __expect(actual: unknown, expected: unknown, where: string): void {
  if (!matches(actual, expected)) {
    throw new Error(where + ': expected ' + JSON.stringify(expected) + ', got ' + JSON.stringify(actual));
  }
}
export function __expectThrow(run: () => unknown, name: string, where: string): void {
  try { run(); } catch (error) {
    if (error instanceof Error && error.name === name) return;
    throw new Error(where + ': expected ' + name + ', got ' + String(error));
  }
  throw new Error(where + ': expected ' + name + ', nothing was thrown');
}
`;

/** The `//=>` lines of a Markdown block, each after a `console.log(…)`, as expressions. */
function expectations({ file, line: first, code }) {
  const out = [];
  let last = '';
  code.forEach((line, i) => {
    const where = `${relative('.', file)}:${String(first + i)}`;
    const arrow = /^\s*\/\/=>\s?(.*)$/.exec(line);
    if (arrow === null) {
      if (line.trim() !== '' && !line.trim().startsWith('//')) last = line;
      return;
    }
    if (/^throws\b/.test(arrow[1].trim()))
      throw new Error(`${where}: show a throw with try/catch and console.log, not //=> throws`);
    if (!/console\.log\(/.test(last) && !/^\s*\S.*\);\s*$/.test(last))
      throw new Error(`${where}: //=> must follow a console.log(…) statement`);
    out.push({
      where,
      value: arrow[1].replace(
        /(,\s*)?…\s*([}\]])/g,
        (_, comma, close) => `${comma ? ', ' : ' '}${close === '}' ? '[__MORE]: true' : '__MORE'} ${close}`,
      ),
    });
    last = '';
  });
  const logs = code.filter((l) => /console\.log\(/.test(l)).length;
  if (logs !== out.length) {
    throw new Error(
      `${relative('.', file)}:${String(first)}: ${String(logs)} console.log call(s) but ${String(out.length)} //=> line(s): show what each prints`,
    );
  }
  return out;
}

const sources = walk('src')
  .filter((f) => f.endsWith('.ts'))
  .sort();
const markdown = [
  'README.md',
  ...walk('docs')
    .filter((f) => f.endsWith('.md'))
    .sort(),
];
const examples = sources.flatMap(fromSource);
const pages = markdown.flatMap(fromMarkdown);
const blocks = [...examples, ...pages];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT);
writeFileSync(join(OUT, '_expect.ts'), HELPER);
writeFileSync(
  join(OUT, 'tsconfig.json'),
  JSON.stringify(
    { extends: '../tsconfig.json', compilerOptions: { noUnusedLocals: false }, include: ['*.ts'] },
    null,
    2,
  ),
);
const names = examples.map((block, i) => {
  const name = `${String(i).padStart(3, '0')}-${relative('.', block.file).replace(/[^\w]+/g, '_')}.ts`;
  const body = instrument(block);
  writeFileSync(
    join(OUT, name),
    `// ${relative('.', block.file)}:${String(block.line)}\nimport { __expect, __expectThrow } from './_expect.js';\nvoid __expect; void __expectThrow;\n${body}\n`,
  );
  return name;
});
const runs = pages.map((block, i) => {
  const base = `md${String(i).padStart(3, '0')}-${relative('.', block.file).replace(/[^\w]+/g, '_')}`;
  const where = `${relative('.', block.file)}:${String(block.line)}`;
  writeFileSync(join(OUT, `${base}.ts`), `${block.code.join('\n')}\n`);
  const expected = expectations(block).map((e) => `  { where: ${JSON.stringify(e.where)}, value: ${e.value} },`);
  writeFileSync(
    join(OUT, `${base}.expect.ts`),
    `import { __MORE } from './_expect.js';\nvoid __MORE;\nexport default [\n${expected.join('\n')}\n];\n`,
  );
  return `await __printed(() => import('./${base}.js'), (await import('./${base}.expect.js')).default, ${JSON.stringify(where)});`;
});
writeFileSync(
  join(OUT, '_run.ts'),
  [
    `import { __printed } from './_expect.js';`,
    'const failed: string[] = [];',
    'const attempt = async (run: () => Promise<unknown>): Promise<void> => { try { await run(); } catch (error) { failed.push(String(error instanceof Error ? error.message : error)); } };',
    `for (const name of ${JSON.stringify(names)}) await attempt(() => import('./' + name));`,
    ...runs.map((run) => `await attempt(async () => ${run.replace(/^await /, '').replace(/;$/, '')});`),
    "if (failed.length > 0) { console.error(failed.join('\\n')); process.exit(1); }",
    '',
  ].join('\n'),
);

execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', join(OUT, 'tsconfig.json')], {
  stdio: 'inherit',
});
execFileSync(process.execPath, [require.resolve('tsx/cli'), join(OUT, '_run.ts')], { stdio: 'inherit' });
process.stdout.write(
  `${String(blocks.length)} doc examples type-checked and ran: ${String(examples.length)} TSDoc, ${String(pages.length)} Markdown blocks run unchanged, each printing what its //=> lines show.\n`,
);
