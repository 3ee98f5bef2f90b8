import { describe, expect, it } from 'vitest';
import { BuygridInputError } from '../../src/_lib/errors.js';
import { addMember } from '../../src/buying-center/index.js';
import { fromCrmStage } from '../../src/crm/index.js';
import {
  ACTION_RULES,
  analyzeProspect,
  NEGOTIATION_TERMS,
  STALLED_AFTER_DAYS,
  type ProspectAnalysis,
  type ProspectInput,
} from '../../src/prospect/index.js';
import { classifySituation } from '../../src/situation/index.js';
import { center, goingBack, run } from './fixtures.js';

const newAccount: ProspectInput = {
  organization: { name: 'Acme Metal', type: 'company', employees: 400, sector: 'machine building' },
  situation: {
    buyclass: {
      purchasedBefore: false,
      problemNovelty: 'high',
      informationNeed: 'high',
      consideringNewSuppliers: true,
    },
    portfolio: { profitImpact: 0.8, supplyRisk: 0.7 },
  },
  buyingCenter: center,
  step: 'specification',
  risk: { profile: { supplierRelationship: 'new', leadTimeCritical: true, afterSalesDependency: 'high' } },
  position: 'out-supplier',
};

describe('analyzeProspect, a new account', () => {
  // Built in each test, not at collection: Stryker switches a mutant on just before the tests run.
  const account = (): ProspectAnalysis => analyzeProspect(newAccount);

  it('classifies the situation, with the organization’s type and headcount', () => {
    expect(account().situation).toMatchObject({
      buyclass: 'new-task',
      quadrant: 'strategic',
      organization: { type: 'company', sizeBand: 'large' },
    });
  });

  it('ranks whom to engage by participation in the step × influence', () => {
    // specification: prescriber 0.9 × 0.7, user 0.6 × 0.6, decider/approver 0.3 × 0.9, buyer 0.4 × 0.5
    expect(account().engage?.map((e) => [e.id, Number(e.score.toFixed(2))])).toEqual([
      ['kemal', 0.63],
      ['ruth', 0.36],
      ['olga', 0.27],
      ['ana', 0.2],
    ]);
    expect(account().engage?.[0]?.why).toBe(
      'Kemal (prescriber): participation 0.9 in specification × influence 0.7 = 0.63; neutral.',
    );
  });

  it('says whom to see now: the first ranked member not yet on the seller’s side', () => {
    expect(account().actions.find((a) => a.code === 'meet-who-matters-now')?.message).toBe(
      'See Kemal now: the member who weighs most in specification and is not yet on your side.',
    );
  });

  it('puts only the supplier’s reducers in the offer, and the terms the drivers call for', () => {
    expect(account().risk?.level).toMatch(/moderate|high|critical/);
    expect(account().offer?.length).toBeGreaterThan(0);
    expect(account().offer?.every((r) => r.by === 'supplier')).toBe(true);
    expect(account().terms?.map((t) => t.dimension)).toEqual(account().risk?.drivers);
    expect(account().terms?.[0]?.code).toBe(NEGOTIATION_TERMS[account().risk?.drivers[0] ?? 'social'].code);
  });

  it('takes the situation into the risk profile', () => {
    expect(account().risk?.reasons.map((r) => r.code)).toContain('situation');
  });

  it('ranks the actions by the table, the situation’s approach included', () => {
    const codes = account().actions.map((a) => a.code);
    // specification needs an advisor (PARTICIPATION 0.6), whom nobody known holds
    expect(codes).toEqual([
      'meet-who-matters-now',
      'reach-missing-roles',
      'put-reducers-in-the-offer',
      'prepare-the-terms',
      'get-in-early',
      'reduce-perceived-risk',
      'reach-the-whole-center',
      'prove-reliability',
    ]);
    expect(codes).not.toContain('find-the-decider');
    expect(new Set(codes).size).toBe(codes.length);
    expect(account().actions[1]?.message).toBe(
      'Nobody you know is an advisor, whom the specification step needs: find them.',
    );
  });

  it('lists what was not given, and leaves out what needs it', () => {
    expect(account().missing).toEqual(['purpose', 'downstreamDemand', 'purchase', 'asOf']);
    expect(account().standing).toEqual({
      source: 'step',
      step: 'specification',
      status: 'specification',
      progress: 0.2,
    });
    expect(account()).not.toHaveProperty('purpose');
  });

  it('takes the step from a CRM stage', () => {
    const step = fromCrmStage('hubspot', 'qualifiedtobuy').step;
    expect(step).toBe('specification');
  });
});

describe('analyzeProspect, an existing customer going back to specification', () => {
  const account = (): ProspectAnalysis =>
    analyzeProspect({
      organization: { name: 'Fresh Foods', type: 'company', employees: 1200, downstreamDemand: 'growing' },
      purpose: 'production',
      situation: classifySituation({ buyclass: 'modified-rebuy' }),
      buyingCenter: center,
      purchase: goingBack,
      risk: { profile: { supplierRelationship: 'incumbent' } },
      position: 'in-supplier',
      asOf: '2026-03-12T08:00:00Z',
    });

  it('says where the buyer stands, and that it went back', () => {
    expect(account().standing).toMatchObject({
      source: 'purchase',
      step: 'specification',
      progress: 0.2,
      daysSinceLastEvent: 2,
    });
    expect(account().standing?.revisits?.specification).toBe(1);
    expect(account().redFlags).toEqual([
      {
        code: 'going-back',
        params: { step: 'specification' },
        message: 'The purchase went back to specification: the buyer is reconsidering.',
        step: 'specification',
      },
    ]);
  });

  it('asks the in-supplier to take part in the new specification, first', () => {
    expect(account().actions[0]).toMatchObject({ code: 'follow-the-revisit', reasons: [{ code: 'going-back' }] });
    expect(account().actions[0]?.message).toMatch(/defend the account/);
  });

  it('adds the purpose and the downstream demand, and misses nothing', () => {
    expect(account().actions.map((a) => a.code)).toEqual(
      expect.arrayContaining(['serve-the-purpose', 'follow-downstream-demand', 'defend-the-account']),
    );
    expect(account().missing).toEqual([]);
  });

  it('gives no terms for a low risk', () => {
    expect(account().risk?.level).toBe('low');
    expect(account().terms).toEqual([]);
    expect(account().actions.map((a) => a.code)).not.toContain('prepare-the-terms');
  });

  it('flags a purchase stalled for STALLED_AFTER_DAYS days or more', () => {
    const at = (days: number): string => new Date(Date.parse('2026-03-10T08:00:00Z') + days * 86_400_000).toISOString();
    const stalled = analyzeProspect({
      organization: {},
      situation: { buyclass: 'modified-rebuy' },
      purchase: goingBack,
      position: 'in-supplier',
      asOf: at(STALLED_AFTER_DAYS),
    });
    expect(stalled.redFlags.map((f) => f.code)).toEqual(['stalled', 'going-back']);
    expect(stalled.actions.slice(0, 2).map((a) => a.code)).toEqual(['follow-the-revisit', 'revive-the-purchase']);
    const fresh = analyzeProspect({
      organization: {},
      situation: { buyclass: 'modified-rebuy' },
      purchase: goingBack,
      position: 'in-supplier',
      asOf: at(STALLED_AFTER_DAYS - 1),
    });
    expect(fresh.redFlags.map((f) => f.code)).toEqual(['going-back']);
  });

  it('no longer flags going back once the buyer moves on', () => {
    const on = run(goingBack, [{ type: 'specificationApproved', at: '2026-03-20T08:00:00Z' }]);
    const account2 = analyzeProspect({
      organization: {},
      situation: { buyclass: 'modified-rebuy' },
      purchase: on,
      position: 'in-supplier',
    });
    expect(account2.redFlags).toEqual([]);
    expect(account2.standing?.step).toBe('supplier-search');
  });

  it('keeps to neutral advice for a public buyer going back', () => {
    const account3 = analyzeProspect({
      organization: { type: 'public-body' },
      situation: { buyclass: 'modified-rebuy', organization: { type: 'public-body' } },
      purchase: goingBack,
      position: 'in-supplier',
    });
    expect(account3.actions[0]?.message).toMatch(/follow the procedure as published/);
  });
});

describe('analyzeProspect, red flags from the buying center', () => {
  it('flags no decider and an influential blocker, and acts on them first', () => {
    const blocked = addMember(center, { id: 'bo', name: 'Bo', roles: ['advisor'], influence: 0.8, stance: 'blocker' });
    const noDecider = { ...blocked, members: blocked.members.filter((m) => m.id !== 'olga') };
    const account = analyzeProspect({
      organization: {},
      situation: { buyclass: 'new-task' },
      buyingCenter: noDecider,
      step: 'decision',
      position: 'out-supplier',
    });
    expect(account.redFlags.map((f) => f.code)).toEqual(['no-decider', 'influential-blocker']);
    expect(account.redFlags[1]).toMatchObject({ memberIds: ['bo'] });
    expect(account.actions.slice(0, 3).map((a) => a.code)).toEqual([
      'win-over-the-blocker',
      'find-the-decider',
      'meet-who-matters-now',
    ]);
    expect(account.actions.map((a) => a.code)).toContain('reach-missing-roles');
  });

  it('analyzes the center without a step, and then ranks no one', () => {
    const account = analyzeProspect({
      organization: {},
      situation: { buyclass: 'new-task' },
      buyingCenter: center,
      position: 'out-supplier',
    });
    expect(account.buyingCenter?.size).toBe(4);
    expect(account).not.toHaveProperty('engage');
    expect(account.missing).toContain('step');
  });

  it('ranks no one once the purchase is over', () => {
    const over = run(goingBack, [{ type: 'purchaseAbandoned', at: '2026-03-20T08:00:00Z', reason: 'budget' }]);
    const account = analyzeProspect({
      organization: {},
      situation: { buyclass: 'modified-rebuy' },
      buyingCenter: center,
      purchase: over,
      position: 'in-supplier',
      asOf: '2026-06-01T00:00:00Z',
    });
    expect(account.standing).toMatchObject({ step: null, status: 'abandoned', progress: 0.2 });
    expect(account.redFlags.map((f) => f.code)).not.toContain('going-back');
    expect(account).not.toHaveProperty('engage');
    expect(account.redFlags.map((f) => f.code)).not.toContain('stalled');
  });
});

describe('analyzeProspect, the rules table', () => {
  it('names, for every rule, the inputs it needs', () => {
    expect(ACTION_RULES.map((r) => [r.code, r.needs])).toContainEqual(['follow-the-revisit', ['purchase']]);
    expect(ACTION_RULES.find((r) => r.code === 'approach')?.needs).toEqual([]);
  });
});

describe('analyzeProspect, bad input', () => {
  const base = { organization: {}, situation: { buyclass: 'new-task' }, position: 'out-supplier' } as const;
  const issue = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      if (error instanceof BuygridInputError)
        return error.issues.map((i) => `${i.path}: expected ${i.expected}, received ${i.received}`).join(' | ');
      throw error;
    }
    throw new Error('no error');
  };

  it.each([
    [
      'an unknown position',
      { ...base, position: 'incumbent' },
      'position: expected one of "in-supplier" | "out-supplier", received "incumbent"',
    ],
    [
      'no situation',
      { organization: {}, position: 'out-supplier' },
      'situation: expected a purchase situation or the facts to classify it',
    ],
    [
      'a bad headcount',
      { ...base, organization: { employees: 0 } },
      'organization.employees: expected a number ≥ 1, received 0',
    ],
    [
      'an unknown purpose',
      { ...base, purpose: 'fun' },
      'purpose: expected one of "resale" | "production" | "operations", received "fun"',
    ],
    [
      'bad situation facts',
      { ...base, situation: { buyclass: 'new-task', portfolio: { profitImpact: 2, supplyRisk: 0 } } },
      'situation.portfolio.profitImpact',
    ],
    [
      'a bad classified situation',
      { ...base, situation: { buyclass: 'x', regime: 'private', organization: { type: 'company' }, reasons: [] } },
      'situation.buyclass',
    ],
    [
      'a bad member',
      { ...base, buyingCenter: { members: [{ id: 'a', name: 'A', roles: [], influence: 3 }] } },
      'buyingCenter.members[0].influence: expected a number in [0, 1], received 3',
    ],
    [
      'a bad risk profile',
      { ...base, risk: { profile: { supplierRelationship: 'old' } } },
      'risk.profile.supplierRelationship',
    ],
    ['a purchase that is not one', { ...base, purchase: { id: 'x' } }, 'purchase.'],
    ['an asOf that is not a timestamp', { ...base, asOf: 'today' }, 'asOf: expected an ISO-8601 timestamp'],
    [
      'an asOf before the last event',
      { ...base, purchase: goingBack, asOf: '2026-03-01T00:00:00Z' },
      "asOf: expected a time at or after the purchase's last event (2026-03-10T08:00:00Z)",
    ],
    ['an unknown field', { ...base, accountId: 7 }, 'accountId: expected no such field'],
  ])('refuses %s, naming the field', (_, input, message) => {
    expect(issue(() => analyzeProspect(input as never))).toContain(message);
  });

  it('neither freezes nor changes the caller’s objects, and reads each value once', () => {
    let reads = 0;
    const input = {
      organization: { name: 'Acme' },
      situation: { buyclass: 'new-task' },
      buyingCenter: { members: [{ id: 'a', name: 'A', roles: ['decider'], influence: 0.5 }] },
      get position() {
        reads += 1;
        return 'out-supplier';
      },
    };
    const before = JSON.stringify(input);
    reads = 0;
    analyzeProspect(input as never);
    expect(reads).toBe(1);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input.buyingCenter) || Object.isFrozen(input.buyingCenter.members[0])).toBe(false);
  });
});

describe('analyzeProspect, the rest of the rules', () => {
  const base = { organization: {}, situation: { buyclass: 'modified-rebuy' } } as const;

  it('reads a revisit by position and step', () => {
    const out = analyzeProspect({ ...base, purchase: goingBack, position: 'out-supplier' });
    expect(out.actions[0]?.message).toBe(
      'The buyer is redefining what to buy: an opening — get consulted on the new specification.',
    );
    const searching = run(goingBack, [
      { type: 'specificationApproved', at: '2026-03-11T08:00:00Z' },
      { type: 'supplierIdentified', at: '2026-03-12T08:00:00Z', supplier: { id: 'x', name: 'X' } },
      { type: 'stepRevisited', at: '2026-03-13T08:00:00Z', to: 'need-recognition', reason: 'Budget cut' },
    ]);
    expect(analyzeProspect({ ...base, purchase: searching, position: 'in-supplier' }).actions[0]?.message).toBe(
      'The buyer went back to need-recognition: find out what changed and answer it before a competitor does.',
    );
    expect(analyzeProspect({ ...base, purchase: searching, position: 'out-supplier' }).actions[0]?.message).toMatch(
      /a chance to get in/,
    );
  });

  it('asks for more contacts and a champion in a one-person center', () => {
    const account = analyzeProspect({
      ...base,
      buyingCenter: { members: [{ id: 'a', name: 'A', roles: ['buyer'], influence: 0.5 }] },
      position: 'in-supplier',
    });
    expect(account.actions.map((a) => a.code)).toEqual(
      expect.arrayContaining(['find-a-champion', 'widen-the-contacts']),
    );
  });

  it.each([
    ['resale', /resells/],
    ['operations', /total cost of use/],
  ] as const)('reads the purpose %s', (purpose, message) => {
    expect(
      analyzeProspect({ ...base, purpose, position: 'in-supplier' }).actions.find((a) => a.code === 'serve-the-purpose')
        ?.message,
    ).toMatch(message);
  });

  it.each([
    ['stable', /efficiency/],
    ['declining', /cost pressure/],
  ] as const)('reads a %s downstream demand', (downstreamDemand, message) => {
    const account = analyzeProspect({ ...base, organization: { downstreamDemand }, position: 'in-supplier' });
    expect(account.actions.find((a) => a.code === 'follow-downstream-demand')?.message).toMatch(message);
  });

  it('keeps the risk input’s own situation, and adds none without a profile', () => {
    const own = classifySituation({ buyclass: 'new-task' });
    const given = analyzeProspect({
      ...base,
      risk: { profile: { supplierRelationship: 'new' }, situation: own },
      position: 'out-supplier',
    });
    expect(given.risk?.reasons.find((r) => r.code === 'situation')?.message).toMatch(/new-task/);
    const bare = analyzeProspect({
      ...base,
      risk: { dimensions: { delivery: { uncertainty: 0.5, consequence: 0.5 } } },
      position: 'out-supplier',
    });
    expect(bare.risk?.reasons.map((r) => r.code)).not.toContain('situation-without-profile');
  });

  it('refuses input nested too deep to be plain data, and a value that is not plain data', () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 70; i++) deep = { x: deep };
    expect(() => analyzeProspect({ ...base, risk: deep, position: 'in-supplier' } as never)).toThrow(
      'data nested at most 32 levels deep',
    );
    expect(() => analyzeProspect({ ...base, situation: new Date(0), position: 'in-supplier' } as never)).toThrow(
      BuygridInputError,
    );
    expect(() => analyzeProspect(null as never)).toThrow('(root): expected an object, received null');
  });
});
