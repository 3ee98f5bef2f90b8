import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/_lib/parse.js';
import { BUYCLASSES } from '../../src/_lib/vocabulary.js';
import { classifyBuyclass } from '../../src/situation/buyclass.js';
import { purchaseSituationSchema } from '../../src/situation/schema.js';
import { factsArb, unitArb } from './arbitraries.js';
import {
  classifySituation,
  isSituationInput,
  situationInputSchema,
  type SituationInput,
} from '../../src/situation/situation.js';

describe('classifySituation', () => {
  it('takes a given buyclass, and defaults to a private company', () => {
    expect(classifySituation({ buyclass: 'straight-rebuy' })).toEqual({
      buyclass: 'straight-rebuy',
      organization: { type: 'company' },
      regime: 'private',
      reasons: [
        {
          code: 'buyclass-given',
          params: { buyclass: 'straight-rebuy' },
          message: 'The buyclass is given: a straight rebuy.',
        },
        {
          code: 'organization-type-assumed',
          params: {},
          message: 'The type of organization is not given: a company is assumed.',
        },
        expect.objectContaining({ code: 'regime-assumed' }),
      ],
    });
  });

  it('classifies the buyclass from facts and keeps their reasons first', () => {
    const facts = { purchasedBefore: false, problemNovelty: 'high', informationNeed: 'high' } as const;
    const situation = classifySituation({ buyclass: facts });
    expect(situation.buyclass).toBe('new-task');
    expect(situation.reasons.slice(0, 4)).toEqual(classifyBuyclass(facts).reasons);
  });

  it("adds the quadrant and importance of a portfolio, and a public body's tender", () => {
    const situation = classifySituation({
      buyclass: 'modified-rebuy',
      portfolio: { profitImpact: 0.2, supplyRisk: 0.9 },
      organization: { type: 'public-body', employees: 30 },
    });
    expect(situation).toMatchObject({
      quadrant: 'bottleneck',
      importance: 'strategic',
      organization: { type: 'public-body' },
      regime: 'public-tender',
      procedure: 'open',
    });
    expect(situation.reasons.map((r) => r.code)).toEqual([
      'buyclass-given',
      'profit-impact-low',
      'supply-risk-high',
      'strategic-purchase',
      'organization-type',
      'no-size-band',
      'regime-default',
      'threshold-not-checked',
      'procedure-default',
    ]);
  });

  it('lets the organization override the regime', () => {
    expect(
      classifySituation({ buyclass: 'new-task', organization: { type: 'institution', regime: 'public-tender' } })
        .regime,
    ).toBe('public-tender');
  });

  it.each([
    [
      { buyclass: 'rebuy' },
      'buyclass: expected one of "new-task" | "modified-rebuy" | "straight-rebuy", received "rebuy"',
    ],
    [{ buyclass: { purchasedBefore: 1 } }, 'buyclass.purchasedBefore: expected a boolean, received 1'],
    [
      { buyclass: 'new-task', portfolio: { profitImpact: 2, supplyRisk: 0 } },
      'portfolio.profitImpact: expected a number in [0, 1], received 2',
    ],
    [
      { buyclass: 'new-task', portfolio: { supplyRisk: 0 } },
      'portfolio.profitImpact: expected a number in [0, 1], or some of',
    ],
    [{ buyclass: 'new-task', organization: { type: 'ngo' } }, 'organization.type: expected one of'],
    [{ buyclass: 'new-task', regime: 'private' }, 'regime: expected no such field'],
    [{}, 'buyclass: expected one of "new-task" | "modified-rebuy" | "straight-rebuy", received undefined'],
    [{ buyclass: 'new-task', procedure: 'tender' }, 'procedure: expected one of "open" | "restricted"'],
    [{ buyclass: 'new-task', procedure: 'open' }, 'procedure: expected no procedure under the private regime'],
    [
      { buyclass: 'new-task', organization: { type: 'public-body', publicLaw: false } },
      'organization.publicLaw: expected true or nothing for a public body',
    ],
    [
      { buyclass: 'new-task', organization: { publicLaw: 1 } },
      'organization.publicLaw: expected a boolean, received 1',
    ],
    [
      { buyclass: 'new-task', contractValue: { amount: -1, currency: 'EUR', subject: 'works' } },
      'contractValue.amount: expected a finite number ≥ 0, received -1',
    ],
    [
      { buyclass: 'new-task', contractValue: { amount: 1, currency: 'euro', subject: 'works' } },
      'contractValue.currency: expected an ISO 4217 currency code',
    ],
    [
      { buyclass: 'new-task', contractValue: { amount: 1, currency: 'EUR', subject: 'goods' } },
      'contractValue.subject: expected one of "supplies" | "services" | "works", received "goods"',
    ],
    [
      { buyclass: 'new-task', contractValue: { amount: 1, currency: 'EUR', subject: 'works', authority: 'federal' } },
      'contractValue.authority: expected one of "central" | "sub-central"',
    ],
    [{ buyclass: 'new-task', contractValue: { amount: 1, currency: 'EUR' } }, 'contractValue.subject: expected one of'],
  ])('refuses %j', (input, message) => {
    expect(() => classifySituation(input as SituationInput)).toThrow(message);
  });

  it('lists every wrong field at once', () => {
    expect(() =>
      classifySituation({
        buyclass: { purchasedBefore: true, problemNovelty: 'x' },
        organization: { employees: -1 },
      } as never),
    ).toThrow(/buyclass\.problemNovelty: .*\n- organization\.employees: /);
  });
});

const inputArb: fc.Arbitrary<SituationInput> = fc.record(
  {
    buyclass: fc.oneof(fc.constantFrom(...BUYCLASSES), factsArb),
    portfolio: fc.record(
      { profitImpact: unitArb, supplyRisk: unitArb, threshold: unitArb },
      { requiredKeys: ['profitImpact', 'supplyRisk'] },
    ),
    organization: fc.record(
      {
        type: fc.constantFrom('company', 'public-body', 'institution'),
        employees: fc.integer({ min: 1, max: 1_000_000 }),
        regime: fc.constantFrom('private', 'public-tender'),
        publicLaw: fc.constant(true),
      },
      { requiredKeys: [] },
    ),
    contractValue: fc.record(
      {
        amount: fc.double({ min: 0, max: 1e8, noNaN: true }),
        currency: fc.constantFrom('EUR', 'SEK'),
        subject: fc.constantFrom('supplies', 'services', 'works'),
        authority: fc.constantFrom('central', 'sub-central'),
      },
      { requiredKeys: ['amount', 'currency', 'subject'] },
    ),
  },
  { requiredKeys: ['buyclass'] },
);

describe('classifySituation properties', () => {
  test.prop([inputArb])('returns a deterministic, frozen PurchaseSituation that its schema accepts', (input) => {
    expect(isSituationInput(input)).toBe(true);
    const situation = classifySituation(input);
    expect(parse(purchaseSituationSchema(), situation)).toEqual(situation);
    expect(classifySituation(input)).toEqual(situation);
    expect(Object.isFrozen(situation) && Object.isFrozen(situation.organization)).toBe(true);
  });

  test.prop([inputArb])(
    'gives a public body or a body governed by public law public rules, and a procedure, unless a regime is given',
    (input) => {
      const situation = classifySituation(input);
      const org = input.organization;
      const expected =
        org?.regime ?? (org?.type === 'public-body' || org?.publicLaw === true ? 'public-tender' : 'private');
      expect(situation.regime).toBe(expected);
      expect(situation.procedure !== undefined).toBe(expected === 'public-tender');
      const codes = situation.reasons.map((r) => r.code);
      if (expected === 'public-tender' && input.contractValue?.currency !== 'EUR')
        expect(codes).toContain('threshold-not-checked');
    },
  );

  test.prop([
    fc.oneof(
      inputArb.map((x): unknown => x),
      fc.dictionary(
        fc.constantFrom('buyclass', 'portfolio', 'organization', 'procedure', 'contractValue', 'other'),
        fc.anything({ withNullPrototype: true }),
      ),
      inputArb.chain((x) =>
        fc
          .tuple(fc.constantFrom('procedure', 'contractValue'), fc.anything())
          .map(([k, v]): unknown => ({ ...x, [k]: v })),
      ),
      fc.anything({ withNullPrototype: true }),
    ),
  ])('fast path accepts only what the schema accepts unchanged', (value) => {
    if (isSituationInput(value)) {
      const parsed = situationInputSchema().safeParse(value);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(value);
    }
  });
});
