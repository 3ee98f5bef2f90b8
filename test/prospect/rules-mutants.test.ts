// The action rules of the account view, one by one: each action's exact code, params,
// English message and reasons (messages are part of the API), and when a rule does not fire.
// Every account is built inside its test: Stryker switches a mutant on just before the tests run.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/_lib/vocabulary.js';
import type { MemberInput, Stance } from '../../src/buying-center/index.js';
import {
  analyzeProspect,
  STALLED_AFTER_DAYS,
  type ProspectAction,
  type ProspectAnalysis,
  type ProspectInput,
} from '../../src/prospect/index.js';
import { goingBack } from './fixtures.js';

const base = { organization: {}, situation: { buyclass: 'new-task' }, position: 'out-supplier' } as const;

const actionOf = (account: ProspectAnalysis, code: ProspectAction['code']): ProspectAction | undefined =>
  account.actions.find((a) => a.code === code);
const codes = (account: ProspectAnalysis): readonly string[] => account.actions.map((a) => a.code);
const analyze = (input: Partial<ProspectInput>): ProspectAnalysis => analyzeProspect({ ...base, ...input });

const NO_DECIDER = {
  code: 'no-decider',
  params: {},
  message: 'No member is known to decide: find who says yes or no to the purchase.',
} as const;

describe('the buying-center rules', () => {
  it('wins over an influential blocker and finds the decider, each for its own reason', () => {
    const account = analyze({
      step: 'decision',
      buyingCenter: {
        members: [
          { id: 'bo', name: 'Bo', roles: ['advisor'], influence: 0.8, stance: 'blocker' },
          { id: 'cy', name: 'Cy', roles: ['buyer'], influence: 0.4, stance: 'champion' },
        ],
      },
    });
    expect(account.actions.slice(0, 2)).toEqual([
      {
        code: 'win-over-the-blocker',
        params: {},
        message:
          'An influential member blocks the purchase or you: learn the objection, and answer it through someone they trust.',
        reasons: [
          {
            code: 'influential-blocker',
            params: { threshold: 0.5, names: ['Bo'] },
            message: 'Influential blocker (influence ≥ 0.5): Bo.',
          },
        ],
      },
      {
        code: 'find-the-decider',
        params: {},
        message: 'No decider is known: find who says yes or no, and how to reach them.',
        reasons: [NO_DECIDER],
      },
    ]);
  });

  it('asks a one-person center for a champion and more contacts, each for its own warning', () => {
    const account = analyze({
      step: 'decision',
      buyingCenter: { members: [{ id: 'ana', name: 'Ana', roles: ['buyer'], influence: 0.5, stance: 'neutral' }] },
    });
    expect(actionOf(account, 'find-a-champion')).toEqual({
      code: 'find-a-champion',
      params: {},
      message: 'Find a champion: someone inside who wants this purchase and will sell it internally.',
      reasons: [
        {
          code: 'no-champion',
          params: {},
          message: 'No champion: without one, many purchases are never made (Bonoma 1982).',
        },
      ],
    });
    expect(actionOf(account, 'widen-the-contacts')).toEqual({
      code: 'widen-the-contacts',
      params: {},
      message: 'Reach more of the people involved: one contact is one point of failure.',
      reasons: [
        {
          code: 'single-threaded',
          params: { members: 1 },
          message:
            'The center has 1 known member: one contact is one point of failure; reach more of the people involved.',
        },
      ],
    });
  });

  it('names every missing role with its article, and only the missing-role warnings as reasons', () => {
    // decision needs the decider (1) and the approver (0.8); the center also has no champion and one member.
    const account = analyze({
      step: 'decision',
      buyingCenter: { members: [{ id: 'ana', name: 'Ana', roles: ['buyer'], influence: 0.5 }] },
    });
    const reach = actionOf(account, 'reach-missing-roles');
    expect(reach?.params).toEqual({ roles: ['decider', 'approver'], step: 'decision' });
    expect(reach?.message).toBe(
      'Nobody you know is a decider or an approver, whom the decision step needs: find them.',
    );
    expect(reach?.reasons.map((r) => [r.code, r.params])).toEqual([
      ['missing-role', { role: 'decider', step: 'decision' }],
      ['missing-role', { role: 'approver', step: 'decision' }],
    ]);
  });

  it.each([
    [
      'an initiator',
      'need-recognition',
      ['user'],
      'Nobody you know is an initiator, whom the need-recognition step needs: find them.',
    ],
    [
      'an advisor',
      'specification',
      ['prescriber', 'user'],
      'Nobody you know is an advisor, whom the specification step needs: find them.',
    ],
    [
      'a prescriber, a gatekeeper, a buyer',
      'supplier-search',
      ['user'],
      'Nobody you know is a prescriber or a gatekeeper or a buyer, whom the supplier-search step needs: find them.',
    ],
    [
      'a user (said with a consonant, not “an user”)',
      'specification',
      ['prescriber', 'advisor'],
      'Nobody you know is a user, whom the specification step needs: find them.',
    ],
    [
      'a buyer alone',
      'negotiation',
      ['decider'],
      'Nobody you know is a buyer, whom the negotiation step needs: find them.',
    ],
  ] as const)('says “a” or “an” as the role’s first sound asks: %s', (_, step, roles, message) => {
    const account = analyze({
      step,
      buyingCenter: { members: [{ id: 'ana', name: 'Ana', roles: [...roles], influence: 0.5, stance: 'champion' }] },
    });
    expect(actionOf(account, 'reach-missing-roles')?.message).toBe(message);
  });

  it('gives no reach-missing-roles when the step’s roles are all held', () => {
    const account = analyze({
      step: 'negotiation',
      buyingCenter: { members: [{ id: 'ana', name: 'Ana', roles: ['buyer'], influence: 0.5, stance: 'champion' }] },
    });
    expect(codes(account)).not.toContain('reach-missing-roles');
  });
});

describe('meet-who-matters-now', () => {
  const member = (id: string, roles: readonly Role[], influence: number, stance?: Stance): MemberInput => ({
    id,
    name: id.toUpperCase(),
    roles,
    influence,
    ...(stance === undefined ? {} : { stance }),
  });

  it('skips the champions and supporters ranked above, and gives the member’s ranking as its reason', () => {
    // specification: prescriber 0.9 × 0.9 (champion), 0.9 × 0.8 (supporter), user 0.6 × 0.5 (no stance)
    const account = analyze({
      step: 'specification',
      buyingCenter: {
        members: [
          member('cam', ['prescriber', 'decider'], 0.9, 'champion'),
          member('sue', ['prescriber'], 0.8, 'supporter'),
          member('uma', ['user'], 0.5),
        ],
      },
    });
    expect(actionOf(account, 'meet-who-matters-now')).toStrictEqual({
      code: 'meet-who-matters-now',
      params: { name: 'UMA', step: 'specification' },
      message: 'See UMA now: the member who weighs most in specification and is not yet on your side.',
      reasons: [
        {
          code: 'engage',
          params: {
            name: 'UMA',
            roles: ['user'],
            participation: 0.6,
            step: 'specification',
            influence: 0.5,
            score: 0.3,
          },
          message: 'UMA (user): participation 0.6 in specification × influence 0.5 = 0.30.',
        },
      ],
    });
  });

  it('gives the member’s stance in the reason when it is known', () => {
    const account = analyze({
      step: 'decision',
      buyingCenter: { members: [member('dan', ['decider'], 0.5, 'skeptic')] },
    });
    expect(actionOf(account, 'meet-who-matters-now')?.reasons).toEqual([
      {
        code: 'engage',
        params: {
          name: 'DAN',
          roles: ['decider'],
          participation: 1,
          step: 'decision',
          influence: 0.5,
          score: 0.5,
          stance: 'skeptic',
        },
        message: 'DAN (decider): participation 1 in decision × influence 0.5 = 0.50; skeptic.',
      },
    ]);
  });

  it.each([
    [
      'everyone is a champion or a supporter',
      [member('cam', ['decider'], 0.9, 'champion'), member('sue', ['buyer'], 0.5, 'supporter')],
    ],
    [
      'the only other member weighs nothing (influence 0)',
      [member('cam', ['decider'], 0.9, 'champion'), member('zed', ['buyer'], 0, 'neutral')],
    ],
    [
      'the only other member holds no role',
      [member('cam', ['decider'], 0.9, 'champion'), member('zed', [], 0.7, 'skeptic')],
    ],
  ])('sees no one when %s', (_, members) => {
    const account = analyze({ step: 'decision', buyingCenter: { members } });
    expect(codes(account)).not.toContain('meet-who-matters-now');
  });
});

describe('the purchase rules', () => {
  it('revives a purchase stalled in its step, for the stalled flag', () => {
    const asOf = new Date(Date.parse('2026-03-10T08:00:00Z') + STALLED_AFTER_DAYS * 86_400_000).toISOString();
    const account = analyze({ purchase: goingBack, asOf, position: 'in-supplier' });
    expect(actionOf(account, 'revive-the-purchase')).toEqual({
      code: 'revive-the-purchase',
      params: {},
      message:
        'Nothing has happened for a while: call your contact, find what blocks, and offer the next concrete step.',
      reasons: [
        {
          code: 'stalled',
          params: { days: 30, step: 'specification', after: 30 },
          message: 'No event for 30 days in specification (stalled from 30 days, an assumption).',
        },
      ],
    });
  });

  it('follows an in-supplier’s revisit of the specification with its params', () => {
    const account = analyze({
      purchase: goingBack,
      position: 'in-supplier',
      situation: { buyclass: 'modified-rebuy' },
    });
    expect(account.actions[0]).toEqual({
      code: 'follow-the-revisit',
      params: { step: 'specification', regime: 'private', position: 'in-supplier' },
      message:
        'The buyer is redefining what to buy: take part in the new specification and defend the account — an in-supplier’s place is not safe in a modified rebuy.',
      reasons: [
        {
          code: 'going-back',
          params: { step: 'specification' },
          message: 'The purchase went back to specification: the buyer is reconsidering.',
        },
      ],
    });
  });
});

describe('the risk rules', () => {
  const hi = { uncertainty: 0.9, consequence: 0.9 };

  it('puts the three largest supplier reducers in the offer, and prepares a term per driver', () => {
    const account = analyze({ risk: { dimensions: { delivery: hi, supplier: hi, social: hi } } });
    expect(account.risk).toMatchObject({ level: 'critical', drivers: ['delivery', 'supplier'] });
    // the supplier's reducers, largest expected effect first; the offer names the first three
    expect(account.offer?.map((r) => r.id)).toEqual(['references', 'site-visit', 'sla-penalties', 'certification']);
    expect(actionOf(account, 'put-reducers-in-the-offer')).toEqual({
      code: 'put-reducers-in-the-offer',
      params: { reducers: ['references', 'site-visit', 'sla-penalties'] },
      message:
        'Put in the offer: references from comparable clients; a visit of the supplier’s site; a service-level agreement with penalties.',
      reasons: [
        {
          code: 'perceived-risk',
          params: { level: 'critical', score: account.risk?.score, drivers: ['delivery', 'supplier'] },
          message: 'The buyer’s perceived risk is critical (0.81), driven by delivery, supplier.',
        },
      ],
    });
    expect(actionOf(account, 'prepare-the-terms')).toEqual({
      code: 'prepare-the-terms',
      params: { terms: ['delivery-commitment', 'supplier-assurance'] },
      message:
        'Prepare the negotiation around the risk: Commit to delivery dates with penalties, and say how supply is secured. Expect questions on your solidity: have financial statements, references and a parent-company or bank guarantee ready.',
      reasons: [
        {
          code: 'risk-driver',
          params: { dimension: 'delivery' },
          message: 'delivery drives the perceived risk: it shapes the terms (a Dutch B2B marketing teaching text).',
        },
        {
          code: 'risk-driver',
          params: { dimension: 'supplier' },
          message: 'supplier drives the perceived risk: it shapes the terms (a Dutch B2B marketing teaching text).',
        },
      ],
    });
  });

  it('puts nothing in the offer and prepares no terms for a low risk, though reducers apply', () => {
    const account = analyze({ risk: { dimensions: { delivery: { uncertainty: 0.1, consequence: 0.1 } } } });
    expect(account.risk?.level).toBe('low');
    expect(account.offer?.map((r) => r.id)).toEqual(['sla-penalties', 'site-visit']);
    expect(account.terms).toEqual([]);
    expect(codes(account)).not.toContain('put-reducers-in-the-offer');
    expect(codes(account)).not.toContain('prepare-the-terms');
  });

  it('prepares the terms without an offer when the supplier’s reducers are already applied', () => {
    const account = analyze({ risk: { dimensions: { financial: hi }, appliedReducers: ['staged-payment'] } });
    expect(account.risk?.level).toBe('high');
    expect(account.offer).toEqual([]);
    expect(codes(account)).not.toContain('put-reducers-in-the-offer');
    expect(actionOf(account, 'prepare-the-terms')?.params).toEqual({ terms: ['payment-terms'] });
  });
});

describe('the purpose and the downstream demand', () => {
  it.each([
    [
      'resale',
      'The buyer resells: its customers’ demand decides — offer margin, availability and help to sell through.',
    ],
    [
      'production',
      'The buyer makes other goods with it: conformity to the specification, quality and continuity of supply weigh most.',
    ],
    [
      'operations',
      'The buyer uses it to run its own operations: total cost of use, reliability and service weigh most.',
    ],
  ] as const)('serves the purpose %s', (purpose, message) => {
    expect(actionOf(analyze({ purpose }), 'serve-the-purpose')).toEqual({
      code: 'serve-the-purpose',
      params: { purpose },
      message,
      reasons: [
        {
          code: 'purpose',
          params: { purpose },
          message: `The organization buys for ${purpose} (a Greek marketing teaching text); what that asks of the offer is buygrid’s reading.`,
        },
      ],
    });
  });

  it.each([
    ['growing', 'Its own customers’ demand is growing: show that you can keep up — capacity, lead times, scalability.'],
    ['stable', 'Its own customers’ demand is stable: compete on efficiency and reliability of supply.'],
    [
      'declining',
      'Its own customers’ demand is falling: expect cost pressure and smaller volumes — offer flexibility and lower commitments.',
    ],
  ] as const)('follows a %s downstream demand', (downstreamDemand, message) => {
    expect(actionOf(analyze({ organization: { downstreamDemand } }), 'follow-downstream-demand')).toEqual({
      code: 'follow-downstream-demand',
      params: { demand: downstreamDemand },
      message,
      reasons: [
        {
          code: 'derived-demand',
          params: {},
          message:
            'A business’s demand derives from its own customers’ demand (a French B2B marketing teaching text: the client’s decision depends largely on its own customers’ needs).',
        },
      ],
    });
  });

  it('gives only the approach’s actions when no optional input is given', () => {
    const account = analyze({});
    expect(account.actions.every((a) => a.reasons.length === 1 && a.reasons[0]?.code === 'approach')).toBe(true);
    expect(account.actions.length).toBeGreaterThan(0);
  });
});
