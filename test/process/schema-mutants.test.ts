// The zod/mini schemas of src/process (policy.ts, events.ts, start.ts) on the paths that reach
// them: the policy overrides and the policy a situation resolves to (`defaultPolicy`), a policy
// drawn by `processDefinition`, the known suppliers and need of `startPurchase`, and an offer's
// currency in `transition`. What they accept must be accepted, and their refusals (path,
// expected, received) are part of the API.
//
// Each schema is built once, on first use (src/_lib/lazy.ts). A mutation run counts a schema's
// construction as covered by whichever test first builds it, and runs only that test against
// a mutant of it; so each test here loads the module anew (./fresh.ts) and builds the schemas
// it checks itself.
import { describe, expect, it } from 'vitest';
import {
  startPurchase,
  type ProcessSituation,
  type PurchaseEvent,
  type PurchasePolicy,
  type PurchasePolicyOverrides,
  type PurchaseState,
} from '../../src/process/index.js';
import { freshProcess } from './fresh.js';
import { START, at, purchaseIn, walk } from './fixtures.js';

describe('the policy overrides', () => {
  it.each<[string, ProcessSituation, PurchasePolicyOverrides]>([
    ['counts', {}, { minShortlisted: 0, minOffers: 3 }],
    ['reorderWithoutOffer: true, over a new task', { buyclass: 'new-task' }, { reorderWithoutOffer: true }],
    [
      'reorderWithoutOffer: false, over a straight rebuy',
      { buyclass: 'straight-rebuy' },
      { reorderWithoutOffer: false },
    ],
    ['negotiable: true, over the open procedure', { regime: 'public-tender' }, { negotiable: true }],
    ['negotiable: false, in a private purchase', {}, { negotiable: false }],
    [
      'a skip rule',
      {},
      {
        skips: [
          { from: 'need-recognition', to: 'supplier-search' },
          { from: 'specification', to: 'decision', requires: 'incumbent' },
        ],
      },
    ],
  ])('replace the default: %s', async (_, situation, overrides) => {
    const { defaultPolicy } = await freshProcess();
    expect(defaultPolicy(situation, overrides)).toMatchObject(overrides);
  });

  it.each<[string, unknown, string]>([
    ['a negative count', { minOffers: -1 }, 'policy.minOffers: expected an integer ≥ 0, received -1'],
    ['a fractional count', { minShortlisted: 1.5 }, 'policy.minShortlisted: expected an integer ≥ 0, received 1.5'],
    [
      'a reorderWithoutOffer that is not a boolean',
      { reorderWithoutOffer: 'yes' },
      'policy.reorderWithoutOffer: expected one of true | false, received "yes"',
    ],
    [
      'a negotiable that is not a boolean',
      { negotiable: 1 },
      'policy.negotiable: expected one of true | false, received 1',
    ],
    [
      'a skip rule with an unknown key',
      { skips: [{ from: 'specification', to: 'decision', when: 'urgent' }] },
      'policy.skips[0].when: expected no such field (not part of this input), received "urgent"',
    ],
    [
      'an unknown field',
      { maxOffers: 3 },
      'policy.maxOffers: expected no such field (not part of this input), received 3',
    ],
  ])('refuse %s, naming it', async (_, overrides, message) => {
    const { defaultPolicy } = await freshProcess();
    expect(() => defaultPolicy({}, overrides as PurchasePolicyOverrides)).toThrow(
      `Invalid buygrid input:\n- ${message}`,
    );
  });
});

describe('the policy', () => {
  it.each(['new-task', 'modified-rebuy', 'straight-rebuy'] as const)(
    'of a %s is the table of BUYCLASS_POLICIES, checked whole',
    async (buyclass) => {
      const { defaultPolicy, BUYCLASS_POLICIES } = await freshProcess();
      expect(defaultPolicy({ buyclass })).toEqual(BUYCLASS_POLICIES[buyclass]);
    },
  );

  it('of a public procedure may say negotiable: false', async () => {
    const { defaultPolicy } = await freshProcess();
    expect(defaultPolicy({ procedure: 'open' }).negotiable).toBe(false);
  });

  it.each<[string, Partial<Record<keyof PurchasePolicy, unknown>> & { skips?: unknown }, string]>([
    ['a fractional count', { minOffers: 0.5 }, 'policy.minOffers: expected an integer ≥ 0, received 0.5'],
    ['a negative count', { minShortlisted: -2 }, 'policy.minShortlisted: expected an integer ≥ 0, received -2'],
    [
      'a reorderWithoutOffer that is not a boolean',
      { reorderWithoutOffer: 'no' },
      'policy.reorderWithoutOffer: expected one of true | false, received "no"',
    ],
    [
      'a negotiable that is not a boolean',
      { negotiable: 0 },
      'policy.negotiable: expected one of true | false, received 0',
    ],
    [
      'a skip rule with an unknown key',
      { skips: [{ from: 'specification', to: 'decision', x: 1 }] },
      'policy.skips[0].x: expected no such field (not part of this input), received 1',
    ],
  ])('drawn by processDefinition refuses %s, naming it', async (_, change, message) => {
    const { processDefinition, BUYCLASS_POLICIES } = await freshProcess();
    const policy = { ...BUYCLASS_POLICIES['new-task'], ...change } as PurchasePolicy;
    expect(() => processDefinition(policy)).toThrow(`Invalid buygrid input:\n- ${message}`);
  });
});

describe('startPurchase', () => {
  it('takes known suppliers marked incumbent or not', async () => {
    const { startPurchase } = await freshProcess();
    const state = startPurchase({
      ...START,
      knownSuppliers: [
        { id: 's1', name: 'FilmCo', incumbent: true },
        { id: 's2', name: 'Foil AG', incumbent: false },
        { id: 's3', name: 'Wrap BV' },
      ],
    });
    // A supplier given without `incumbent` is kept without the key.
    expect(state.knownSuppliers).toStrictEqual([
      { id: 's1', name: 'FilmCo', incumbent: true },
      { id: 's2', name: 'Foil AG', incumbent: false },
      { id: 's3', name: 'Wrap BV' },
    ]);
    expect(state.suppliers.map((s) => s.incumbent)).toEqual([true, false, false]);
  });

  it('refuses a known supplier whose incumbent is not a boolean', async () => {
    const { startPurchase } = await freshProcess();
    const knownSuppliers = [{ id: 's1', name: 'FilmCo', incumbent: 'yes' }] as never;
    expect(() => startPurchase({ ...START, knownSuppliers })).toThrow(
      'knownSuppliers[0].incumbent: expected one of true | false, received "yes"',
    );
  });

  it.each(['internal', 'external'] as const)('takes a need with the trigger %s', async (trigger) => {
    const { startPurchase } = await freshProcess();
    expect(startPurchase({ ...START, need: { summary: 'Forklifts', trigger } }).need).toEqual({
      summary: 'Forklifts',
      trigger,
    });
  });

  it('refuses any other trigger, listing the two', async () => {
    const { startPurchase } = await freshProcess();
    const need = { summary: 'Forklifts', trigger: 'reorder-point' } as never;
    expect(() => startPurchase({ ...START, need })).toThrow(
      'need.trigger: expected one of "internal" | "external", received "reorder-point"',
    );
  });
});

describe('the currency of an offer', () => {
  it.each(['EURO', 'xEUR', 'eur', 'EU'])('refuses %j: three capital letters, nothing around them', async (currency) => {
    const { startPurchase, transition } = await freshProcess();
    const offer = { type: 'offerReceived', at: at(1), offer: { supplierId: 's1', amount: 10, currency } } as const;
    expect(() => transition(startPurchase(START), offer)).toThrow(
      `offer.currency: expected an ISO 4217 currency code (three capital letters, as EUR), received "${currency}"`,
    );
  });
});

describe('purchaseEventSchema', () => {
  // One well-formed event of each of the fifteen types, every optional field given.
  const EVERY_TYPE: readonly PurchaseEvent[] = [
    { type: 'needQualified', at: at(1), by: 'm1' },
    { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: '2.5 t', priority: 'should' } },
    { type: 'requirementRemoved', at: at(2), requirementId: 'r1' },
    { type: 'specificationApproved', at: at(3) },
    { type: 'supplierIdentified', at: at(4), supplier: { id: 's1', name: 'Lift AG', incumbent: false } },
    { type: 'supplierShortlisted', at: at(5), supplierId: 's1' },
    { type: 'supplierExcluded', at: at(5), supplierId: 's2', reason: 'too far' },
    { type: 'negotiationStarted', at: at(6) },
    {
      type: 'offerReceived',
      at: at(7),
      offer: { supplierId: 's1', amount: 1000, currency: 'EUR', leadTimeDays: 14, warrantyMonths: 24 },
    },
    { type: 'decisionRequested', at: at(8) },
    {
      type: 'supplierSelected',
      at: at(9),
      supplierId: 's1',
      orderRoutine: { kind: 'blanket', schedule: 'monthly', reference: 'FA-7' },
    },
    { type: 'stepRevisited', at: at(10), to: 'specification', reason: 'scope' },
    { type: 'stepSkipped', at: at(11), to: 'negotiation', reason: 'known suppliers' },
    { type: 'purchaseAbandoned', at: at(12), reason: 'budget', note: 'frozen' },
    { type: 'performanceReviewed', at: at(13), supplierId: 's1', satisfaction: 0.7, note: 'on time' },
  ];

  it('has one example of each of the fifteen types here', async () => {
    const { PURCHASE_EVENT_TYPES } = await freshProcess();
    expect(EVERY_TYPE.map((e) => e.type)).toEqual(PURCHASE_EVENT_TYPES);
  });

  it.each(EVERY_TYPE.map((e) => [e.type, e] as const))('accepts a well-formed %s event', async (_, event) => {
    const { purchaseEventSchema } = await freshProcess();
    expect(purchaseEventSchema.parse(event)).toEqual(event);
  });
});

describe('parsePurchaseState', () => {
  it.each<[string, () => PurchaseState]>([
    [
      'a need with an external trigger',
      () => startPurchase({ ...START, need: { summary: 'Film', trigger: 'external' } }),
    ],
    [
      'a need with an internal trigger',
      () => startPurchase({ ...START, need: { summary: 'Film', trigger: 'internal' } }),
    ],
    [
      'an award after an offer, with a performance review',
      () =>
        walk(purchaseIn('awarded'), [
          { type: 'performanceReviewed', at: at(20), supplierId: 's1', satisfaction: 0.8, note: 'on time' },
        ]),
    ],
    ['an abandonment', () => purchaseIn('abandoned')],
    [
      'a re-order from the incumbent, without an offer',
      () =>
        walk(
          startPurchase({
            ...START,
            situation: { buyclass: 'straight-rebuy' },
            knownSuppliers: [{ id: 's1', name: 'FilmCo', incumbent: true }],
          }),
          [
            { type: 'needQualified', at: at(1) },
            { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: 'as before' } },
            { type: 'stepSkipped', at: at(3), to: 'decision' },
            { type: 'supplierSelected', at: at(4), supplierId: 's1' },
          ],
        ),
    ],
  ])('restores a stored state with %s, as it was', async (_, make) => {
    const state = make();
    const { parsePurchaseState } = await freshProcess();
    expect(parsePurchaseState(JSON.stringify(state))).toEqual(state);
  });
});
