/**
 * The machine as data: which events each status takes, and where each event leads.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Step } from '../_lib/vocabulary.js';
import type { PurchaseEventType } from './events.js';
import type { PurchaseStatus } from './state.js';

/** The events every open step takes: loop back, skip ahead, give up. */
const ANY_OPEN_STEP = ['stepRevisited', 'stepSkipped', 'purchaseAbandoned'] as const;

/**
 * The event types each status takes (seeds 001, 003: the five steps; an outcome takes
 * only a performance review, Buygrid phase 8). An event a status does not take is
 * refused with `not-allowed`; in an outcome, with `terminal`.
 *
 * @example
 * ```ts
 * import { STATUS_EVENTS } from 'buygrid/process';
 * STATUS_EVENTS.negotiation;
 * //=> ['supplierExcluded', 'offerReceived', 'decisionRequested', 'stepRevisited', 'stepSkipped', 'purchaseAbandoned']
 * ```
 */
export const STATUS_EVENTS = /* @__PURE__ */ deepFreeze({
  'need-recognition': ['needQualified', ...ANY_OPEN_STEP],
  specification: ['requirementAdded', 'requirementRemoved', 'specificationApproved', ...ANY_OPEN_STEP],
  'supplier-search': [
    'supplierIdentified',
    'supplierShortlisted',
    'supplierExcluded',
    'negotiationStarted',
    ...ANY_OPEN_STEP,
  ],
  negotiation: ['supplierExcluded', 'offerReceived', 'decisionRequested', ...ANY_OPEN_STEP],
  decision: ['supplierSelected', ...ANY_OPEN_STEP],
  awarded: ['performanceReviewed'],
  abandoned: [],
} as const satisfies Record<PurchaseStatus, readonly PurchaseEventType[]>);

/**
 * The status each event that moves the purchase leads to (`stepRevisited` and
 * `stepSkipped` lead to the step they name).
 *
 * @example
 * ```ts
 * import { EVENT_TARGETS } from 'buygrid/process';
 * EVENT_TARGETS.decisionRequested;
 * //=> 'decision'
 * ```
 */
export const EVENT_TARGETS = /* @__PURE__ */ deepFreeze({
  needQualified: 'specification',
  specificationApproved: 'supplier-search',
  negotiationStarted: 'negotiation',
  decisionRequested: 'decision',
  supplierSelected: 'awarded',
  purchaseAbandoned: 'abandoned',
} as const satisfies Partial<Record<PurchaseEventType, PurchaseStatus>>);

/** Words for a status, for messages: `supplier search`. */
export function statusLabel(status: PurchaseStatus): string {
  return status.replace('-', ' ');
}

/** Tells whether a status is one of the five steps (not an outcome). */
export function isStep(status: PurchaseStatus): status is Step {
  return status !== 'awarded' && status !== 'abandoned';
}

/** Tells whether a status takes an event type. */
export function takes(status: PurchaseStatus, type: PurchaseEventType): boolean {
  return (STATUS_EVENTS[status] as readonly PurchaseEventType[]).includes(type);
}
