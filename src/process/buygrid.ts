/**
 * The Buygrid itself as data: the eight buyphases, which of them each buyclass goes
 * through, and how they map onto the five steps of the machine.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Buyclass } from '../_lib/vocabulary.js';
import type { PurchaseEventType } from './events.js';
import type { PurchaseStatus } from './state.js';

/**
 * The eight buyphases of Robinson, Faris & Wind (1967), under the names Kotler & Armstrong
 * give them: problem recognition, general need description, product specification,
 * supplier search, proposal solicitation, supplier selection, order-routine specification,
 * performance review.
 *
 * @example
 * ```ts
 * import { BUYPHASES } from 'buygrid/process';
 * BUYPHASES.length;
 * //=> 8
 * BUYPHASES[6];
 * //=> 'order-routine'
 * ```
 * @see Robinson, P. J., Faris, C. W. & Wind, Y. (1967), *Industrial Buying and Creative Marketing*, Allyn & Bacon, p. 14.
 */
export const BUYPHASES = /* @__PURE__ */ deepFreeze([
  'problem-recognition',
  'need-description',
  'product-specification',
  'supplier-search',
  'proposal-solicitation',
  'supplier-selection',
  'order-routine',
  'performance-review',
] as const);
/** One of the {@link BUYPHASES}. */
export type Buyphase = (typeof BUYPHASES)[number];

/** Whether a buyclass goes through a buyphase: `yes`, `maybe` or `no`. */
export type BuygridCell = 'yes' | 'maybe' | 'no';

/**
 * The Buygrid: for each buyphase, whether each buyclass goes through it — **as Kotler &
 * Armstrong reproduce it** (*Principles of Marketing*, ch. 6, the table of the stages of the
 * business buying process by buying situation, after Robinson, Faris & Wind 1967, p. 14),
 * not RFW's original. In a new task every phase is "yes"; in a straight rebuy only product
 * specification and performance review are; a modified rebuy marks those two "yes" and the
 * others "maybe". The straight-rebuy column is the one `BUYCLASS_POLICIES` follows; check
 * the modified-rebuy column against your edition.
 *
 * @example
 * ```ts
 * import { BUYGRID } from 'buygrid/process';
 * BUYGRID['product-specification']['straight-rebuy'];
 * //=> 'yes'
 * BUYGRID['supplier-search']['straight-rebuy'];
 * //=> 'no'
 * ```
 */
export const BUYGRID = /* @__PURE__ */ deepFreeze({
  'problem-recognition': { 'new-task': 'yes', 'modified-rebuy': 'maybe', 'straight-rebuy': 'no' },
  'need-description': { 'new-task': 'yes', 'modified-rebuy': 'maybe', 'straight-rebuy': 'no' },
  'product-specification': { 'new-task': 'yes', 'modified-rebuy': 'yes', 'straight-rebuy': 'yes' },
  'supplier-search': { 'new-task': 'yes', 'modified-rebuy': 'maybe', 'straight-rebuy': 'no' },
  'proposal-solicitation': { 'new-task': 'yes', 'modified-rebuy': 'maybe', 'straight-rebuy': 'no' },
  'supplier-selection': { 'new-task': 'yes', 'modified-rebuy': 'maybe', 'straight-rebuy': 'no' },
  'order-routine': { 'new-task': 'yes', 'modified-rebuy': 'maybe', 'straight-rebuy': 'no' },
  'performance-review': { 'new-task': 'yes', 'modified-rebuy': 'yes', 'straight-rebuy': 'yes' },
} as const satisfies Record<Buyphase, Record<Buyclass, BuygridCell>>);

/** Where a buyphase happens in the machine: the status, and the events that record it. */
export interface BuyphasePlace {
  readonly status: PurchaseStatus;
  readonly events: readonly PurchaseEventType[];
}

/**
 * The crosswalk from the eight buyphases to the five steps — **buygrid's own synthesis**,
 * not a published mapping: the five steps come from the French/European teaching texts
 * (seeds 001, 003), not from Robinson, Faris & Wind. Problem recognition is
 * `need-recognition`; the general need description and the product specification are
 * `specification`; supplier search is `supplier-search`; proposal solicitation is the offers
 * of `negotiation`; supplier selection is the `decision`, whose `supplierSelected` also
 * records the order routine (`orderRoutine`); the performance review is
 * `performanceReviewed` in `awarded`.
 *
 * @example
 * ```ts
 * import { BUYPHASE_STEPS } from 'buygrid/process';
 * BUYPHASE_STEPS['order-routine'];
 * //=> { status: 'decision', events: ['supplierSelected'] }
 * ```
 */
export const BUYPHASE_STEPS = /* @__PURE__ */ deepFreeze({
  'problem-recognition': { status: 'need-recognition', events: ['needQualified'] },
  'need-description': { status: 'specification', events: ['requirementAdded', 'requirementRemoved'] },
  'product-specification': {
    status: 'specification',
    events: ['requirementAdded', 'requirementRemoved', 'specificationApproved'],
  },
  'supplier-search': {
    status: 'supplier-search',
    events: ['supplierIdentified', 'supplierShortlisted', 'supplierExcluded'],
  },
  'proposal-solicitation': { status: 'negotiation', events: ['offerReceived'] },
  'supplier-selection': { status: 'decision', events: ['supplierSelected'] },
  'order-routine': { status: 'decision', events: ['supplierSelected'] },
  'performance-review': { status: 'awarded', events: ['performanceReviewed'] },
} as const satisfies Record<Buyphase, BuyphasePlace>);
