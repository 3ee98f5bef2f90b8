// Properties of the machine over random event sequences (well-formed events, often refused).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  PROCEDURES,
  PURCHASE_EVENT_TYPES,
  allowedEvents,
  processDefinition,
  parsePurchaseState,
  purchaseEventSchema,
  replay,
  startPurchase,
  transition,
  type PurchaseEvent,
  type Procedure,
  type PurchaseState,
  type StartPurchaseInput,
} from '../../src/process/index.js';
import { readEvent } from '../../src/process/check.js';
import { BUYCLASSES, STEPS, type Buyclass } from '../../src/_lib/vocabulary.js';
import { eventOf } from './arbitraries.js';
import { at } from './fixtures.js';

const ids = fc.constantFrom('a', 'b', 'c', 'd');
const step = fc.constantFrom(...STEPS);
/** One well-formed event of any type, at hour `h`, with ids from a small pool so that guards pass and refuse. */
const eventAt = (h: number): fc.Arbitrary<PurchaseEvent> =>
  fc.oneof(
    fc.constant({ type: 'needQualified', at: at(h) } as const),
    fc.record({
      type: fc.constant('requirementAdded' as const),
      at: fc.constant(at(h)),
      requirement: fc.record({
        id: ids,
        text: fc.constant('t'),
        priority: fc.constantFrom('must' as const, 'should' as const),
      }),
    }),
    fc.record({ type: fc.constant('requirementRemoved' as const), at: fc.constant(at(h)), requirementId: ids }),
    fc.constant({ type: 'specificationApproved', at: at(h) } as const),
    fc.record({
      type: fc.constant('supplierIdentified' as const),
      at: fc.constant(at(h)),
      supplier: fc.record({ id: ids, name: fc.constant('n'), incumbent: fc.boolean() }),
    }),
    fc.record({ type: fc.constant('supplierShortlisted' as const), at: fc.constant(at(h)), supplierId: ids }),
    fc.record({ type: fc.constant('supplierExcluded' as const), at: fc.constant(at(h)), supplierId: ids }),
    fc.constant({ type: 'negotiationStarted', at: at(h) } as const),
    fc.record({
      type: fc.constant('offerReceived' as const),
      at: fc.constant(at(h)),
      offer: fc.record({ supplierId: ids, amount: fc.nat(), currency: fc.constant('EUR') }),
    }),
    fc.constant({ type: 'decisionRequested', at: at(h) } as const),
    fc.record({ type: fc.constant('supplierSelected' as const), at: fc.constant(at(h)), supplierId: ids }),
    fc.record({
      type: fc.constant('supplierSelected' as const),
      at: fc.constant(at(h)),
      supplierId: ids,
      orderRoutine: fc.record(
        {
          kind: fc.constantFrom('spot' as const, 'blanket' as const, 'call-off' as const),
          schedule: fc.constant('s'),
          reference: fc.constant('r'),
        },
        { requiredKeys: ['kind'] },
      ),
    }),
    fc.record({
      type: fc.constant('stepRevisited' as const),
      at: fc.constant(at(h)),
      to: step,
      reason: fc.constant('r'),
    }),
    fc.record({ type: fc.constant('stepSkipped' as const), at: fc.constant(at(h)), to: step }),
    fc.record({
      type: fc.constant('purchaseAbandoned' as const),
      at: fc.constant(at(h)),
      reason: fc.constantFrom('budget' as const, 'other' as const),
    }),
    fc.record({
      type: fc.constant('performanceReviewed' as const),
      at: fc.constant(at(h)),
      supplierId: ids,
      satisfaction: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  );
/**
 * Sequences per property. A CI run (`CI=true`) tries 100,000 random sequences across the
 * two sequence properties; a local run a tenth of that, to keep the loop quick.
 */
const runs = (n: number): number => (process.env['CI'] === 'true' ? n : n / 10);

/** Up to 40 events, times mostly increasing, sometimes going back (the chronological guard). */
const events = fc
  .array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: -1, max: 3 }), fc.double({ min: 0, max: 1, noNaN: true })), {
    maxLength: 40,
  })
  .map((draws) => {
    let h = 10;
    return draws.map(([kind, pick, dh, x]) => eventOf(kind, pick, (h += dh), x));
  });
const start: fc.Arbitrary<StartPurchaseInput> = fc.record({
  id: fc.constant('p'),
  at: fc.constant(at(10)),
  need: fc.constant({ summary: 'x' }),
  situation: fc.oneof(
    fc.record({
      buyclass: fc.constantFrom('new-task' as const, 'modified-rebuy' as const, 'straight-rebuy' as const),
      regime: fc.constantFrom('private' as const, 'public-tender' as const),
    }),
    fc.record({ regime: fc.constant('public-tender' as const), procedure: fc.constantFrom(...PROCEDURES) }),
  ),
  knownSuppliers: fc.constantFrom(
    [],
    [{ id: 'a', name: 'A', incumbent: true }],
    [
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
    ],
  ),
});

/** Folds events with `transition` up to the first refusal, as `replay` does. */
function fold(state: PurchaseState, list: readonly PurchaseEvent[]): { state: PurchaseState; index?: number } {
  for (const [index, event] of list.entries()) {
    const r = transition(state, event);
    if (!r.ok) return { state, index };
    state = r.state;
  }
  return { state };
}

test.prop([start, events], { numRuns: runs(40_000) })(
  'replay equals the fold of transition up to the first refusal',
  (input, list) => {
    const folded = fold(startPurchase(input), list);
    const replayed = replay(input, list);
    expect(replayed.state).toEqual(folded.state);
    expect(replayed.ok ? undefined : replayed.index).toBe(folded.index);
  },
  300_000,
);

const deeplyFrozen = (value: unknown): boolean =>
  typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(deeplyFrozen));

test.prop([start, events], { numRuns: runs(60_000) })(
  'a random walk never throws, a refusal returns the very same state, an accepted event was allowed, and every state is deeply frozen, parsed back and JSON round-tripped',
  (input, list) => {
    let state = startPurchase(input);
    for (const event of list) {
      const allowed = allowedEvents(state);
      const r = transition(state, event);
      if (r.ok) {
        expect(allowed).toContain(event.type);
        expect(deeplyFrozen(r.state)).toBe(true);
      } else {
        expect(r.state).toBe(state);
      }
      state = r.state;
    }
    expect(parsePurchaseState(JSON.stringify(state))).toEqual(state);
    expect(parsePurchaseState(state)).toEqual(state);
  },
  300_000,
);

// Values near the edges of every field, to hold the fast reader to the schema.
const edge = fc.oneof(
  fc.constantFrom(
    '',
    'x',
    'EUR',
    'eur',
    at(1),
    '2026-02-30T00:00:00Z',
    '2026-03-01T00:00',
    'must',
    'budget',
    'decision',
    ...PURCHASE_EVENT_TYPES,
  ),
  fc.constantFrom(0, -0, -1, 0.5, 1, 2, Number.NaN, Infinity, true, null, undefined),
  fc.string({ maxLength: 3 }),
  fc.constant('x'.repeat(201)),
);
const field = fc.constantFrom(
  'type',
  'at',
  'by',
  'requirement',
  'requirementId',
  'supplier',
  'supplierId',
  'reason',
  'offer',
  'to',
  'note',
  'satisfaction',
  'id',
  'text',
  'priority',
  'name',
  'incumbent',
  'amount',
  'currency',
  'leadTimeDays',
  'warrantyMonths',
  'orderRoutine',
  'kind',
  'schedule',
  'reference',
  'extra',
);
const mutate = (base: PurchaseEvent): fc.Arbitrary<unknown> =>
  fc
    .tuple(field, fc.oneof(edge, fc.dictionary(field, edge, { maxKeys: 3 })), fc.boolean())
    .map(([key, value, nested]) => {
      const copy: Record<string, unknown> = { ...base };
      const inner = Object.values(copy).find((v) => typeof v === 'object');
      if (nested && inner !== undefined) Object.assign(inner as object, { [key]: value });
      else copy[key] = value;
      return copy;
    });

test.prop(
  [
    eventAt(1).chain((e) =>
      fc.oneof(fc.constant(e as unknown), mutate(JSON.parse(JSON.stringify(e)) as PurchaseEvent), fc.anything()),
    ),
  ],
  { numRuns: 40_000 },
)(
  'the fast event reader accepts exactly what purchaseEventSchema accepts',
  (input) => {
    expect(readEvent(input) !== undefined).toBe(purchaseEventSchema.safeParse(input).success);
  },
  60_000,
);

/** The event types of the forward path, drawn three times as often, so that walks reach the later steps and their skips. */
const FORWARD = [
  'needQualified',
  'requirementAdded',
  'specificationApproved',
  'supplierIdentified',
  'supplierShortlisted',
  'negotiationStarted',
  'offerReceived',
  'decisionRequested',
  'supplierSelected',
  'stepSkipped',
] as const;
const KINDS = [...PURCHASE_EVENT_TYPES, ...FORWARD, ...FORWARD].map((type) => PURCHASE_EVENT_TYPES.indexOf(type));
const forwardEvents = fc
  .array(
    fc.tuple(
      fc.constantFrom(...KINDS),
      fc.nat(),
      fc.integer({ min: -1, max: 3 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ),
    { maxLength: 60 },
  )
  .map((draws) => {
    let h = 10;
    return draws.map(([kind, pick, dh, x]) => eventOf(kind, pick, (h += dh), x));
  });
const known = fc.constantFrom(
  [],
  [{ id: 'a', name: 'A', incumbent: true }],
  [
    { id: 'b', name: 'B', incumbent: true },
    { id: 'c', name: 'C' },
  ],
);
type Situation = { readonly buyclass: Buyclass } | { readonly procedure: Procedure };
/** A start in the situation, its policy at times asking for 2 or 3 shortlisted suppliers (so that every guard can refuse). */
const startUnder = (situation: Situation): fc.Arbitrary<StartPurchaseInput> =>
  fc.tuple(known, fc.constantFrom(undefined, 2, 3)).map(([knownSuppliers, minShortlisted]) => ({
    id: 'p',
    at: at(10),
    need: { summary: 'x' },
    situation,
    knownSuppliers,
    ...(minShortlisted === undefined ? {} : { policy: { minShortlisted } }),
  }));
const SITUATIONS: Situation[] = [
  ...BUYCLASSES.map((buyclass) => ({ buyclass })),
  ...PROCEDURES.map((procedure) => ({ procedure })),
];

describe.each(SITUATIONS.map((s) => [s] as const))('in the situation %j', (situation) => {
  test.prop([startUnder(situation), forwardEvents], { numRuns: runs(20_000) })(
    'a walk never throws, a refusal returns the same state and names a guard drawn on its arrow, and replay equals the fold',
    (input, list) => {
      let state = startPurchase(input);
      const definition = processDefinition(state.policy);
      const global = new Set<string>(definition.globalGuards);
      let refusedAt: number | undefined;
      let folded = state;
      for (const [index, event] of list.entries()) {
        const r = transition(state, event);
        if (!r.ok) {
          expect(r.state).toBe(state);
          if (refusedAt === undefined) [refusedAt, folded] = [index, state];
          const guard = r.rejection.guard;
          if (guard !== undefined && !global.has(guard)) {
            const to = event.type === 'stepSkipped' || event.type === 'stepRevisited' ? event.to : undefined;
            const arrows = definition.transitions.filter(
              (t) => t.from === state.status && t.event === event.type && (to === undefined || t.to === to),
            );
            // No arrow for a skip the policy lacks or a revisit forward: the event's own guard refuses it.
            if (arrows.length === 0) expect(['skip-not-allowed', 'not-earlier-step']).toContain(guard);
            else expect(arrows.flatMap((t) => t.guards)).toContain(guard);
          }
        }
        state = r.state;
      }
      const replayed = replay(input, list);
      expect(replayed.ok ? undefined : replayed.index).toBe(refusedAt);
      expect(replayed.state).toEqual(refusedAt === undefined ? state : folded);
    },
    120_000,
  );
});
