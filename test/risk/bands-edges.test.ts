// The bands' own rule at its edge (src/risk/bands.ts): thresholds ascend with `≤`, so equal
// thresholds are allowed and leave the middle levels empty — buygrid's documented assumption.
import { expect, it } from 'vitest';
import { riskLevel } from '../../src/risk/bands.js';

it('accepts equal thresholds, which close the levels between them', () => {
  const bands = { moderate: 0.3, high: 0.3, critical: 0.3 };
  expect(riskLevel(0.29, bands)).toBe('low');
  expect(riskLevel(0.3, bands)).toBe('critical');
  expect(riskLevel(0.5, { moderate: 0.2, high: 0.5, critical: 0.5 })).toBe('critical');
  expect(riskLevel(0.2, { moderate: 0.2, high: 0.2, critical: 0.9 })).toBe('high');
});
