import { describe, expect, it } from 'vitest';
import { perceivedRiskByMember, ROLE_RISK_WEIGHTS } from '../../src/risk/members.js';
import { RISK_DIMENSIONS } from '../../src/risk/dimensions.js';
import { ROLES } from '../../src/_lib/vocabulary.js';

const input = {
  dimensions: {
    performance: { uncertainty: 0.8, consequence: 0.5 },
    financial: { uncertainty: 0.2, consequence: 0.5 },
  },
};

describe('perceivedRiskByMember', () => {
  it('lets each role stress its own dimensions (hand-computed)', () => {
    const result = perceivedRiskByMember(
      {
        members: [
          { id: 'ana', name: 'Ana', roles: ['user'], influence: 0.3 },
          { id: 'bo', name: 'Bo', roles: ['decider'], influence: 0.7 },
          { id: 'cy', name: 'Cy', roles: [], influence: 0 },
          { id: 'di', name: 'Di', roles: ['user', 'buyer'], influence: 0 },
        ],
      },
      input,
    );
    // risks: performance 0.4, financial 0.1; base weights 0.25 and 0.2
    // Ana (user): performance × 3 → 0.75 and 0.2 → (0.75 × 0.4 + 0.2 × 0.1) / 0.95
    // Bo (decider): financial × 2.5 → 0.25 and 0.5 → (0.25 × 0.4 + 0.5 × 0.1) / 0.75 = 0.2
    // Cy (no role): (0.25 × 0.4 + 0.2 × 0.1) / 0.45
    // Di (user + buyer): performance × (3 + 1) / 2, financial × (1 + 2.5) / 2
    const ana = (0.75 * 0.4 + 0.2 * 0.1) / 0.95;
    const di = (0.5 * 0.4 + 0.35 * 0.1) / 0.85;
    const scores = result.members.map((m) => m.score);
    expect(scores[0]).toBeCloseTo(ana, 12);
    expect(scores[1]).toBeCloseTo(0.2, 12);
    expect(scores[2]).toBeCloseTo(0.12 / 0.45, 12);
    expect(scores[3]).toBeCloseTo(di, 12);
    expect(result.score).toBeCloseTo(0.3 * ana + 0.7 * 0.2, 12);
    expect(result.members.map((m) => [m.id, m.level, m.drivers])).toEqual([
      ['ana', 'moderate', ['performance']],
      ['bo', 'moderate', ['performance']],
      ['cy', 'moderate', ['performance']],
      ['di', 'moderate', ['performance']],
    ]);
    expect(result.assessment.score).toBeCloseTo((0.25 * 0.4 + 0.2 * 0.1) / 0.45, 12);
  });

  it('takes the plain mean when no member has influence', () => {
    const result = perceivedRiskByMember(
      {
        members: [
          { id: 'a', name: 'A', roles: ['user'], influence: 0 },
          { id: 'b', name: 'B', roles: ['approver'], influence: 0 },
        ],
      },
      input,
    );
    expect(result.score).toBeCloseTo(((result.members[0]?.score ?? 0) + (result.members[1]?.score ?? 0)) / 2, 12);
  });

  it('documents a multiplier ≥ 1 for every role and known dimensions only', () => {
    for (const role of ROLES) {
      for (const [d, m] of Object.entries(ROLE_RISK_WEIGHTS[role])) {
        expect(RISK_DIMENSIONS).toContain(d);
        expect(m).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('refuses an empty center, a bad member and a bad input, naming the argument', () => {
    expect(() => perceivedRiskByMember({ members: [] }, input)).toThrow(
      'center.members: expected at least one member, received an array of 0',
    );
    expect(() =>
      perceivedRiskByMember({ members: [{ id: 'a', name: 'A', roles: ['boss' as never], influence: 2 }] }, input),
    ).toThrow(
      /center\.members\[0\]\.roles\[0\]: expected one of .*\n- center\.members\[0\]\.influence: expected a number in \[0, 1\], received 2/,
    );
    const one = { members: [{ id: 'a', name: 'A', roles: [], influence: 1 }] };
    expect(() => perceivedRiskByMember(one, {})).toThrow('input: expected at least one dimension');
    expect(() =>
      perceivedRiskByMember(one, {
        dimensions: { social: { uncertainty: 1, consequence: 1 } },
        weights: { social: 0 },
      }),
    ).toThrow('input.weights: expected a weight > 0');
    expect(() =>
      perceivedRiskByMember({ members: [{ id: 'a', name: 'A', roles: [], influence: 1 }] }, {
        weights: { x: 1 },
      } as never),
    ).toThrow('input.weights.x: expected no such field');
  });
});
