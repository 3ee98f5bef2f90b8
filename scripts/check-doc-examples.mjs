// Every `@example` in src/ and every ```ts block in README.md and docs/*.md is
// type-checked and run against the built package. A line `//=> value` after a statement
// asserts its result (objects match as a subset, numbers to the decimals shown);
// `//=> throws Name` asserts that the statement throws an error of that name.
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
  readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
    if (block === null && /^```(ts|typescript)\s*$/.test(line)) block = { file, line: index + 2, code: [] };
    else if (block !== null && /^```\s*$/.test(line)) {
      blocks.push(block);
      block = null;
    } else if (block !== null) block.code.push(line);
  });
  return blocks;
}

const BLOCK = /^(?:\}|(?:try|if|else|for|while|do|switch|(?:async\s+)?function|class)\b.*\{|\}\s*(?:catch|else|finally)\b.*\{)$/;
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
    const text = statement.map((k) => out[k]).join('\n').trim();
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

const sources = walk('src').filter((f) => f.endsWith('.ts')).sort();
const markdown = ['README.md', ...walk('docs').filter((f) => f.endsWith('.md')).sort()];
const blocks = [...sources.flatMap(fromSource), ...markdown.flatMap(fromMarkdown)];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT);
writeFileSync(join(OUT, '_expect.ts'), HELPER);
writeFileSync(
  join(OUT, 'tsconfig.json'),
  JSON.stringify({ extends: '../tsconfig.json', compilerOptions: { noUnusedLocals: false }, include: ['*.ts'] }, null, 2),
);
const names = blocks.map((block, i) => {
  const name = `${String(i).padStart(3, '0')}-${relative('.', block.file).replace(/[^\w]+/g, '_')}.ts`;
  const body = instrument(block);
  writeFileSync(join(OUT, name), `// ${relative('.', block.file)}:${String(block.line)}\nimport { __expect, __expectThrow } from './_expect.js';\nvoid __expect; void __expectThrow;\n${body}\n`);
  return name;
});
writeFileSync(
  join(OUT, '_run.ts'),
  `for (const name of ${JSON.stringify(names)}) await import('./' + name);\n`,
);

execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', join(OUT, 'tsconfig.json')], { stdio: 'inherit' });
execFileSync(process.execPath, [require.resolve('tsx/cli'), join(OUT, '_run.ts')], { stdio: 'inherit' });
process.stdout.write(`${String(blocks.length)} doc examples (TSDoc and Markdown) type-checked and ran.\n`);
