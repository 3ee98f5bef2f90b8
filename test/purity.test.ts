import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
const FORBIDDEN: readonly [string, RegExp][] = [
  ['Date.now', /\bDate\.now\s*\(/],
  ['new Date() without an argument', /\bnew\s+Date\s*\(\s*\)/],
  ['Math.random', /\bMath\.random\b/],
  ['console', /\bconsole\s*\./],
  ['process', /\bprocess\s*\./],
];

function violations(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const found: string[] = [];
  for (const match of code.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3] ?? '';
    if (spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0] ?? '')) found.push(`imports ${spec}`);
  }
  for (const [name, pattern] of FORBIDDEN) if (pattern.test(code)) found.push(`uses ${name}`);
  return found;
}

describe('src/ has no I/O', () => {
  it('catches each forbidden thing (the check itself works)', () => {
    expect(violations("import { readFileSync } from 'node:fs';")).toEqual(['imports node:fs']);
    expect(violations("import path from 'path';")).toEqual(['imports path']);
    expect(violations("const x = await import('fs/promises');")).toEqual(['imports fs/promises']);
    expect(violations('const t = Date.now();')).toEqual(['uses Date.now']);
    expect(violations('const t = new Date();')).toEqual(['uses new Date() without an argument']);
    expect(violations("const t = new Date('2026-01-01');")).toEqual([]);
    expect(violations('const r = Math.random();')).toEqual(['uses Math.random']);
    expect(violations("console.log('x');")).toEqual(['uses console']);
    expect(violations('const e = process.env;')).toEqual(['uses process']);
    expect(violations("import * as z from 'zod/mini';")).toEqual([]);
    expect(violations('/** see docs/process.md and console.log */ // Math.random()')).toEqual([]);
  });

  it.each(sources('src'))('%s imports no Node built-in and uses no clock, randomness or console', (file) => {
    expect(violations(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
