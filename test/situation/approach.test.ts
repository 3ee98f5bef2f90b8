import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { BUYCLASSES, IMPORTANCES, REGIMES } from '../../src/_lib/vocabulary.js';
import { APPROACH_ACTIONS, SUPPLIER_POSITIONS } from '../../src/situation/approach-actions.js';
import { isPurchaseSituation, recommendApproach } from '../../src/situation/approach.js';
import { purchaseSituationSchema, QUADRANTS, type PurchaseSituation } from '../../src/situation/schema.js';
import { classifySituation } from '../../src/situation/situation.js';

const codes = (situation: PurchaseSituation, position: 'in-supplier' | 'out-supplier'): string[] =>
  recommendApproach(situation, { position }).actions.map((a) => a.code);

describe('recommendApproach', () => {
  it.each([
    ['new-task', 'in-supplier', ['shape-the-specification', 'leverage-the-relationship', 'reach-the-whole-center']],
    ['new-task', 'out-supplier', ['get-in-early', 'reduce-perceived-risk', 'reach-the-whole-center']],
    ['modified-rebuy', 'in-supplier', ['defend-the-account', 'fix-dissatisfaction']],
    ['modified-rebuy', 'out-supplier', ['seize-the-opening', 'get-on-the-shortlist']],
    ['straight-rebuy', 'in-supplier', ['keep-the-routine', 'automate-reordering']],
    ['straight-rebuy', 'out-supplier', ['reframe-the-need', 'win-a-trial-order']],
  ] as const)('in a %s, tells an %s to %j', (buyclass, position, expected) => {
    expect(codes(classifySituation({ buyclass }), position)).toEqual(expected);
  });

  it("adds proving reliability for a strategic purchase; a public buyer gets its procedure's actions instead of the buyclass's", () => {
    const situation = classifySituation({
      buyclass: 'straight-rebuy',
      portfolio: { profitImpact: 0.9, supplyRisk: 0.9 },
      organization: { type: 'public-body' },
    });
    expect(codes(situation, 'in-supplier')).toEqual([
      'perform-the-contract',
      'join-market-consultation',
      'qualify-for-the-procedure',
      'follow-the-procedure',
      'prove-reliability',
    ]);
    const banal = classifySituation({ buyclass: 'straight-rebuy', portfolio: { profitImpact: 0.1, supplyRisk: 0.1 } });
    expect(codes(banal, 'in-supplier')).toEqual(['keep-the-routine', 'automate-reordering']);
  });

  // Kraljic (1983): leverage items call for exploiting purchasing power (tenders, target
  // pricing, substitution), not for securing a reliable supplier — buygrid's reading.
  it('never tells the seller of a leverage item to prove reliability, whatever its importance says', () => {
    const leverage = classifySituation({
      buyclass: 'modified-rebuy',
      portfolio: { volume: 0.9, costShare: 0.9, qualityImpact: 0, growthImpact: 0, scarcity: 0.1 },
    });
    expect(leverage).toMatchObject({ quadrant: 'leverage', importance: 'banal' });
    expect(codes(leverage, 'out-supplier')).toEqual(['seize-the-opening', 'get-on-the-shortlist']);
    const handWritten: PurchaseSituation = { ...leverage, importance: 'strategic' };
    expect(codes(handWritten, 'out-supplier')).not.toContain('prove-reliability');
    const bottleneck = classifySituation({
      buyclass: 'modified-rebuy',
      portfolio: { profitImpact: 0.1, supplyRisk: 0.9 },
    });
    expect(codes(bottleneck, 'out-supplier')).toContain('prove-reliability');
  });

  it('gives every action a code, a message and a reason that cites a source, with no code twice', () => {
    for (const buyclass of BUYCLASSES)
      for (const position of SUPPLIER_POSITIONS) {
        const actions = APPROACH_ACTIONS[buyclass][position];
        expect(new Set(actions.map((a) => a.code)).size).toBe(actions.length);
        for (const action of actions) {
          expect(action.reason).toMatch(/\((?:a French|Kotler|Robinson)[^)]*\d[^)]*\)/);
          expect(action.reason).not.toMatch(/seed \d/);
        }
      }
  });

  it('accepts a hand-written situation and returns the frozen actions of the table', () => {
    const situation: PurchaseSituation = {
      buyclass: 'new-task',
      organization: { type: 'company' },
      regime: 'private',
      reasons: [],
    };
    const approach = recommendApproach(situation, { position: 'in-supplier' });
    expect(Object.isFrozen(approach) && Object.isFrozen(approach.actions) && Object.isFrozen(approach.actions[0])).toBe(
      true,
    );
    expect(approach.actions[0]).toBe(APPROACH_ACTIONS['new-task']['in-supplier'][0]);
  });

  it.each([
    [
      { buyclass: 'new-task' },
      { position: 'in-supplier' },
      'situation.organization: expected an object, received undefined',
    ],
    [
      {
        buyclass: 'new-task',
        organization: { type: 'company' },
        regime: 'private',
        reasons: [{ code: '', message: 'm' }],
      },
      { position: 'in-supplier' },
      'situation.reasons[0].code: expected a string of at least 1 character, received ""',
    ],
    [
      classifySituation({ buyclass: 'new-task' }),
      { position: 'incumbent' },
      'options.position: expected one of "in-supplier" | "out-supplier", received "incumbent"',
    ],
    [classifySituation({ buyclass: 'new-task' }), { position: undefined }, 'options.position: expected one of'],
    [
      classifySituation({ buyclass: 'new-task' }),
      { position: 'in-supplier', extra: 1 },
      'options.extra: expected no such field',
    ],
  ])('refuses %j with %j', (situation, options, message) => {
    expect(() => recommendApproach(situation as PurchaseSituation, options as { position: 'in-supplier' })).toThrow(
      message,
    );
  });
});

const text = fc.string({ minLength: 1, maxLength: 20 });
const situationArb = fc.record(
  {
    buyclass: fc.constantFrom(...BUYCLASSES),
    quadrant: fc.constantFrom(...QUADRANTS),
    importance: fc.constantFrom(...IMPORTANCES),
    organization: fc.record(
      { type: fc.constantFrom('company', 'public-body', 'institution'), sizeBand: fc.constantFrom('micro', 'large') },
      { requiredKeys: ['type'] },
    ),
    regime: fc.constantFrom(...REGIMES),
    reasons: fc.array(fc.record({ code: text, message: text })),
  },
  { requiredKeys: ['buyclass', 'organization', 'regime', 'reasons'] },
);
const mangled = situationArb.chain((s) =>
  fc
    .tuple(
      fc.constantFrom('buyclass', 'quadrant', 'importance', 'organization', 'regime', 'reasons', 'extra'),
      fc.anything({ withNullPrototype: true }),
    )
    .map(([key, value]): unknown => ({ ...s, [key]: value })),
);

describe('recommendApproach properties', () => {
  test.prop([situationArb, fc.constantFrom(...SUPPLIER_POSITIONS)])(
    'takes the fast path and is deterministic',
    (situation, position) => {
      expect(isPurchaseSituation(situation)).toBe(true);
      expect(recommendApproach(situation, { position })).toEqual(recommendApproach(situation, { position }));
    },
  );

  test.prop([fc.oneof(situationArb, mangled, fc.anything({ withNullPrototype: true }))])(
    'fast path accepts only what the schema accepts unchanged',
    (value) => {
      if (isPurchaseSituation(value)) {
        const parsed = purchaseSituationSchema().safeParse(value);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(value);
      }
    },
  );
});
