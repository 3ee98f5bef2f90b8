import { describe, expect, it } from 'vitest';
import { BUYCLASSES } from '../../src/_lib/vocabulary.js';
import { BUYCLASS_CRITERIA, type BuyclassCriterion } from '../../src/situation/buyclass-criteria.js';
import {
  PORTFOLIO_QUADRANTS,
  PORTFOLIO_STRATEGIES,
  PORTFOLIO_SUBCRITERIA,
  QUADRANT_IMPORTANCE,
  QUADRANT_REASONS,
} from '../../src/situation/portfolio-data.js';
import { QUADRANTS } from '../../src/situation/schema.js';
import { SIZE_BAND_CEILINGS, SIZE_BAND_LIMITS } from '../../src/situation/size-band.js';
import { plain, readGuide, tableRows } from '../_lib/markdown.js';

const guide = readGuide('situation.md');
const CRITERIA: Readonly<Record<string, BuyclassCriterion>> = BUYCLASS_CRITERIA;

describe('the tables of docs/situation.md hold the code’s data', () => {
  it('gives every buyclass fact value with the fits of BUYCLASS_CRITERIA, each fact weighing 1', () => {
    const rows = tableRows(guide, ['fact', 'input', 'value', 'new task', 'modified rebuy', 'straight rebuy']);
    const listed = rows.map(([, input, value, ...fits]) => {
      const entry = CRITERIA[plain(input ?? '')]?.values[value ?? ''];
      expect(entry, `${String(input)} ${String(value)}`).toBeDefined();
      expect(fits).toEqual(BUYCLASSES.map((c) => (entry?.excludes?.includes(c) ? 'excluded' : String(entry?.fit[c]))));
      return `${plain(input ?? '')}.${String(value)}`;
    });
    const all = Object.entries(CRITERIA).flatMap(([fact, c]) => Object.keys(c.values).map((v) => `${fact}.${v}`));
    expect(listed.sort()).toEqual(all.sort());
    for (const criterion of Object.values(CRITERIA)) expect(criterion.weight).toBe(1);
  });

  it('lists the sub-criteria of each Kraljic axis as PORTFOLIO_SUBCRITERIA does', () => {
    const rows = tableRows(guide, ['axis', 'sub-criteria ({@link situation!PORTFOLIO_SUBCRITERIA})']);
    expect(
      rows.map(([axis, subs]) => [plain(axis ?? ''), [...(subs ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1])]),
    ).toEqual(Object.entries(PORTFOLIO_SUBCRITERIA).map(([axis, subs]) => [axis, [...subs]]));
    expect(guide).toMatch(/`switchingCost` \(buygrid's addition, not Kraljic's\)/);
  });

  it('gives each quadrant its axes, importance and strategy as the tables of the code do', () => {
    const rows = tableRows(guide, [
      'quadrant',
      'profit impact',
      'supply risk',
      'importance',
      'strategy ({@link situation!PORTFOLIO_STRATEGIES})',
    ]);
    expect(rows.map((r) => r[0])).toEqual([...QUADRANTS]);
    for (const [quadrant, profit, risk, importance, strategy] of rows) {
      const q = quadrant as (typeof QUADRANTS)[number];
      expect(PORTFOLIO_QUADRANTS[profit as 'high' | 'low'][risk as 'high' | 'low']).toBe(q);
      expect(importance).toBe(QUADRANT_IMPORTANCE[q]);
      expect(strategy?.startsWith(`\`${PORTFOLIO_STRATEGIES[q].code}\``)).toBe(true);
    }
  });

  it('says what weighs in each quadrant in the words of QUADRANT_REASONS', () => {
    const rows = tableRows(guide, ['quadrant', "what weighs (buygrid's reading)"]);
    expect(rows.map((r) => r[0])).toEqual([...QUADRANTS]);
    for (const [quadrant, weighs] of rows) {
      const message = QUADRANT_REASONS[quadrant as (typeof QUADRANTS)[number]].message.replace(/’/g, "'");
      for (const part of (weighs ?? '').split(/ — |; /)) expect(message).toContain(part);
    }
  });
});

describe('the size-band table of docs/situation.md', () => {
  it('gives the headcount limits and financial ceilings of SIZE_BAND_LIMITS and SIZE_BAND_CEILINGS', () => {
    const rows = tableRows(guide, ['band', 'staff headcount', 'turnover', 'or balance sheet']);
    const m = (n: number): string => `≤ €${String(n / 1e6)}m`;
    expect(rows).toEqual([
      ...(['micro', 'small', 'medium'] as const).map((b) => [
        b,
        `< ${String(SIZE_BAND_LIMITS[b])}`,
        m(SIZE_BAND_CEILINGS[b].turnover),
        m(SIZE_BAND_CEILINGS[b].balanceSheet),
      ]),
      ['large', 'the rest', '', ''],
    ]);
  });
});
