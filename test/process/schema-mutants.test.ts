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
import type { ProcessSituation, PurchasePolicy, PurchasePolicyOverrides } from '../../src/process/index.js';
import { freshProcess } from './fresh.js';
import { START, at } from './fixtures.js';

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
    expect(state.knownSuppliers).toEqual([
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
