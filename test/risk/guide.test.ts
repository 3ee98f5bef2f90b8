import { describe, expect, it } from 'vitest';
import { RISK_BANDS } from '../../src/risk/bands.js';
import { RISK_DIMENSIONS, RISK_DIMENSION_MAPPING, RISK_WEIGHTS } from '../../src/risk/dimensions.js';
import { RISK_REDUCERS, type RiskReducer } from '../../src/risk/reducers.js';
import { plain, readGuide, tableRows } from '../_lib/markdown.js';

const guide = readGuide('risk.md');

describe('the tables of docs/risk.md hold the code’s data', () => {
  it('gives the default weights of RISK_WEIGHTS', () => {
    const [weights] = tableRows(guide, [...RISK_DIMENSIONS]);
    expect(weights?.map(Number)).toEqual(RISK_DIMENSIONS.map((d) => RISK_WEIGHTS[d]));
  });

  it('gives the bands of RISK_BANDS', () => {
    const rows = tableRows(guide, ['level', 'score']);
    expect(rows).toEqual([
      ['`low`', `< ${String(RISK_BANDS.moderate)}`],
      ['`moderate`', `${String(RISK_BANDS.moderate)} ≤ score < ${String(RISK_BANDS.high)}`],
      ['`high`', `${String(RISK_BANDS.high)} ≤ score < ${String(RISK_BANDS.critical)}`],
      ['`critical`', `≥ ${String(RISK_BANDS.critical)}`],
    ]);
  });

  it('maps each dimension to the literature’s as RISK_DIMENSION_MAPPING does', () => {
    const rows = tableRows(guide, ['dimension', 'the buyer fears that…', 'literature']);
    expect(rows.map((r) => plain(r[0] ?? ''))).toEqual([...RISK_DIMENSIONS]);
    for (const [dimension, , literature] of rows) {
      const names = (literature ?? '').replace(/\s*\(.*\)\s*$/, '').split(', ');
      expect(names).toEqual(
        RISK_DIMENSION_MAPPING[plain(dimension ?? '') as (typeof RISK_DIMENSIONS)[number]].literature,
      );
    }
  });

  it('lists every reducer with who acts, what it cuts and the relationships it applies to, as RISK_REDUCERS does', () => {
    const rows = tableRows(guide, ['reducer', 'by', 'cuts', 'applies to a supplier', 'source']);
    const table: Readonly<Record<string, RiskReducer>> = RISK_REDUCERS;
    expect(rows.map((r) => plain(r[0] ?? ''))).toEqual(Object.keys(table));
    for (const [id, by, cuts, applies] of rows) {
      const reducer = table[plain(id ?? '')];
      expect([by, cuts, applies]).toEqual([reducer?.by, reducer?.targets, reducer?.relationships?.join(', ') ?? 'any']);
    }
  });
});
