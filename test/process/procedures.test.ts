// The procedures of a public buyer, row by row, from Directive 2014/24/EU (arts. 27–34, 65(2)).
import { describe, expect, it } from 'vitest';
import {
  PROCEDURES,
  PROCEDURE_POLICIES,
  allowedEvents,
  defaultPolicy,
  startPurchase,
  transition,
  type Procedure,
  type PurchaseEvent,
  type PurchaseGuard,
  type PurchaseState,
} from '../../src/process/index.js';
import { START, at, walk } from './fixtures.js';

const NAMES = ['s1', 's2', 's3', 's4', 's5', 's6'];
/** A public purchase in supplier search, with `identified` suppliers, the first `shortlisted` of them shortlisted. */
function search(procedure: Procedure, identified: number, shortlisted: number): PurchaseState {
  const ids = NAMES.slice(0, identified);
  return walk(startPurchase({ ...START, situation: { procedure } }), [
    { type: 'needQualified', at: at(1) },
    { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: 'Grain 0–5 mm' } },
    { type: 'specificationApproved', at: at(3) },
    ...ids.map((id): PurchaseEvent => ({
      type: 'supplierIdentified',
      at: at(4),
      supplier: { id, name: id.toUpperCase() },
    })),
    ...ids
      .slice(0, shortlisted)
      .map((id): PurchaseEvent => ({ type: 'supplierShortlisted', at: at(5), supplierId: id })),
  ]);
}
const start = { type: 'negotiationStarted', at: at(6) } as const;
const exclude = (id: string): PurchaseEvent => ({
  type: 'supplierExcluded',
  at: at(5),
  supplierId: id,
  reason: 'fails the selection criteria',
});
const offer = (supplierId: string, amount: number): PurchaseEvent => ({
  type: 'offerReceived',
  at: at(7),
  offer: { supplierId, amount, currency: 'EUR' },
});
const guardOf = (state: PurchaseState, event: PurchaseEvent): PurchaseGuard | 'ok' | undefined => {
  const r = transition(state, event);
  return r.ok ? 'ok' : r.rejection.guard;
};

// [procedure, identified, shortlisted, extra events before negotiation, what negotiationStarted gets] — art. 65(2) and art. 27.
const shortlists: [string, Procedure, number, number, PurchaseEvent[], PurchaseGuard | 'ok'][] = [
  ['open: 2 tenderers, no preselection (art. 27)', 'open', 2, 2, [], 'ok'],
  ['open: a tenderer neither shortlisted nor excluded', 'open', 3, 2, [], 'min-shortlisted'],
  ['open: the third tenderer excluded', 'open', 3, 2, [exclude('s3')], 'ok'],
  ['restricted: 5 candidates invited (art. 65(2))', 'restricted', 6, 5, [], 'ok'],
  ['restricted: 4 invited while another qualifies', 'restricted', 5, 4, [], 'min-shortlisted'],
  [
    'restricted: fewer qualify, all who do are invited',
    'restricted',
    5,
    2,
    [exclude('s3'), exclude('s4'), exclude('s5')],
    'ok',
  ],
  ['competitive with negotiation: 3 invited', 'competitive-with-negotiation', 4, 3, [], 'ok'],
  ['competitive with negotiation: 2 of 4', 'competitive-with-negotiation', 4, 2, [], 'min-shortlisted'],
  ['competitive dialogue: 2 of 4', 'competitive-dialogue', 4, 2, [], 'min-shortlisted'],
  ['competitive dialogue: the only 2 who qualify', 'competitive-dialogue', 3, 2, [exclude('s3')], 'ok'],
  ['innovation partnership: 3 invited', 'innovation-partnership', 3, 3, [], 'ok'],
  ['innovation partnership: nobody qualifies', 'innovation-partnership', 1, 0, [exclude('s1')], 'min-shortlisted'],
  ['negotiated without publication: one supplier (art. 32)', 'negotiated-without-publication', 3, 1, [], 'ok'],
  [
    'dynamic purchasing system: every admitted supplier invited (art. 34(6))',
    'dynamic-purchasing-system',
    3,
    3,
    [],
    'ok',
  ],
  [
    'dynamic purchasing system: one admitted supplier left out',
    'dynamic-purchasing-system',
    3,
    2,
    [],
    'min-shortlisted',
  ],
  ['below threshold: the private minimum (an assumption)', 'below-threshold', 3, 1, [], 'ok'],
  ['framework call-off, reopening competition the long way', 'framework-call-off', 2, 1, [], 'ok'],
];

describe('the shortlist of each procedure', () => {
  it.each(shortlists)('%s', (_, procedure, identified, shortlisted, before, expected) => {
    const state = walk(search(procedure, identified, shortlisted), before);
    expect(guardOf(state, start)).toBe(expected);
    expect(allowedEvents(state).includes('negotiationStarted')).toBe(expected === 'ok');
  });

  it('covers every procedure', () => {
    expect(new Set(shortlists.map((row) => row[1]))).toEqual(new Set(PROCEDURES));
  });
});

// [procedure, what a second offer from the same supplier gets]: negotiation only outside open and restricted procedures.
const revisions: [Procedure, PurchaseGuard | 'ok'][] = [
  ['open', 'no-negotiation'],
  ['restricted', 'no-negotiation'],
  ['dynamic-purchasing-system', 'no-negotiation'],
  ['competitive-with-negotiation', 'ok'],
  ['competitive-dialogue', 'ok'],
  ['innovation-partnership', 'ok'],
  ['negotiated-without-publication', 'ok'],
  ['below-threshold', 'ok'],
  ['framework-call-off', 'ok'],
];

describe('tenders and the decision under each procedure', () => {
  it.each(revisions)('%s: a second offer from the same supplier → %s', (procedure, expected) => {
    const n = procedure === 'restricted' ? 5 : 3;
    const negotiation = walk(search(procedure, n, n), [start, offer('s1', 1000)]);
    expect(guardOf(negotiation, offer('s1', 900))).toBe(expected);
    expect(guardOf(negotiation, offer('s2', 950))).toBe('ok');
    expect(allowedEvents(walk(negotiation, [offer('s2', 1), offer('s3', 1)])).includes('offerReceived')).toBe(
      expected === 'ok' || n > 3,
    );
  });

  it.each(PROCEDURES.map((p) => [p] as const))(
    '%s: one compliant tender can be awarded (no minimum number of tenders)',
    (procedure) => {
      const n = procedure === 'restricted' ? 5 : 3;
      const awarded = walk(search(procedure, n, n), [
        start,
        offer('s2', 1000),
        { type: 'decisionRequested', at: at(8) },
        { type: 'supplierSelected', at: at(9), supplierId: 's2' },
      ]);
      expect(awarded.selection).toEqual({ supplierId: 's2', at: at(9), reorder: false });
      expect(PROCEDURE_POLICIES[procedure].policy.minOffers).toBe(1);
    },
  );

  it('explains the refusal of a negotiated tender', () => {
    const negotiation = walk(search('open', 2, 2), [start, offer('s1', 1000)]);
    const r = transition(negotiation, offer('s1', 900));
    expect(r.ok ? '' : r.rejection.message).toBe(
      '"s1" has already tendered, and tenders are not negotiated under an open procedure',
    );
    expect(r.state).toBe(negotiation);
  });
});

describe('a call-off under a framework agreement (art. 33(3), 33(4)(a))', () => {
  const holders = {
    ...START,
    situation: { procedure: 'framework-call-off' as const },
    knownSuppliers: [
      { id: 'h1', name: 'Holder 1', incumbent: true },
      { id: 'h2', name: 'Holder 2', incumbent: true },
    ],
  };
  const spec = (): PurchaseState =>
    walk(startPurchase(holders), [
      { type: 'needQualified', at: at(1) },
      { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: '40 t de-icing salt' } },
    ]);

  it('re-orders from a framework holder without a new offer', () => {
    const awarded = walk(spec(), [
      { type: 'stepSkipped', at: at(3), to: 'decision', reason: 'call-off on the framework terms' },
      {
        type: 'supplierSelected',
        at: at(4),
        supplierId: 'h1',
        orderRoutine: { kind: 'call-off', reference: 'FA-2025-07' },
      },
    ]);
    expect(awarded.selection).toEqual({
      supplierId: 'h1',
      at: at(4),
      reorder: true,
      orderRoutine: { kind: 'call-off', reference: 'FA-2025-07' },
    });
  });

  it('reopens competition among the holders, who are shortlisted by the skip (art. 33(4)(c), 33(5))', () => {
    const negotiation = walk(spec(), [{ type: 'stepSkipped', at: at(3), to: 'negotiation' }]);
    expect(negotiation.suppliers.map((s) => s.status)).toEqual(['shortlisted', 'shortlisted']);
  });

  it('refuses a call-off without a framework holder', () => {
    const none = walk(startPurchase({ ...START, situation: { procedure: 'framework-call-off' } }), [
      { type: 'needQualified', at: at(1) },
      { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: 'x' } },
    ]);
    expect(guardOf(none, { type: 'stepSkipped', at: at(3), to: 'decision' })).toBe('skip-not-allowed');
  });
});

describe('PROCEDURE_POLICIES', () => {
  it('gives every procedure a row with its article, and defaultPolicy returns that row', () => {
    for (const procedure of PROCEDURES) {
      const row = PROCEDURE_POLICIES[procedure];
      expect(row.article).toMatch(procedure === 'below-threshold' ? /national rules/ : /^Directive 2014\/24\/EU art/);
      expect(defaultPolicy({ procedure })).toEqual(row.policy);
    }
  });
  it('sets the minimums of art. 65(2): 5 in a restricted procedure, 3 with negotiation, in a dialogue and a partnership', () => {
    expect(PROCEDURES.map((p) => PROCEDURE_POLICIES[p].policy.minShortlisted)).toEqual([1, 5, 3, 3, 3, 1, 1, 1, 1]);
  });
});
