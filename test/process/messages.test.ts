// Every code buygrid/process (and buygrid/analytics, which passes its rejections on) returns
// is a key of ProcessMessages, with exactly its params (issue #13): random event sequences,
// every refusal collected.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PROCEDURES,
  evaluateOffers,
  startPurchase,
  transition,
  type ProcessMessages,
  type PurchaseState,
  type Rejection,
} from '../../src/process/index.js';
import type { AnalyticsMessages } from '../../src/analytics/index.js';
import { expectCodedFit, expectMessagesShow, type MessagesSpec } from '../_lib/messages.js';
import { AWARD_EVENTS, walk } from '../explain/samples.js';
import { eventOf } from './arbitraries.js';
import { at } from './fixtures.js';

const SPEC: MessagesSpec<ProcessMessages> = {
  terminal: { status: 'string' },
  'not-allowed': { event: 'string', status: 'string', accepted: 'strings' },
  guard: {
    guard: 'string',
    at: 'string?',
    last: 'string?',
    event: 'string?',
    roles: 'strings?',
    by: 'string?',
    held: 'strings?',
    of: 'string?',
    id: 'string?',
    status: 'string?',
    minShortlisted: 'number?',
    shortlisted: 'number?',
    inviteAll: 'string?',
    undecided: 'strings?',
    procedure: 'string?',
    minOffers: 'number?',
    offers: 'number?',
    reorderWithoutOffer: 'boolean?',
    to: 'string?',
    from: 'string?',
    requires: 'string?',
    buyclass: 'string?',
  },
  'criterion-leading': { supplierId: 'string', score: 'number', criterion: 'string', contribution: 'number' },
  'criterion-missing': { supplierId: 'string', criterion: 'string' },
  'ranked-not-selected': { offers: 'number', criteria: 'objects' },
};
// The analytics' codes are the process's rejections: the same spec, by the compiler's leave.
const ANALYTICS: MessagesSpec<AnalyticsMessages> = {
  terminal: SPEC.terminal,
  'not-allowed': SPEC['not-allowed'],
  guard: SPEC.guard,
};

const SHOWN: Readonly<Record<string, readonly string[]>> = {
  terminal: ['status'],
  'not-allowed': ['event', 'accepted'],
  guard: ['at', 'last', 'event', 'roles', 'by', 'held', 'id', 'undecided', 'minOffers', 'minShortlisted'],
  'criterion-leading': ['supplierId', 'score', 'criterion', 'contribution'],
  'criterion-missing': ['supplierId', 'criterion'],
  'ranked-not-selected': ['offers'],
};

const draws = fc.array(
  fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: -1, max: 3 }), fc.double({ min: 0, max: 1, noNaN: true })),
  { maxLength: 40 },
);

/** Every rejection of a sequence, each event tried on the state the accepted ones made. */
function rejections(state: PurchaseState, list: readonly [number, number, number, number][]): Rejection[] {
  const found: Rejection[] = [];
  let h = 10;
  for (const [kind, pick, dh, x] of list) {
    const r = transition(state, eventOf(kind, pick, (h += dh), x));
    if (r.ok) state = r.state;
    else found.push(r.rejection);
  }
  return found;
}

describe('the codes of buygrid/process', { timeout: 60_000 }, () => {
  it('are keys of ProcessMessages, each with exactly its params, shown in the message; a guard names its own', () => {
    const seen = new Set<string>();
    const guards = new Set<string>();
    fc.assert(
      fc.property(fc.option(fc.constantFrom(...PROCEDURES), { nil: undefined }), draws, (procedure, list) => {
        const start = startPurchase({
          id: 'p',
          at: at(10),
          need: { summary: 'x' },
          situation: procedure === undefined ? { buyclass: 'new-task' } : { regime: 'public-tender', procedure },
          knownSuppliers: [{ id: 'a', name: 'A', incumbent: true }],
        });
        const found = rejections(start, list);
        for (const code of expectCodedFit(SPEC, found)) seen.add(code);
        expectCodedFit(ANALYTICS, found);
        // Under `inviteAll: 'always'` with suppliers left undecided, the message names them, the
        // step to take first, and not the minimum (documented on `GuardParams`).
        const inviteFirst = (r: Rejection): boolean =>
          r.code === 'guard' &&
          r.params.guard === 'min-shortlisted' &&
          r.params.inviteAll === 'always' &&
          r.params.undecided.length > 0;
        expectMessagesShow(
          SHOWN,
          found.filter((r) => !inviteFirst(r)),
        );
        expectMessagesShow({ guard: ['undecided'] }, found.filter(inviteFirst));
        for (const r of found) {
          if (r.code === 'guard') {
            expect(r.params.guard).toBe(r.guard);
            guards.add(r.guard);
          }
        }
      }),
      { numRuns: 500 },
    );
    const evaluated = evaluateOffers(walk(AWARD_EVENTS.slice(0, 9)), [
      { criterion: 'price', weight: 0.5 },
      { criterion: 'lead-time', weight: 0.5 },
    ]);
    for (const code of expectCodedFit(SPEC, [evaluated])) seen.add(code);
    expectMessagesShow(SHOWN, [evaluated]);
    expect(Object.keys(SPEC).filter((code) => !seen.has(code))).toEqual([]);
    expect(guards.size).toBeGreaterThanOrEqual(4);
  });
});
