// The step guards word for word: each refusal with its params and its English message (which
// the English catalog writes too), the shortlist rule under each `inviteAll`, the skip rules,
// the re-order without an offer, and the events allowedEvents leaves out because a guard
// needing no payload would refuse them.
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  defaultPolicy,
  processDefinition,
  startPurchase,
  transition,
  type GuardParams,
  type PurchaseEvent,
  type PurchaseEventType,
  type PurchasePolicy,
  type PurchaseState,
  type StartPurchaseInput,
} from '../../src/process/index.js';
import { GUARDS } from '../../src/process/guards.js';
import en from '../../src/locales/en.js';
import { formatFor } from '../../src/locales/format.js';
import { START, at, purchaseIn, walk } from './fixtures.js';

const qualify: PurchaseEvent = { type: 'needQualified', at: at(1) };
const must: PurchaseEvent = { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: '2.5 t' } };
const approve: PurchaseEvent = { type: 'specificationApproved', at: at(3) };
const identify = (id: string, hour = 4): PurchaseEvent => ({
  type: 'supplierIdentified',
  at: at(hour),
  supplier: { id, name: id },
});
const shortlist = (supplierId: string): PurchaseEvent => ({ type: 'supplierShortlisted', at: at(5), supplierId });
const exclude = (supplierId: string, hour = 5): PurchaseEvent => ({
  type: 'supplierExcluded',
  at: at(hour),
  supplierId,
});
const negotiate: PurchaseEvent = { type: 'negotiationStarted', at: at(6) };
const offer = (supplierId: string): PurchaseEvent => ({
  type: 'offerReceived',
  at: at(7),
  offer: { supplierId, amount: 1000, currency: 'EUR' },
});
const decide: PurchaseEvent = { type: 'decisionRequested', at: at(8) };
const revisit = (to: 'specification'): PurchaseEvent => ({ type: 'stepRevisited', at: at(9), to, reason: 'again' });
const skipTo = (to: 'specification' | 'negotiation' | 'decision'): PurchaseEvent => ({
  type: 'stepSkipped',
  at: at(10),
  to,
});
const select = (supplierId: string): PurchaseEvent => ({ type: 'supplierSelected', at: at(11), supplierId });

/** A purchase started with `input` over START, then walked through `events`. */
const after = (input: Partial<StartPurchaseInput>, events: readonly PurchaseEvent[]): PurchaseState =>
  walk(startPurchase({ ...START, ...input }), events);

const OPEN = { situation: { regime: 'public-tender', procedure: 'open' } } as const;
const RESTRICTED = { situation: { regime: 'public-tender', procedure: 'restricted' } } as const;
const MODIFIED = { situation: { buyclass: 'modified-rebuy' } } as const;
const STRAIGHT = { situation: { buyclass: 'straight-rebuy' } } as const;

/** Expects `event` refused on `state` by the guard of `params`, with exactly `message`, which the English catalog writes from the params too. */
function expectRefused(state: PurchaseState, event: PurchaseEvent, params: GuardParams, message: string): void {
  expect(transition(state, event)).toEqual({
    ok: false,
    state,
    rejection: { code: 'guard', guard: params.guard, params, message },
  });
  expect(en.messages.guard(params, formatFor(en))).toBe(message);
}

describe('the refusals of the supplier, requirement, offer and revisit guards', () => {
  it.each([
    [
      'a second requirement r1',
      () => purchaseIn('specification'),
      { type: 'requirementAdded', at: at(3), requirement: { id: 'r1', text: 'again' } },
      { guard: 'duplicate-id', of: 'requirement', id: 'r1' },
      'requirement "r1" is already in the specification',
    ],
    [
      'an approval with a "should" requirement only',
      () => after({}, [qualify, { ...must, requirement: { id: 'r1', text: 'x', priority: 'should' } }]),
      approve,
      { guard: 'must-requirement' },
      'the specification needs at least one "must" requirement before it is approved; it has none',
    ],
    [
      'a second supplier s1',
      () => purchaseIn('supplier-search'),
      identify('s1', 20),
      { guard: 'duplicate-id', of: 'supplier', id: 's1', status: 'shortlisted' },
      'supplier "s1" is already on the list (shortlisted)',
    ],
    [
      'a supplier not on the list',
      () => purchaseIn('supplier-search'),
      shortlist('zz'),
      { guard: 'unknown-supplier', id: 'zz' },
      'no supplier "zz" is on the list of this purchase',
    ],
    [
      'an excluded supplier shortlisted',
      () => walk(purchaseIn('supplier-search'), [exclude('s3')]),
      shortlist('s3'),
      { guard: 'excluded-supplier', id: 's3' },
      'supplier "s3" was excluded',
    ],
    [
      'an offer from a supplier only identified',
      () => purchaseIn('negotiation'),
      offer('s3'),
      { guard: 'not-shortlisted', id: 's3', status: 'identified' },
      'an offer from "s3" needs the supplier shortlisted first; it is identified',
    ],
    [
      'a revisit of a later step',
      () => purchaseIn('negotiation'),
      { type: 'stepRevisited', at: at(9), to: 'decision', reason: 'x' },
      { guard: 'not-earlier-step', to: 'decision', status: 'negotiation' },
      'a revisit goes back to an earlier step; decision is not before negotiation',
    ],
    [
      'a revisit of the current step',
      () => purchaseIn('supplier-search'),
      { type: 'stepRevisited', at: at(9), to: 'supplier-search', reason: 'x' },
      { guard: 'not-earlier-step', to: 'supplier-search', status: 'supplier-search' },
      'a revisit goes back to an earlier step; supplier search is not before supplier search',
    ],
    [
      'a selection of a supplier without an offer, in a new task',
      () => purchaseIn('decision'),
      select('s2'),
      { guard: 'no-offer', id: 's2', reorderWithoutOffer: false },
      'supplier "s2" has made no offer',
    ],
  ] as const)('refuses %s, saying why', (_, state, event, params, message) => {
    expectRefused(state(), event, params, message);
  });
});

describe('the min-offers rule', () => {
  it('counts no offer of a supplier excluded since it tendered', () => {
    const state = walk(purchaseIn('negotiation'), [exclude('s1', 7)]);
    expectRefused(
      state,
      decide,
      { guard: 'min-offers', minOffers: 1, offers: 0 },
      'the decision needs offers from at least 1 supplier; no offers received',
    );
    expect(allowedEvents(state)).not.toContain('decisionRequested');
    expect(allowedEvents(purchaseIn('negotiation'))).toContain('decisionRequested');
  });

  it('names the numbers in the plural past one', () => {
    const state = after({ policy: { minOffers: 2 } }, [
      qualify,
      must,
      approve,
      identify('s1'),
      shortlist('s1'),
      negotiate,
      offer('s1'),
    ]);
    expectRefused(
      state,
      decide,
      { guard: 'min-offers', minOffers: 2, offers: 1 },
      'the decision needs offers from at least 2 suppliers; 1 offer received',
    );
  });
});

describe('the shortlist rule of negotiationStarted', () => {
  const search = [qualify, must, approve];
  it.each([
    [
      'nothing shortlisted',
      {},
      [identify('s1')],
      { minShortlisted: 1, shortlisted: 0, undecided: ['s1'] },
      'negotiation needs at least 1 shortlisted supplier; 0 are shortlisted',
    ],
    [
      'one of two shortlisted',
      { policy: { minShortlisted: 2 } },
      [identify('s1'), shortlist('s1')],
      { minShortlisted: 2, shortlisted: 1, undecided: [] },
      'negotiation needs at least 2 shortlisted suppliers; 1 is shortlisted',
    ],
    [
      // Outside a skip, a known supplier is one more to decide on, not a shortlisted one.
      'a known supplier left as it was given',
      { ...MODIFIED, knownSuppliers: [{ id: 'k', name: 'K' }] },
      [],
      { minShortlisted: 1, shortlisted: 0, undecided: ['k'] },
      'negotiation needs at least 1 shortlisted supplier; 0 are shortlisted',
    ],
    [
      'an open procedure with only a known supplier undecided',
      { ...OPEN, knownSuppliers: [{ id: 'k', name: 'K' }] },
      [identify('s1'), shortlist('s1')],
      { minShortlisted: 1, shortlisted: 1, inviteAll: 'always', undecided: ['k'], procedure: 'open' },
      'every supplier not excluded is invited to tender under an open procedure; shortlist or exclude "k" first',
    ],
    [
      'an open procedure with a known and an identified supplier undecided',
      { ...OPEN, knownSuppliers: [{ id: 'k', name: 'K' }] },
      [identify('s1'), identify('s2'), shortlist('s2')],
      { minShortlisted: 1, shortlisted: 1, inviteAll: 'always', undecided: ['k', 's1'], procedure: 'open' },
      'every supplier not excluded is invited to tender under an open procedure; shortlist or exclude "k", "s1" first',
    ],
    [
      'an open procedure with every supplier excluded',
      OPEN,
      [identify('s1'), exclude('s1')],
      { minShortlisted: 1, shortlisted: 0, inviteAll: 'always', undecided: [], procedure: 'open' },
      'negotiation needs at least 1 shortlisted supplier under an open procedure; 0 are shortlisted',
    ],
    [
      'a restricted procedure with one supplier undecided',
      RESTRICTED,
      [identify('s1'), identify('s2'), identify('s3'), shortlist('s1'), shortlist('s2')],
      { minShortlisted: 5, shortlisted: 2, inviteAll: 'if-fewer', undecided: ['s3'], procedure: 'restricted' },
      'negotiation needs at least 5 shortlisted suppliers under a restricted procedure, or all who qualify when fewer do; 2 are shortlisted and "s3" is neither shortlisted nor excluded',
    ],
    [
      'a restricted procedure with two suppliers undecided',
      RESTRICTED,
      [identify('s1'), identify('s2'), identify('s3'), shortlist('s1')],
      { minShortlisted: 5, shortlisted: 1, inviteAll: 'if-fewer', undecided: ['s2', 's3'], procedure: 'restricted' },
      'negotiation needs at least 5 shortlisted suppliers under a restricted procedure, or all who qualify when fewer do; 1 is shortlisted and "s2", "s3" are neither shortlisted nor excluded',
    ],
    [
      'a restricted procedure with every supplier excluded',
      RESTRICTED,
      [identify('s1'), exclude('s1')],
      { minShortlisted: 5, shortlisted: 0, inviteAll: 'if-fewer', undecided: [], procedure: 'restricted' },
      'negotiation needs at least 5 shortlisted suppliers under a restricted procedure, or all who qualify when fewer do; 0 are shortlisted',
    ],
  ] as const)('refuses negotiation with %s, and does not list it', (_, input, events, params, message) => {
    const state = after(input, [...search, ...events]);
    expectRefused(state, negotiate, { guard: 'min-shortlisted', ...params }, message);
    expect(allowedEvents(state)).not.toContain('negotiationStarted');
  });

  it.each([
    ['an open procedure with exactly its one supplier shortlisted, the other excluded', OPEN],
    ['a restricted procedure with all who qualify shortlisted, fewer than five', RESTRICTED],
  ] as const)('starts negotiation under %s, and lists it', (_, input) => {
    const state = after(input, [...search, identify('s1'), identify('s2'), shortlist('s1'), exclude('s2')]);
    expect(allowedEvents(state)).toContain('negotiationStarted');
    expect(transition(state, negotiate)).toMatchObject({ ok: true, state: { status: 'negotiation' } });
  });
});

describe('a skip past the supplier search', () => {
  // A modified rebuy with a known supplier, whose purchase went to the supplier search,
  // identified x there, and came back to the specification.
  const back = (minShortlisted: number): PurchaseState =>
    after({ ...MODIFIED, knownSuppliers: [{ id: 'k', name: 'K' }], policy: { minShortlisted } }, [
      qualify,
      must,
      approve,
      identify('x'),
      revisit('specification'),
    ]);

  it('counts the known suppliers as shortlisted, and no supplier only identified', () => {
    expectRefused(
      back(2),
      skipTo('negotiation'),
      { guard: 'min-shortlisted', minShortlisted: 2, shortlisted: 1, undecided: ['x'] },
      'negotiation needs at least 2 shortlisted suppliers; 1 is shortlisted',
    );
    expect(allowedEvents(back(2))).not.toContain('stepSkipped');
  });

  it('shortlists the known suppliers when they are enough', () => {
    const state = back(1);
    expect(allowedEvents(state)).toContain('stepSkipped');
    const result = transition(state, skipTo('negotiation'));
    expect(result.ok).toBe(true);
    expect(result.state.suppliers.map((s) => [s.id, s.status])).toEqual([
      ['k', 'shortlisted'],
      ['x', 'identified'],
    ]);
  });

  it('is not what a skip out of the supplier search does: the known suppliers stay as they were', () => {
    const state = after(
      { knownSuppliers: [{ id: 'k', name: 'K' }], policy: { skips: [{ from: 'supplier-search', to: 'decision' }] } },
      [qualify, must, approve, identify('s1'), shortlist('s1')],
    );
    const result = transition(state, skipTo('decision'));
    expect(result).toMatchObject({ ok: true, state: { status: 'decision' } });
    expect(result.state.suppliers.map((s) => [s.id, s.status])).toEqual([
      ['k', 'known'],
      ['s1', 'shortlisted'],
    ]);
  });
});

describe('the skip rules', () => {
  const spec = [qualify, must];
  it.each([
    [
      'a new task, which allows none',
      {},
      spec,
      skipTo('negotiation'),
      { from: 'specification', to: 'negotiation', buyclass: 'new-task' },
      'the policy of this new-task purchase allows no skip from specification to negotiation',
    ],
    [
      'an open procedure, named by its procedure',
      OPEN,
      spec,
      skipTo('negotiation'),
      { from: 'specification', to: 'negotiation', buyclass: 'new-task', procedure: 'open' },
      'the policy of an open procedure allows no skip from specification to negotiation',
    ],
    [
      'a rule back to an earlier step, which is no skip',
      { policy: { skips: [{ from: 'negotiation', to: 'specification' }] } },
      [...spec, approve, identify('s1'), shortlist('s1'), negotiate, offer('s1')],
      skipTo('specification'),
      { from: 'negotiation', to: 'specification', buyclass: 'new-task' },
      'the policy of this new-task purchase allows no skip from negotiation to specification',
    ],
    [
      'a rule to the step it leaves, which is no skip',
      { policy: { skips: [{ from: 'specification', to: 'specification' }] } },
      spec,
      skipTo('specification'),
      { from: 'specification', to: 'specification', buyclass: 'new-task' },
      'the policy of this new-task purchase allows no skip from specification to specification',
    ],
    [
      'a modified rebuy without known suppliers',
      MODIFIED,
      spec,
      skipTo('negotiation'),
      { from: 'specification', to: 'negotiation', requires: 'known-suppliers', buyclass: 'modified-rebuy' },
      'a skip from specification to negotiation needs known suppliers; none was given at the start',
    ],
    [
      'a modified rebuy back in the specification with suppliers found, none known',
      MODIFIED,
      [...spec, approve, identify('s1'), shortlist('s1'), revisit('specification')],
      skipTo('negotiation'),
      { from: 'specification', to: 'negotiation', requires: 'known-suppliers', buyclass: 'modified-rebuy' },
      'a skip from specification to negotiation needs known suppliers; none was given at the start',
    ],
    [
      'a straight rebuy whose known supplier is not the incumbent',
      { ...STRAIGHT, knownSuppliers: [{ id: 'b', name: 'B' }] },
      spec,
      skipTo('decision'),
      { from: 'specification', to: 'decision', requires: 'incumbent', buyclass: 'straight-rebuy' },
      'a skip from specification to decision needs an incumbent supplier; there is none',
    ],
    [
      'a straight rebuy whose incumbent was excluded',
      { ...STRAIGHT, knownSuppliers: [{ id: 'a', name: 'A', incumbent: true }] },
      [...spec, approve, exclude('a'), revisit('specification')],
      skipTo('decision'),
      { from: 'specification', to: 'decision', requires: 'incumbent', buyclass: 'straight-rebuy' },
      'a skip from specification to decision needs an incumbent supplier; there is none',
    ],
  ] as const)('refuses a skip under %s', (_, input, events, event, params, message) => {
    const state = after(input, events);
    expectRefused(state, event, { guard: 'skip-not-allowed', ...params }, message);
    expect(allowedEvents(state)).not.toContain('stepSkipped');
  });

  it('lists the skip only where the rule and the guards of the step left let it pass', () => {
    const known = { ...MODIFIED, knownSuppliers: [{ id: 'k', name: 'K' }] };
    expect(allowedEvents(after(known, [qualify]))).toEqual(['requirementAdded', 'stepRevisited', 'purchaseAbandoned']);
    expect(allowedEvents(after(known, [qualify, must]))).toEqual([
      'requirementAdded',
      'requirementRemoved',
      'specificationApproved',
      'stepRevisited',
      'stepSkipped',
      'purchaseAbandoned',
    ]);
  });
});

describe('a re-order without an offer', () => {
  const rebuy = (knownSuppliers: StartPurchaseInput['knownSuppliers'], policy = {}): PurchaseState =>
    after({ ...STRAIGHT, knownSuppliers, policy }, [qualify, must, skipTo('decision')]);
  const incumbent = { id: 'a', name: 'A', incumbent: true };

  it('selects the incumbent of a straight rebuy, and lists the selection', () => {
    const state = rebuy([incumbent]);
    expect(allowedEvents(state)).toEqual(['supplierSelected', 'stepRevisited', 'purchaseAbandoned']);
    expect(transition(state, select('a'))).toMatchObject({
      ok: true,
      state: { status: 'awarded', selection: { supplierId: 'a', reorder: true } },
    });
  });

  it('refuses any other supplier without an offer, saying only the incumbent may be re-ordered from', () => {
    expectRefused(
      rebuy([incumbent, { id: 'b', name: 'B' }]),
      select('b'),
      { guard: 'no-offer', id: 'b', reorderWithoutOffer: true },
      'supplier "b" has made no offer (only the incumbent may be re-ordered from without one)',
    );
  });

  it('refuses the incumbent too when the policy allows no re-order, and lists no selection', () => {
    const state = rebuy([incumbent], { reorderWithoutOffer: false });
    expect(allowedEvents(state)).toEqual(['stepRevisited', 'purchaseAbandoned']);
    expectRefused(
      state,
      select('a'),
      { guard: 'no-offer', id: 'a', reorderWithoutOffer: false },
      'supplier "a" has made no offer',
    );
  });

  it('refuses the incumbent of a new task without an offer', () => {
    const state = after({ knownSuppliers: [incumbent] }, [
      qualify,
      must,
      approve,
      identify('s1'),
      shortlist('s1'),
      shortlist('a'),
      negotiate,
      offer('s1'),
      decide,
    ]);
    expectRefused(
      state,
      select('a'),
      { guard: 'no-offer', id: 'a', reorderWithoutOffer: false },
      'supplier "a" has made no offer',
    );
  });
});

describe('allowedEvents leaves out what a guard needing no payload would refuse', () => {
  it.each([
    ['a purchase just started: no revisit from the first step', {}, [], ['needQualified', 'purchaseAbandoned']],
    [
      'a specification without requirements: none to remove',
      {},
      [qualify],
      ['requirementAdded', 'stepRevisited', 'purchaseAbandoned'],
    ],
    [
      'a supplier search with no supplier: none to shortlist or exclude',
      {},
      [qualify, must, approve],
      ['supplierIdentified', 'stepRevisited', 'purchaseAbandoned'],
    ],
    [
      'a supplier search whose one supplier is excluded: none to shortlist',
      {},
      [qualify, must, approve, identify('s1'), exclude('s1')],
      ['supplierIdentified', 'supplierExcluded', 'stepRevisited', 'purchaseAbandoned'],
    ],
    [
      'a supplier search with one supplier excluded and one identified',
      {},
      [qualify, must, approve, identify('s1'), identify('s2'), exclude('s1')],
      ['supplierIdentified', 'supplierShortlisted', 'supplierExcluded', 'stepRevisited', 'purchaseAbandoned'],
    ],
    [
      'an open procedure whose one shortlisted supplier has tendered: no second offer',
      OPEN,
      [qualify, must, approve, identify('s1'), identify('s2'), shortlist('s1'), exclude('s2'), negotiate, offer('s1')],
      ['supplierExcluded', 'decisionRequested', 'stepRevisited', 'purchaseAbandoned'],
    ],
  ] as const)('%s', (_, input, events, expected) => {
    expect(allowedEvents(after(input, events))).toEqual(expected);
  });
});

describe('the guards drawn on the arrows', () => {
  const skipArrows = (policy: PurchasePolicy): (readonly string[])[] =>
    processDefinition(policy)
      .transitions.filter((t) => t.event === 'stepSkipped')
      .map((t) => t.guards);

  it.each([
    [
      'straight rebuy: no shortlist into the decision',
      defaultPolicy(STRAIGHT.situation),
      [['skip-not-allowed', 'must-requirement']],
    ],
    [
      'rules from the first step, which has no guard of its own',
      defaultPolicy(
        {},
        {
          skips: [
            { from: 'need-recognition', to: 'supplier-search' },
            { from: 'need-recognition', to: 'negotiation' },
          ],
        },
      ),
      [['skip-not-allowed'], ['skip-not-allowed', 'min-shortlisted']],
    ],
  ] as const)('%s', (_, policy, guards) => {
    expect(skipArrows(policy)).toEqual(guards);
  });

  it('under an open procedure, names every guard of an offer, no-negotiation last', () => {
    expect(
      processDefinition(defaultPolicy(OPEN.situation)).transitions.find((t) => t.event === 'offerReceived')?.guards,
    ).toEqual(['unknown-supplier', 'excluded-supplier', 'not-shortlisted', 'no-negotiation']);
  });

  it('are, per event type, the guards the table names under the policy (each once)', () => {
    const policy = defaultPolicy(MODIFIED.situation, {
      skips: [
        { from: 'specification', to: 'negotiation', requires: 'known-suppliers' },
        { from: 'need-recognition', to: 'negotiation' },
      ],
    });
    const { transitions } = processDefinition(policy);
    for (const type of Object.keys(GUARDS) as PurchaseEventType[]) {
      const drawn = [...new Set(transitions.filter((t) => t.event === type).flatMap((t) => t.guards))];
      expect(GUARDS[type].names(policy), type).toEqual(drawn);
    }
  });
});
