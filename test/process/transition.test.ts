import { describe, expect, it } from 'vitest';
import {
  BuygridInputError,
  PURCHASE_EVENT_TYPES,
  STATUS_EVENTS,
  allowedEvents,
  can,
  replay,
  startPurchase,
  transition,
  type PurchaseEvent,
  type PurchaseGuard,
  type PurchaseState,
} from '../../src/process/index.js';
import { START, at, purchaseIn, walk } from './fixtures.js';

type Row = [string, () => PurchaseState, PurchaseEvent, string];

// Every row of the transition table, accepted: [name, state, event, status after].
const accepted: Row[] = [
  [
    'needQualified → specification',
    () => purchaseIn('need-recognition'),
    { type: 'needQualified', at: at(1) },
    'specification',
  ],
  [
    'requirementAdded stays',
    () => purchaseIn('specification'),
    { type: 'requirementAdded', at: at(2), requirement: { id: 'r9', text: 'x', priority: 'could' } },
    'specification',
  ],
  [
    'requirementRemoved stays',
    () => purchaseIn('specification'),
    { type: 'requirementRemoved', at: at(2), requirementId: 'r1' },
    'specification',
  ],
  [
    'specificationApproved → supplier-search',
    () => purchaseIn('specification'),
    { type: 'specificationApproved', at: at(3) },
    'supplier-search',
  ],
  [
    'supplierIdentified stays',
    () => purchaseIn('supplier-search'),
    { type: 'supplierIdentified', at: at(6), supplier: { id: 's9', name: 'N', incumbent: true } },
    'supplier-search',
  ],
  [
    'supplierShortlisted stays',
    () => purchaseIn('supplier-search'),
    { type: 'supplierShortlisted', at: at(5), supplierId: 's3' },
    'supplier-search',
  ],
  [
    'supplierExcluded in supplier-search',
    () => purchaseIn('supplier-search'),
    { type: 'supplierExcluded', at: at(5), supplierId: 's3', reason: 'too far' },
    'supplier-search',
  ],
  [
    'negotiationStarted → negotiation',
    () => purchaseIn('supplier-search'),
    { type: 'negotiationStarted', at: at(6) },
    'negotiation',
  ],
  [
    'supplierExcluded in negotiation',
    () => purchaseIn('negotiation'),
    { type: 'supplierExcluded', at: at(7), supplierId: 's2' },
    'negotiation',
  ],
  [
    'offerReceived stays',
    () => purchaseIn('negotiation'),
    {
      type: 'offerReceived',
      at: at(7),
      offer: { supplierId: 's2', amount: 9, currency: 'USD', leadTimeDays: 3, warrantyMonths: 12 },
    },
    'negotiation',
  ],
  [
    'decisionRequested → decision',
    () => purchaseIn('negotiation'),
    { type: 'decisionRequested', at: at(8) },
    'decision',
  ],
  [
    'supplierSelected → awarded',
    () => purchaseIn('decision'),
    { type: 'supplierSelected', at: at(9), supplierId: 's1' },
    'awarded',
  ],
  [
    'stepRevisited back',
    () => purchaseIn('negotiation'),
    { type: 'stepRevisited', at: at(9), to: 'specification', reason: 'scope changed' },
    'specification',
  ],
  [
    'purchaseAbandoned → abandoned',
    () => purchaseIn('decision'),
    { type: 'purchaseAbandoned', at: at(9), reason: 'no-decision', note: 'frozen' },
    'abandoned',
  ],
  [
    'performanceReviewed in awarded',
    () => purchaseIn('awarded'),
    { type: 'performanceReviewed', at: at(99), supplierId: 's1', satisfaction: 0.9 },
    'awarded',
  ],
  [
    'stepSkipped in a modified rebuy',
    () =>
      walk(
        purchaseIn('specification', {
          ...START,
          situation: { buyclass: 'modified-rebuy' },
          knownSuppliers: [{ id: 'k1', name: 'K' }],
        }),
        [],
      ),
    { type: 'stepSkipped', at: at(4), to: 'negotiation' },
    'negotiation',
  ],
];

// Every guard, refused: [name, state, event, guard].
const refused: [string, () => PurchaseState, PurchaseEvent, PurchaseGuard][] = [
  [
    'an event dated before the last',
    () => purchaseIn('specification'),
    { type: 'specificationApproved', at: at(0) },
    'chronological',
  ],
  [
    'a duplicate requirement id',
    () => purchaseIn('specification'),
    { type: 'requirementAdded', at: at(3), requirement: { id: 'r1', text: 'x' } },
    'duplicate-id',
  ],
  [
    'removing an unknown requirement',
    () => purchaseIn('specification'),
    { type: 'requirementRemoved', at: at(3), requirementId: 'nope' },
    'unknown-requirement',
  ],
  [
    'approval without a must requirement',
    () => purchaseIn('need-recognition'),
    { type: 'needQualified', at: at(1) },
    'must-requirement',
  ],
  [
    'a duplicate supplier id',
    () => purchaseIn('supplier-search'),
    { type: 'supplierIdentified', at: at(6), supplier: { id: 's1', name: 'x' } },
    'duplicate-id',
  ],
  [
    'shortlisting an unknown supplier',
    () => purchaseIn('supplier-search'),
    { type: 'supplierShortlisted', at: at(6), supplierId: 'x' },
    'unknown-supplier',
  ],
  [
    'excluding an unknown supplier',
    () => purchaseIn('supplier-search'),
    { type: 'supplierExcluded', at: at(6), supplierId: 'x' },
    'unknown-supplier',
  ],
  [
    'an offer from an unknown supplier',
    () => purchaseIn('negotiation'),
    { type: 'offerReceived', at: at(8), offer: { supplierId: 'x', amount: 1, currency: 'EUR' } },
    'unknown-supplier',
  ],
  [
    'an offer from a supplier not shortlisted',
    () => purchaseIn('negotiation'),
    { type: 'offerReceived', at: at(8), offer: { supplierId: 's3', amount: 1, currency: 'EUR' } },
    'not-shortlisted',
  ],
  [
    'selecting a supplier without an offer',
    () => purchaseIn('decision'),
    { type: 'supplierSelected', at: at(9), supplierId: 's2' },
    'no-offer',
  ],
  [
    'selecting an unknown supplier',
    () => purchaseIn('decision'),
    { type: 'supplierSelected', at: at(9), supplierId: 'x' },
    'unknown-supplier',
  ],
  [
    'revisiting a later step',
    () => purchaseIn('specification'),
    { type: 'stepRevisited', at: at(3), to: 'decision', reason: 'x' },
    'not-earlier-step',
  ],
  [
    'revisiting from the first step',
    () => purchaseIn('need-recognition'),
    { type: 'stepRevisited', at: at(1), to: 'need-recognition', reason: 'x' },
    'not-earlier-step',
  ],
  [
    'skipping in a new task',
    () => purchaseIn('specification'),
    { type: 'stepSkipped', at: at(3), to: 'negotiation' },
    'skip-not-allowed',
  ],
  [
    'reviewing an unknown supplier',
    () => purchaseIn('awarded'),
    { type: 'performanceReviewed', at: at(99), supplierId: 'x', satisfaction: 1 },
    'unknown-supplier',
  ],
  [
    'negotiation with too few shortlisted under a restricted procedure',
    () => purchaseIn('supplier-search', { ...START, situation: { procedure: 'restricted' } }),
    { type: 'negotiationStarted', at: at(6) },
    'min-shortlisted',
  ],
];

describe('transition', () => {
  it.each(accepted)('accepts %s', (_, state, event, status) => {
    const before = state();
    const result = transition(before, event);
    expect(result.ok).toBe(true);
    expect(result.state.status).toBe(status);
    expect(result.state.history.at(-1)).toEqual(event);
    expect(Object.isFrozen(result.state.history.at(-1))).toBe(true);
  });

  it.each(refused)('refuses %s with guard %s', (_, state, event, guard) => {
    let before = state();
    // The must-requirement row needs an empty specification: qualify first.
    if (guard === 'must-requirement') before = walk(before, [event]);
    const probe = guard === 'must-requirement' ? ({ type: 'specificationApproved', at: at(2) } as const) : event;
    const result = transition(before, probe);
    expect(result).toMatchObject({ ok: false, rejection: { code: 'guard', guard } });
    expect(result.state).toBe(before);
    expect(can(before, probe)).toBe(false);
  });

  it('refuses an excluded supplier in every guard that names one', () => {
    const negotiation = walk(purchaseIn('negotiation'), [{ type: 'supplierExcluded', at: at(7), supplierId: 's1' }]);
    const offer = transition(negotiation, {
      type: 'offerReceived',
      at: at(7),
      offer: { supplierId: 's1', amount: 1, currency: 'EUR' },
    });
    expect(offer).toMatchObject({ ok: false, rejection: { guard: 'excluded-supplier' } });
    const search = walk(purchaseIn('supplier-search'), [{ type: 'supplierExcluded', at: at(5), supplierId: 's3' }]);
    expect(transition(search, { type: 'supplierShortlisted', at: at(5), supplierId: 's3' })).toMatchObject({
      rejection: { guard: 'excluded-supplier' },
    });
  });

  it('explains min-shortlisted in words a buyer understands', () => {
    const result = transition(purchaseIn('supplier-search', { ...START, situation: { procedure: 'restricted' } }), {
      type: 'negotiationStarted',
      at: at(6),
    });
    expect(result.ok ? '' : result.rejection.message).toBe(
      'negotiation needs at least 5 shortlisted suppliers under a restricted procedure, or all who qualify when fewer do; 2 are shortlisted and "s3" is neither shortlisted nor excluded',
    );
    const private3 = transition(purchaseIn('supplier-search', { ...START, policy: { minShortlisted: 3 } }), {
      type: 'negotiationStarted',
      at: at(6),
    });
    expect(private3.ok ? '' : private3.rejection.message).toBe(
      'negotiation needs at least 3 shortlisted suppliers; 2 are shortlisted',
    );
  });

  it('refuses min-offers until enough suppliers have offered', () => {
    const tender = {
      ...START,
      situation: { procedure: 'competitive-with-negotiation' as const },
      policy: { minOffers: 3 },
    };
    const search = walk(purchaseIn('supplier-search', tender), [
      { type: 'supplierShortlisted', at: at(5), supplierId: 's3' },
      { type: 'negotiationStarted', at: at(6) },
    ]);
    const r = transition(search, { type: 'decisionRequested', at: at(7) });
    expect(r).toMatchObject({
      ok: false,
      rejection: {
        guard: 'min-offers',
        message:
          'the decision needs offers from at least 3 suppliers under a competitive procedure with negotiation; no offers received',
      },
    });
  });

  it('refuses with terminal in an outcome, and not-allowed for an event the step does not take', () => {
    expect(transition(purchaseIn('awarded'), { type: 'needQualified', at: at(99) })).toMatchObject({
      rejection: { code: 'terminal' },
    });
    expect(
      transition(purchaseIn('abandoned'), {
        type: 'performanceReviewed',
        at: at(99),
        supplierId: 's1',
        satisfaction: 1,
      }),
    ).toMatchObject({
      rejection: { code: 'not-allowed' },
    });
    expect(transition(purchaseIn('need-recognition'), { type: 'decisionRequested', at: at(1) })).toMatchObject({
      rejection: { code: 'not-allowed' },
    });
    expect(
      transition(purchaseIn('specification'), {
        type: 'performanceReviewed',
        at: at(9),
        supplierId: 's1',
        satisfaction: 1,
      }),
    ).toMatchObject({
      rejection: { code: 'not-allowed' },
    });
  });

  it('checks terminal before chronological, chronological before role, role before the step guards', () => {
    const center = { members: [{ id: 'u1', name: 'U', roles: ['user' as const], influence: 0.5 }] };
    const spec = purchaseIn('need-recognition');
    const empty = walk(spec, [{ type: 'needQualified', at: at(1) }]);
    expect(
      transition(empty, { type: 'specificationApproved', at: at(0), by: 'u1' }, { buyingCenter: center }),
    ).toMatchObject({ rejection: { guard: 'chronological' } });
    expect(
      transition(empty, { type: 'specificationApproved', at: at(2), by: 'u1' }, { buyingCenter: center }),
    ).toMatchObject({ rejection: { guard: 'role' } });
    expect(transition(empty, { type: 'specificationApproved', at: at(2), by: 'u1' })).toMatchObject({
      rejection: { guard: 'must-requirement' },
    });
    expect(transition(purchaseIn('awarded'), { type: 'needQualified', at: at(0) })).toMatchObject({
      rejection: { code: 'terminal' },
    });
  });

  it('applies role rules only when a buying center is given', () => {
    const center = {
      members: [
        { id: 'd1', name: 'D', roles: ['decider' as const], influence: 1 },
        { id: 'b1', name: 'B', roles: [], influence: 0 },
      ],
    };
    const decision = purchaseIn('decision');
    const select = { type: 'supplierSelected', at: at(9), supplierId: 's1' } as const;
    expect(transition(decision, { ...select, by: 'd1' }, { buyingCenter: center }).ok).toBe(true);
    expect(transition(decision, select, { buyingCenter: center })).toMatchObject({
      rejection: { guard: 'role', message: expect.stringContaining('no member was named') as unknown },
    });
    expect(transition(decision, { ...select, by: 'zz' }, { buyingCenter: center })).toMatchObject({
      rejection: { message: expect.stringContaining('not a member') as unknown },
    });
    expect(transition(decision, { ...select, by: 'b1' }, { buyingCenter: center })).toMatchObject({
      rejection: { message: expect.stringContaining('no role') as unknown },
    });
    expect(
      transition(
        decision,
        { type: 'stepRevisited', at: at(9), to: 'negotiation', reason: 'r' },
        { buyingCenter: center },
      ).ok,
    ).toBe(true);
    expect(() => transition(decision, { ...select, by: 'd1' }, { buyingCenter: { members: 'x' } as never })).toThrow(
      BuygridInputError,
    );
  });

  it('revises an offer: the latest counts, with its revision count', () => {
    const s = walk(purchaseIn('negotiation'), [
      { type: 'offerReceived', at: at(8), offer: { supplierId: 's1', amount: 900, currency: 'EUR' } },
    ]);
    expect(s.offers).toEqual([{ supplierId: 's1', amount: 900, currency: 'EUR', at: at(8), revisions: 1 }]);
  });

  it('shares unchanged parts with the previous state and freezes the new one', () => {
    const before = purchaseIn('negotiation');
    const after = transition(before, {
      type: 'offerReceived',
      at: at(8),
      offer: { supplierId: 's2', amount: 1, currency: 'EUR' },
    }).state;
    expect(after.suppliers).toBe(before.suppliers);
    expect(after.requirements).toBe(before.requirements);
    expect(Object.isFrozen(after) && Object.isFrozen(after.offers) && Object.isFrozen(after.offers[1])).toBe(true);
  });

  it('straight rebuy: skips to decision and re-orders from the incumbent without an offer', () => {
    // The Buygrid as Kotler reproduces it: need recognition "no" (a trigger), product specification "yes".
    const confirm: PurchaseEvent[] = [
      { type: 'needQualified', at: at(1) },
      { type: 'requirementAdded', at: at(1), requirement: { id: 'r', text: 'same film' } },
    ];
    const start = startPurchase({
      ...START,
      situation: { buyclass: 'straight-rebuy' },
      knownSuppliers: [{ id: 'k1', name: 'K', incumbent: true }],
    });
    expect(transition(start, { type: 'stepSkipped', at: at(1), to: 'decision' })).toMatchObject({
      rejection: { guard: 'skip-not-allowed' },
    });
    const spec = walk(start, confirm.slice(0, 1));
    expect(transition(spec, { type: 'stepSkipped', at: at(1), to: 'decision' })).toMatchObject({
      rejection: { guard: 'must-requirement' },
    });
    const s = walk(start, [
      ...confirm,
      { type: 'stepSkipped', at: at(1), to: 'decision' },
      { type: 'supplierSelected', at: at(2), supplierId: 'k1', orderRoutine: { kind: 'blanket', schedule: 'monthly' } },
    ]);
    expect(s.selection).toEqual({
      supplierId: 'k1',
      at: at(2),
      reorder: true,
      orderRoutine: { kind: 'blanket', schedule: 'monthly' },
    });
    const none = walk(startPurchase({ ...START, situation: { buyclass: 'straight-rebuy' } }), confirm);
    expect(transition(none, { type: 'stepSkipped', at: at(1), to: 'decision' })).toMatchObject({
      rejection: { guard: 'skip-not-allowed', message: expect.stringContaining('incumbent') as unknown },
    });
  });

  it('straight rebuy: a buyer may re-order, as a decider may (routine buying: Kotler & Armstrong 17e p. 193)', () => {
    const center = {
      members: [
        { id: 'b1', name: 'B', roles: ['buyer' as const], influence: 1 },
        { id: 'u1', name: 'U', roles: ['user' as const], influence: 0 },
      ],
    };
    const ready = walk(
      startPurchase({
        ...START,
        situation: { buyclass: 'straight-rebuy' },
        knownSuppliers: [{ id: 'k1', name: 'K', incumbent: true }],
      }),
      [
        { type: 'needQualified', at: at(1) },
        { type: 'requirementAdded', at: at(1), requirement: { id: 'r', text: 'same film' } },
        { type: 'stepSkipped', at: at(1), to: 'decision' },
      ],
    );
    expect(
      transition(ready, { type: 'supplierSelected', at: at(2), supplierId: 'k1', by: 'b1' }, { buyingCenter: center })
        .ok,
    ).toBe(true);
    expect(
      transition(ready, { type: 'supplierSelected', at: at(2), supplierId: 'k1', by: 'u1' }, { buyingCenter: center }),
    ).toMatchObject({ rejection: { guard: 'role' } });
    // In a new task the buyer still may not select.
    expect(
      transition(
        purchaseIn('decision'),
        { type: 'supplierSelected', at: at(9), supplierId: 's1', by: 'b1' },
        { buyingCenter: center },
      ),
    ).toMatchObject({ rejection: { guard: 'role' } });
  });

  it('modified rebuy: the skip needs known suppliers and a must requirement', () => {
    const spec = purchaseIn('specification', { ...START, situation: { buyclass: 'modified-rebuy' } });
    expect(transition(spec, { type: 'stepSkipped', at: at(4), to: 'negotiation' })).toMatchObject({
      rejection: { message: expect.stringContaining('known suppliers') as unknown },
    });
    const known = walk(
      purchaseIn('need-recognition', {
        ...START,
        situation: { buyclass: 'modified-rebuy' },
        knownSuppliers: [{ id: 'k1', name: 'K' }],
      }),
      [{ type: 'needQualified', at: at(1) }],
    );
    expect(transition(known, { type: 'stepSkipped', at: at(4), to: 'negotiation' })).toMatchObject({
      rejection: { guard: 'must-requirement' },
    });
    const few = startPurchase({
      ...START,
      situation: { buyclass: 'modified-rebuy' },
      knownSuppliers: [{ id: 'k1', name: 'K' }],
      policy: { minShortlisted: 2 },
    });
    const ready = walk(few, [
      { type: 'needQualified', at: at(1) },
      { type: 'requirementAdded', at: at(2), requirement: { id: 'r', text: 't' } },
    ]);
    expect(transition(ready, { type: 'stepSkipped', at: at(4), to: 'negotiation' })).toMatchObject({
      rejection: { guard: 'min-shortlisted' },
    });
    expect(transition(ready, { type: 'stepSkipped', at: at(4), to: 'need-recognition' })).toMatchObject({
      rejection: { guard: 'skip-not-allowed' },
    });
    const ok = walk(ready, [{ type: 'stepRevisited', at: at(3), to: 'need-recognition', reason: 'x' }]);
    expect(allowedEvents(ok)).not.toContain('stepSkipped');
  });

  it('throws BuygridInputError for bad input and changes nothing', () => {
    const s = purchaseIn('negotiation');
    const bad: unknown[] = [
      { type: 'nope', at: at(1) },
      { type: 'offerReceived', at: at(8), offer: { supplierId: 's1', amount: Number.NaN, currency: 'EUR' } },
      { type: 'offerReceived', at: at(8), offer: { supplierId: 's1', amount: -1, currency: 'EUR' } },
      { type: 'offerReceived', at: at(8), offer: { supplierId: 's1', amount: 1, currency: 'euro' } },
      { type: 'decisionRequested', at: 'yesterday' },
      JSON.parse('{"type":"decisionRequested","at":"2026-03-02T00:00:00Z","__proto__":{"x":1}}'),
      null,
    ];
    for (const event of bad) expect(() => transition(s, event as PurchaseEvent)).toThrow(BuygridInputError);
    expect(() => transition(s, { type: 'nope' } as never)).toThrow(
      /type: expected one of needQualified \| requirementAdded/,
    );
    expect(() => transition(s, bad[1] as PurchaseEvent)).toThrow('offer.amount: expected a finite number');
    expect(() => transition(s, bad[3] as PurchaseEvent)).toThrow('offer.currency: expected an ISO 4217 currency code');
    expect(() => transition(s, bad[5] as PurchaseEvent)).toThrow('__proto__: expected no such field');
    expect(() => transition({} as PurchaseState, bad[4] as PurchaseEvent)).toThrow(
      'state.schemaVersion: expected 1, received undefined',
    );
  });
});

describe('allowedEvents and can', () => {
  it('lists what the step takes, less what a payload-free guard refuses', () => {
    expect(allowedEvents(purchaseIn('specification'))).toEqual([
      'requirementAdded',
      'requirementRemoved',
      'specificationApproved',
      'stepRevisited',
      'purchaseAbandoned',
    ]);
    expect(allowedEvents(walk(purchaseIn('need-recognition'), [{ type: 'needQualified', at: at(1) }]))).not.toContain(
      'specificationApproved',
    );
    expect(allowedEvents(purchaseIn('decision'))).toContain('supplierSelected');
    expect(allowedEvents(purchaseIn('awarded'))).toEqual(['performanceReviewed']);
    expect(allowedEvents(purchaseIn('abandoned'))).toEqual([]);
    const tender = purchaseIn('supplier-search', { ...START, situation: { regime: 'public-tender' } });
    expect(allowedEvents(tender)).not.toContain('negotiationStarted');
  });

  it('every status of the table lists only known event types', () => {
    for (const events of Object.values(STATUS_EVENTS))
      for (const e of events) expect(PURCHASE_EVENT_TYPES).toContain(e);
  });
});

// Findings F2 (../shared/research/hostile-input.md): a state or a center taken on trust.
describe('a state the library did not make', () => {
  const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const select = { type: 'supplierSelected', at: at(30), supplierId: 'evil' } as const;

  it('refuses a tampered state: no award for a purchase that never received an offer', () => {
    const s = json(startPurchase(START)) as unknown as Record<string, unknown>;
    Object.assign(s, { status: 'decision', history: [], offers: [] });
    s['suppliers'] = [{ id: 'evil', name: 'Evil Corp', status: 'known', incumbent: true }];
    (s['policy'] as Record<string, unknown>)['reorderWithoutOffer'] = true;
    expect(() => transition(s as never, select)).toThrow(BuygridInputError);
    expect(() => transition(s as never, select)).toThrow(/state\.\w+: expected .*what the history replays to/);
    expect(() => can(s as never, select)).toThrow(BuygridInputError);
    expect(() => allowedEvents(s as never)).toThrow(BuygridInputError);
  });
  it.each([
    ['a status that is a key of every object', { status: '__proto__' }, 'state.status'],
    ['an unknown status', { status: 'bogus' }, 'state.status'],
    ['no history', { history: undefined }, 'state.history'],
    ['suppliers null', { suppliers: null }, 'state.suppliers'],
    ['a history that is an object', { history: {} }, 'state.history'],
    ['an extra key', { extra: 1 }, 'state.extra'],
  ])('refuses %s with a BuygridInputError, never a TypeError', (_, patch, path) => {
    const s = { ...json(purchaseIn('negotiation')), ...patch } as never;
    for (const call of [() => transition(s, select), () => can(s, select), () => allowedEvents(s)]) {
      expect(call).toThrow(BuygridInputError);
      expect(call).toThrow(path);
    }
  });
  it('takes a valid JSON copy as the state it copies, and never returns or freezes the copy', () => {
    const state = purchaseIn('negotiation');
    const copy = json(state);
    const event = { type: 'decisionRequested', at: at(30) } as const;
    expect(transition(copy, event)).toEqual(transition(state, event));
    const refused = transition(copy, { type: 'negotiationStarted', at: at(30) });
    expect(refused.ok).toBe(false);
    expect(refused.state).not.toBe(copy);
    expect(refused.state).toEqual(state);
    expect(Object.isFrozen(refused.state)).toBe(true);
    expect(Object.isFrozen(copy)).toBe(false);
    expect(allowedEvents(copy)).toEqual(allowedEvents(state));
  });
  it('takes a state it made as it is: a refusal returns that very object', () => {
    const state = purchaseIn('negotiation');
    expect(transition(state, { type: 'negotiationStarted', at: at(30) }).state).toBe(state);
  });
  it('does not take an object inheriting from a state it made', () => {
    const heir = Object.create(purchaseIn('negotiation')) as PurchaseState;
    expect(() => transition(heir, { type: 'decisionRequested', at: at(30) })).toThrow(
      'state: expected a purchase state',
    );
  });
});

describe('the context of a transition', () => {
  const state = purchaseIn('decision');
  const select = { type: 'supplierSelected', at: at(30), supplierId: 's1', by: 'bo' } as const;
  const member = { id: 'bo', name: 'Bo', roles: ['decider'], influence: 0.8 };
  it.each([
    ['a number', 5, 'context: expected an object'],
    ['an unknown field', { center: {} }, 'context.center: expected no such field'],
    ['a member that is null', { buyingCenter: { members: [null] } }, 'context.buyingCenter.members[0]'],
    [
      'roles as a string',
      { buyingCenter: { members: [{ ...member, roles: 'decider' }] } },
      'context.buyingCenter.members[0].roles',
    ],
    [
      'an unknown role',
      { buyingCenter: { members: [{ ...member, roles: ['superuser'] }] } },
      'context.buyingCenter.members[0].roles[0]',
    ],
    ['two members with one id', { buyingCenter: { members: [member, member] } }, 'context.buyingCenter.members[1].id'],
  ])('refuses %s with a BuygridInputError naming it', (_, context, message) => {
    expect(() => transition(state, select, context as never)).toThrow(message);
    expect(() => can(state, select, context as never)).toThrow(message);
    expect(() => replay(START, state.history, context as never)).toThrow(message);
  });
  it('checks the role rule against a center given as plain data', () => {
    expect(transition(state, select, { buyingCenter: { members: [member] } as never }).ok).toBe(true);
    const buyer = { buyingCenter: { members: [{ ...member, roles: ['buyer'] }] } as never };
    expect(transition(state, select, buyer)).toMatchObject({ ok: false, rejection: { guard: 'role' } });
  });
});
