// analyzeProspect beyond its action rules: the situation it classifies or keeps, where the buyer
// stands, whom to engage, the red flags, the refusals, and which parts the result holds.
// Every account is built inside its test: Stryker switches a mutant on just before the tests run.
import { describe, expect, it } from 'vitest';
import { BuygridInputError } from '../../src/_lib/errors.js';
import { startPurchase } from '../../src/process/index.js';
import { analyzeProspect, type ProspectInput } from '../../src/prospect/index.js';
import { classifySituation } from '../../src/situation/index.js';
import { center, goingBack, run } from './fixtures.js';

const base = { organization: {}, situation: { buyclass: 'new-task' }, position: 'out-supplier' } as const;

/** The issues of the BuygridInputError `run` throws, one `path: expected X, received Y` each. */
function issues(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof BuygridInputError)
      return error.issues.map((i) => `${i.path}: expected ${i.expected}, received ${i.received}`);
    throw error;
  }
  throw new Error('no error');
}

describe('the situation', () => {
  it('keeps a classified situation as given, its reasons included', () => {
    const given = { ...classifySituation({ buyclass: 'straight-rebuy' }), reasons: [] };
    expect(analyzeProspect({ ...base, situation: given }).situation).toEqual(given);
  });

  it('refuses a bad classified situation at its own path, before the parts that read it', () => {
    const bad = { buyclass: 'x', regime: 'private', organization: { type: 'company' }, reasons: [] };
    const input = { ...base, situation: bad, buyingCenter: center, risk: { profile: { importance: 'strategic' } } };
    expect(issues(() => analyzeProspect(input as never))).toEqual([
      'situation.buyclass: expected one of "new-task" | "modified-rebuy" | "straight-rebuy", received "x"',
    ]);
  });

  it.each([
    // [organization, situation facts, the classified organization, regime]
    [{ type: 'public-body' }, { buyclass: 'new-task' }, { type: 'public-body' }, 'public-tender'],
    [{ employees: 30 }, { buyclass: 'new-task' }, { type: 'company', sizeBand: 'small' }, 'private'],
    [{ name: 'Acme' }, { buyclass: 'new-task' }, { type: 'company' }, 'private'],
    [
      { type: 'public-body', employees: 30 },
      { buyclass: 'new-task', organization: { type: 'company', employees: 5000 } },
      { type: 'company', sizeBand: 'large' },
      'private',
    ],
  ] as const)(
    'classifies the facts with the organization’s type and headcount unless they name their own (%o, %o)',
    (organization, situation, classified, regime) => {
      const account = analyzeProspect({ ...base, organization, situation });
      expect(account.situation.organization).toEqual(classified);
      expect(account.situation.regime).toBe(regime);
    },
  );

  it.each([
    ['a situation that is null', { situation: null }, 'situation: expected an object, received null'],
    ['a situation that is a string', { situation: 'new-task' }, 'situation: expected an object, received "new-task"'],
    ['a risk input that is null', { risk: null }, 'risk: expected an object, received null'],
    ['a risk input that is a string', { risk: 'high' }, 'risk: expected an object, received "high"'],
  ])('refuses %s, naming the field, whatever the organization gives', (_, part, message) => {
    for (const organization of [{}, { type: 'company', employees: 30 }])
      expect(issues(() => analyzeProspect({ ...base, organization, ...part } as never))).toEqual([message]);
  });
});

describe('where the buyer stands', () => {
  it('counts the days from the start of a purchase that has no event yet', () => {
    const fresh = startPurchase({ id: 'p', at: '2026-03-02T08:00:00Z', need: { summary: 'Film' } });
    const account = analyzeProspect({ ...base, purchase: fresh, asOf: '2026-03-05T20:00:00Z' });
    expect(account.standing).toEqual({
      source: 'purchase',
      step: 'need-recognition',
      status: 'need-recognition',
      progress: 0,
      revisits: {
        'need-recognition': 0,
        specification: 0,
        'supplier-search': 0,
        negotiation: 0,
        decision: 0,
      },
      daysSinceLastEvent: 3.5,
    });
    expect(account.redFlags).toEqual([]);
  });

  it.each([
    ['need-recognition', 0],
    ['specification', 0.2],
    ['negotiation', 0.6],
    ['decision', 0.8],
  ] as const)('reads a given step %s as progress %d of the five steps', (step, progress) => {
    expect(analyzeProspect({ ...base, step }).standing).toEqual({ source: 'step', step, status: step, progress });
  });
});

describe('going back', () => {
  const at = (day: number): string => `2026-03-${String(day).padStart(2, '0')}T08:00:00Z`;

  it('flags no going back in a purchase that never went back', () => {
    const forward = run(startPurchase({ id: 'p', at: at(2), need: { summary: 'Film' } }), [
      { type: 'needQualified', at: at(3) },
    ]);
    const account = analyzeProspect({ ...base, purchase: forward });
    expect(account.redFlags).toEqual([]);
    expect(account.actions.map((a) => a.code)).not.toContain('follow-the-revisit');
  });

  it('still flags going back after events that do not leave the step', () => {
    const still = run(goingBack, [
      { type: 'requirementAdded', at: at(11), requirement: { id: 'recyclable', text: 'Recyclable film' } },
    ]);
    expect(analyzeProspect({ ...base, purchase: still }).redFlags.map((f) => f.code)).toEqual(['going-back']);
  });

  it('no longer flags going back once the buyer moved on, even at the same instant', () => {
    const on = run(goingBack, [{ type: 'specificationApproved', at: at(10) }]);
    const account = analyzeProspect({ ...base, purchase: on });
    expect(account.standing?.step).toBe('supplier-search');
    expect(account.redFlags).toEqual([]);
  });
});

describe('whom to engage', () => {
  it('ranks every member with its participation, influence, score, why, and its stance only when known', () => {
    const account = analyzeProspect({
      ...base,
      step: 'need-recognition',
      buyingCenter: {
        members: [
          { id: 'zed', name: 'Zed', roles: [], influence: 0.9, stance: 'skeptic' },
          { id: 'ruth', name: 'Ruth', roles: ['initiator', 'user'], influence: 0.5 },
        ],
      },
    });
    expect(account.engage).toStrictEqual([
      {
        id: 'ruth',
        name: 'Ruth',
        roles: ['initiator', 'user'],
        influence: 0.5,
        participation: 0.9,
        score: 0.45,
        why: 'Ruth (initiator, user): participation 0.9 in need-recognition × influence 0.5 = 0.45.',
      },
      {
        id: 'zed',
        name: 'Zed',
        roles: [],
        stance: 'skeptic',
        influence: 0.9,
        participation: 0,
        score: 0,
        why: 'Zed (no known role): participation 0 in need-recognition × influence 0.9 = 0.00; skeptic.',
      },
    ]);
  });
});

describe('the parts of the result', () => {
  const full: ProspectInput = {
    organization: { downstreamDemand: 'stable' },
    purpose: 'production',
    situation: { buyclass: 'modified-rebuy' },
    buyingCenter: center,
    purchase: goingBack,
    risk: { profile: { supplierRelationship: 'new' } },
    position: 'out-supplier',
    asOf: '2026-03-12T08:00:00Z',
  };

  it('leaves out, as keys, every part whose input is missing', () => {
    const account = analyzeProspect(base);
    expect(Object.keys(account).sort()).toEqual(
      ['organization', 'position', 'situation', 'redFlags', 'actions', 'missing'].sort(),
    );
    expect(account.missing).toEqual([
      'purpose',
      'downstreamDemand',
      'buyingCenter',
      'purchase',
      'step',
      'risk',
      'asOf',
    ]);
  });

  it('holds every part when every input is given', () => {
    const account = analyzeProspect(full);
    expect(Object.keys(account).sort()).toEqual(
      [
        'organization',
        'purpose',
        'position',
        'situation',
        'standing',
        'buyingCenter',
        'engage',
        'risk',
        'offer',
        'terms',
        'redFlags',
        'actions',
        'missing',
      ].sort(),
    );
    expect(account.purpose).toBe('production');
    expect(account.organization).toEqual({ downstreamDemand: 'stable' });
    expect(account.missing).toEqual([]);
  });

  it('gives the offer and the terms with the risk, and nothing else of the risk without it', () => {
    const account = analyzeProspect({ ...base, risk: { profile: { supplierRelationship: 'new' } } });
    expect(Object.keys(account)).toEqual(expect.arrayContaining(['risk', 'offer', 'terms']));
    expect(account.offer?.every((r) => r.by === 'supplier')).toBe(true);
    expect(account.offer?.map((r) => r.id)).toEqual(
      account.risk?.reducers.filter((r) => r.by === 'supplier').map((r) => r.id),
    );
  });
});
