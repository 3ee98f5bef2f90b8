import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/_lib/vocabulary.js';
import { ROLE_DEFINITIONS } from '../../src/buying-center/definitions.js';
import { EXPECTED_SIZE_FACTORS } from '../../src/buying-center/size.js';
import { plain, readGuide, tableRows } from '../_lib/markdown.js';

const guide = readGuide('buying-center.md');

describe('the tables of docs/buying-center.md hold the code’s data', () => {
  it('names every role with its French name as ROLE_DEFINITIONS does', () => {
    const rows = tableRows(guide, ['role', 'French', 'what the member does', 'source']);
    expect(rows.map((r) => [plain(r[0] ?? ''), r[1]])).toEqual(
      ROLES.map((role) => [role, ROLE_DEFINITIONS[role].french]),
    );
  });

  it('gives every factor of EXPECTED_SIZE_FACTORS', () => {
    const rows = tableRows(guide, ['input', 'value', 'factor']);
    const f = EXPECTED_SIZE_FACTORS;
    const bands = f.employees.map((b, i) =>
      b.below === Infinity ? `≥ ${String(f.employees[i - 1]?.below)}` : `< ${String(b.below)}`,
    );
    expect(rows).toEqual([
      ...Object.entries(f.buyclass).map(([k, v]) => ['`buyclass`', `\`${k}\``, String(v)]),
      ...Object.entries(f.complexity).map(([k, v]) => ['`complexity`', `\`${k}\``, String(v)]),
      ...Object.entries(f.importance).map(([k, v]) => ['`importance`', `\`${k}\``, String(v)]),
      ...f.employees.map((b, i) => ['`employees`', bands[i], String(b.factor)]),
      [
        '`budgetShare`',
        '*s*',
        `1 + ${String(f.budget.slope)} × *s*; from ${String(f.budget.substantialShare)}, at least ${String(f.budget.substantialAtLeast)} people`,
      ],
    ]);
    expect(guide).toContain(`The range runs from ${String(f.range.min)} to ${String(f.range.max)} times the estimate`);
  });
});
