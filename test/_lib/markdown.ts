import { readFileSync } from 'node:fs';

/** A guide in `docs/`, read once per test file. */
export const readGuide = (name: string): string => readFileSync(`docs/${name}`, 'utf8');

/**
 * The body rows of the Markdown table whose header row is exactly `header` (the cells,
 * trimmed, separated by `|`), each row as its cells. Fails loudly when the guide has no such
 * table, so that a renamed column breaks the test rather than skipping it.
 */
export function tableRows(markdown: string, header: readonly string[]): string[][] {
  const lines = markdown.split('\n');
  const cells = (line: string): string[] =>
    line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
  const start = lines.findIndex((l) => l.trim().startsWith('|') && cells(l).join('\u0000') === header.join('\u0000'));
  if (start < 0) throw new Error(`no table with header | ${header.join(' | ')} |`);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && (lines[i] ?? '').trim().startsWith('|'); i++)
    rows.push(cells(lines[i] ?? ''));
  return rows;
}

/** The text of a cell without Markdown code marks. */
export const plain = (cell: string): string => cell.replace(/`/g, '');
