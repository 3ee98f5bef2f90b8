// transition and replay against a hand-written switch+spread reducer of the same machine,
// and against XState's pure transition() (dev-only comparison), in the same run.
import { bench, describe } from 'vitest';
import { assign, createMachine, initialTransition, transition as xTransition } from 'xstate';
import { replay, startPurchase, transition, type PurchaseEvent, type PurchaseState } from '../src/process/index.js';

const at = (i: number): string => new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString();
const START = { id: 'p', at: at(0), need: { summary: 's' } };
const OPEN: PurchaseEvent[] = [
  { type: 'needQualified', at: at(1) },
  { type: 'requirementAdded', at: at(2), requirement: { id: 'r', text: 't' } },
  { type: 'specificationApproved', at: at(3) },
  { type: 'supplierIdentified', at: at(4), supplier: { id: 's1', name: 'S' } },
  { type: 'supplierShortlisted', at: at(5), supplierId: 's1' },
];
/** 1,000,000 events: the opening, then negotiation loops (start, offer, back to supplier search). */
function manyEvents(n: number): PurchaseEvent[] {
  const out = [...OPEN];
  for (let i = out.length; out.length < n; i += 3) {
    out.push({ type: 'negotiationStarted', at: at(i) });
    out.push({ type: 'offerReceived', at: at(i + 1), offer: { supplierId: 's1', amount: i, currency: 'EUR' } });
    out.push({ type: 'stepRevisited', at: at(i + 2), to: 'supplier-search', reason: 'r' });
  }
  return out.slice(0, n);
}
const search = OPEN.reduce((s, e) => transition(s, e).state, startPurchase(START));
const start = { type: 'negotiationStarted', at: at(10) } as const;

// The baseline: a hand-written reducer of the same step (guard, spread, history append, no validation, no freezing).
interface Mini {
  status: string;
  suppliers: { id: string; status: string }[];
  history: unknown[];
  offers: unknown[];
}
function reducer(state: Mini, event: { type: string; at: string; offer?: { supplierId: string } }): Mini {
  switch (event.type) {
    case 'negotiationStarted':
      if (state.status !== 'supplier-search' || !state.suppliers.some((s) => s.status === 'shortlisted')) return state;
      return { ...state, status: 'negotiation', history: [...state.history, event] };
    case 'offerReceived':
      if (state.status !== 'negotiation') return state;
      return { ...state, offers: [event.offer], history: [...state.history, event] };
    case 'stepRevisited':
      return { ...state, status: 'supplier-search', history: [...state.history, event] };
    default:
      return state;
  }
}
const mini: Mini = {
  status: 'supplier-search',
  suppliers: [{ id: 's1', status: 'shortlisted' }],
  history: [...search.history],
  offers: [],
};

const machine = createMachine({
  initial: 'search',
  context: { shortlisted: 1, history: [] as unknown[] },
  states: {
    search: {
      on: {
        negotiationStarted: {
          target: 'negotiation',
          guard: ({ context }) => context.shortlisted > 0,
          actions: assign({ history: ({ context, event }) => [...context.history, event] }),
        },
      },
    },
    negotiation: {},
  },
});
const [xSnapshot] = initialTransition(machine);

describe('one validated transition (supplier search → negotiation)', () => {
  bench('baseline: hand-written switch+spread reducer', () => {
    reducer(mini, start);
  });
  bench('buygrid: transition (validated, frozen)', () => {
    transition(search, start);
  });
  bench(
    'xstate: transition() (dev-only comparison)',
    () => {
      xTransition(machine, xSnapshot, start);
    },
    { time: 500 },
  );
});

const MILLION = manyEvents(1_000_000);
describe('replay of 1,000,000 events', () => {
  bench(
    'baseline: reducer fold (no validation)',
    () => {
      let s: Mini = { ...mini, history: [] };
      for (const e of MILLION.slice(5)) {
        // Linear like replay: push instead of copying the history each time.
        const next = reducer({ ...s, history: [] }, e);
        s = { ...next, history: s.history };
        s.history.push(e);
      }
    },
    { iterations: 2, time: 0 },
  );
  bench(
    'buygrid: replay (validated)',
    () => {
      replay(START, MILLION);
    },
    { iterations: 2, time: 0 },
  );
});

export type { PurchaseState };
