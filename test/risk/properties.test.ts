import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { assessRisk } from '../../src/risk/assess.js';
import { RISK_REASON_CODES } from '../../src/risk/types.js';
import { RISK_REDUCERS, type RiskReducer } from '../../src/risk/reducers.js';
import { perceivedRiskByMember } from '../../src/risk/members.js';
import { whatIf } from '../../src/risk/what-if.js';
import { ROLES } from '../../src/_lib/vocabulary.js';
import type { RiskDimension } from '../../src/risk/dimensions.js';
import { explicitInputArb, inputArb, reducerArb, unitArb } from './arbitraries.js';

const EPS = 1e-12;

describe('assessRisk properties', () => {
  test.prop([inputArb])('keeps the score, every risk and every contribution in [0, 1]', (input) => {
    const risk = assessRisk(input);
    expect(risk.score).toBeGreaterThanOrEqual(0);
    expect(risk.score).toBeLessThanOrEqual(1);
    for (const d of risk.dimensions) {
      for (const v of [d.uncertainty, d.consequence, d.risk, d.weight, d.contribution]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
  });

  test.prop([inputArb])('makes the contributions sum to the score and the weights to 1', (input) => {
    const risk = assessRisk(input);
    expect(risk.dimensions.reduce((s, d) => s + d.contribution, 0)).toBeCloseTo(risk.score, 12);
    expect(risk.dimensions.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(1, 12);
  });

  test.prop([explicitInputArb, fc.nat(), fc.constantFrom('uncertainty', 'consequence'), unitArb])(
    'never lowers any risk or the score when an uncertainty or a consequence rises',
    (input, n, component, t) => {
      const keys = Object.keys(input.dimensions) as RiskDimension[];
      const d = keys[n % keys.length] ?? 'financial';
      const current = input.dimensions[d] ?? { uncertainty: 0, consequence: 0 };
      const raised = { ...current, [component]: current[component] + t * (1 - current[component]) };
      const before = assessRisk(input);
      const after = assessRisk({ ...input, dimensions: { ...input.dimensions, [d]: raised } });
      expect(after.score).toBeGreaterThanOrEqual(before.score - EPS);
      for (const b of before.dimensions) {
        const a = after.dimensions.find((x) => x.dimension === b.dimension);
        expect(a?.risk ?? 0).toBeGreaterThanOrEqual(b.risk - EPS);
      }
    },
  );

  test.prop([inputArb, reducerArb])(
    'never raises the score with an applied reducer, and lowers it by the reduction announced',
    (input, id) => {
      const before = assessRisk(input);
      const after = assessRisk({ ...input, appliedReducers: [...(input.appliedReducers ?? []), id] });
      expect(after.score).toBeLessThanOrEqual(before.score + EPS);
      const reducer: RiskReducer = RISK_REDUCERS[id];
      const relationship = input.profile?.supplierRelationship;
      if (
        relationship !== undefined &&
        reducer.relationships !== undefined &&
        !reducer.relationships.includes(relationship)
      ) {
        // Not offered in this relationship (a newcomer's reducer, for the incumbent): not announced.
        expect(before.reducers.map((r) => r.id)).not.toContain(id);
        return;
      }
      const announced = before.reducers.find((r) => r.id === id)?.reduction ?? 0;
      expect(before.score - after.score).toBeCloseTo(announced, 12);
    },
  );

  test.prop([inputArb])(
    'gives only documented reason codes, each reason naming assessed or left-out dimensions',
    (input) => {
      const risk = assessRisk(input);
      const named = new Set([...risk.dimensions.map((d) => d.dimension), ...risk.notAssessed]);
      for (const reason of risk.reasons) {
        expect(RISK_REASON_CODES).toContain(reason.code);
        for (const d of reason.dimensions) expect(named.has(d)).toBe(true);
      }
    },
  );

  test.prop([inputArb])('names drivers that make at least half the score', (input) => {
    const risk = assessRisk(input);
    const sum = risk.drivers.reduce(
      (s, d) => s + (risk.dimensions.find((x) => x.dimension === d)?.contribution ?? 0),
      0,
    );
    expect(sum).toBeGreaterThanOrEqual(risk.score / 2 - EPS);
  });
});

describe('whatIf properties', () => {
  test.prop([
    inputArb,
    fc.uniqueArray(reducerArb, { maxLength: 3 }),
    fc.option(fc.constantFrom('incumbent', 'known', 'new'), { nil: undefined }),
  ])('gives delta = after − before', (input, appliedReducers, relationship) => {
    const change = {
      appliedReducers,
      ...(relationship === undefined || input.profile === undefined
        ? {}
        : { profile: { supplierRelationship: relationship } }),
    };
    const { before, after, delta } = whatIf(input, change);
    expect(delta.score).toBe(after.score - before.score);
    expect(before).toEqual(assessRisk(input));
    for (const [d, v] of Object.entries(delta.dimensions)) {
      const a = after.dimensions.find((x) => x.dimension === d);
      const b = before.dimensions.find((x) => x.dimension === d);
      expect(v).toBe((a?.risk ?? Number.NaN) - (b?.risk ?? Number.NaN));
    }
  });
});

const memberArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 5 }),
  name: fc.constant('M'),
  roles: fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 3 }),
  influence: unitArb,
});

describe('perceivedRiskByMember properties', () => {
  // Member ids are unique, as in every center createBuyingCenter accepts (a duplicate is refused).
  test.prop([fc.uniqueArray(memberArb, { minLength: 1, maxLength: 6, selector: (m) => m.id }), inputArb])(
    'puts the aggregate between the lowest and the highest member',
    (members, input) => {
      const result = perceivedRiskByMember({ members }, input);
      const scores = result.members.map((m) => m.score);
      expect(result.score).toBeGreaterThanOrEqual(Math.min(...scores) - EPS);
      expect(result.score).toBeLessThanOrEqual(Math.max(...scores) + EPS);
    },
  );
});
