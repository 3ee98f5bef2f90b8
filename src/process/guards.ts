/**
 * The guards of the steps: the rules that refuse an event of the right type at the right
 * step, each with a message a buyer understands.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { STEPS, type Step } from '../_lib/vocabulary.js';
import type { PurchaseEventOf, PurchaseEventType } from './events.js';
import { statusLabel, isStep } from './machine.js';
import type { PurchaseState, Supplier } from './state.js';

/**
 * The names of the guards, part of the contract: a refused event names the one that
 * refused it.
 *
 * @example
 * ```ts
 * import { PURCHASE_GUARDS } from 'buygrid/process';
 * PURCHASE_GUARDS.includes('min-shortlisted');
 * //=> true
 * ```
 */
export const PURCHASE_GUARDS = /* @__PURE__ */ deepFreeze([
  'chronological',
  'role',
  'duplicate-id',
  'unknown-requirement',
  'must-requirement',
  'unknown-supplier',
  'excluded-supplier',
  'min-shortlisted',
  'not-shortlisted',
  'min-offers',
  'no-offer',
  'not-earlier-step',
  'skip-not-allowed',
] as const);
/** One of the {@link PURCHASE_GUARDS}. */
export type PurchaseGuard = (typeof PURCHASE_GUARDS)[number];

/** What a guard says when it refuses. */
export interface GuardRefusal {
  readonly guard: PurchaseGuard;
  readonly message: string;
}

/** The guard of each event type, and whether any event of the type could pass it now. */
interface Guard<K extends PurchaseEventType> {
  readonly check: (state: PurchaseState, event: PurchaseEventOf<K>) => GuardRefusal | undefined;
  readonly possible: (state: PurchaseState) => boolean;
}

const plural = (n: number, word: string): string => `${n === 0 ? 'none' : String(n)} ${word}${n === 1 ? '' : 's'}`;
const regime = (state: PurchaseState): string =>
  state.situation.regime === 'public-tender' ? ' under a public tender' : '';
const refuse = (guard: PurchaseGuard, message: string): GuardRefusal => ({ guard, message });

const supplierOf = (state: PurchaseState, id: string): Supplier | undefined => state.suppliers.find((s) => s.id === id);
const count = <T>(items: readonly T[], test: (item: T) => boolean): number =>
  items.reduce((n, item) => (test(item) ? n + 1 : n), 0);
const shortlisted = (state: PurchaseState): number => count(state.suppliers, (s) => s.status === 'shortlisted');
const offering = (state: PurchaseState): number =>
  count(state.offers, (o) => supplierOf(state, o.supplierId)?.status !== 'excluded');
const musts = (state: PurchaseState): number => count(state.requirements, (r) => r.priority === 'must');
const always = (): boolean => true;

const notListed = (id: string): GuardRefusal => refuse('unknown-supplier', `no supplier "${id}" is on the list of this purchase`);

function unknownSupplier(state: PurchaseState, id: string): GuardRefusal | undefined {
  const supplier = supplierOf(state, id);
  if (supplier === undefined) return notListed(id);
  if (supplier.status === 'excluded') return refuse('excluded-supplier', `supplier "${id}" was excluded`);
  return undefined;
}

function mustRequirement(state: PurchaseState): GuardRefusal | undefined {
  return musts(state) > 0
    ? undefined
    : refuse('must-requirement', 'the specification needs at least one "must" requirement before it is approved; it has none');
}

function minShortlisted(state: PurchaseState, have = shortlisted(state)): GuardRefusal | undefined {
  const need = state.policy.minShortlisted;
  if (have >= need) return undefined;
  const are = have === 1 ? 'is' : 'are';
  return refuse(
    'min-shortlisted',
    `negotiation needs at least ${plural(need, 'shortlisted supplier')}${regime(state)}; ${String(have)} ${are} shortlisted`,
  );
}

function minOffers(state: PurchaseState): GuardRefusal | undefined {
  const need = state.policy.minOffers;
  const have = offering(state);
  if (have >= need) return undefined;
  return refuse(
    'min-offers',
    `the decision needs offers from at least ${plural(need, 'supplier')}${regime(state)}; ${plural(have, 'offer')} received`,
  );
}

function noOffer(state: PurchaseState, id: string): GuardRefusal | undefined {
  const refused = unknownSupplier(state, id);
  if (refused !== undefined) return refused;
  if (state.offers.some((o) => o.supplierId === id)) return undefined;
  if (state.policy.reorderWithoutOffer && supplierOf(state, id)?.incumbent === true) return undefined;
  const reorder = state.policy.reorderWithoutOffer ? ' (only the incumbent may be re-ordered from without one)' : '';
  return refuse('no-offer', `supplier "${id}" has made no offer${reorder}`);
}

/** The guard a step's own forward event applies when the purchase leaves it by a skip. */
const EXIT_GUARDS: Partial<Record<Step, (state: PurchaseState) => GuardRefusal | undefined>> = {
  specification: mustRequirement,
  'supplier-search': (state) => minShortlisted(state),
  negotiation: minOffers,
};

/** Whether a skip from the current step to `to` passes over the supplier search (which shortlists the known suppliers). */
export function skipsSupplierSearch(from: Step, to: Step): boolean {
  const search = STEPS.indexOf('supplier-search');
  return STEPS.indexOf(from) < search && STEPS.indexOf(to) > search;
}

function skip(state: PurchaseState, to: Step): GuardRefusal | undefined {
  const from = state.status as Step;
  const rule = state.policy.skips.find((r) => r.from === from && r.to === to);
  const label = `${statusLabel(from)} to ${statusLabel(to)}`;
  if (rule === undefined || STEPS.indexOf(to) <= STEPS.indexOf(from)) {
    return refuse('skip-not-allowed', `the policy of this ${state.situation.buyclass} purchase allows no skip from ${label}`);
  }
  if (rule.requires === 'known-suppliers' && !state.suppliers.some((s) => s.status === 'known')) {
    return refuse('skip-not-allowed', `a skip from ${label} needs known suppliers; none was given at the start`);
  }
  if (rule.requires === 'incumbent' && !state.suppliers.some((s) => s.incumbent && s.status !== 'excluded')) {
    return refuse('skip-not-allowed', `a skip from ${label} needs an incumbent supplier; there is none`);
  }
  const exit = EXIT_GUARDS[from]?.(state);
  if (exit !== undefined) return exit;
  if (to === 'negotiation' && skipsSupplierSearch(from, to)) {
    return minShortlisted(state, shortlisted(state) + count(state.suppliers, (s) => s.status === 'known'));
  }
  return undefined;
}

/** The step guards of every event type: a table, so a new event type must be given one. */
export const GUARDS: { readonly [K in PurchaseEventType]: Guard<K> } = {
  needQualified: { check: () => undefined, possible: always },
  requirementAdded: {
    check: (state, { requirement: { id } }) =>
      state.requirements.some((r) => r.id === id)
        ? refuse('duplicate-id', `requirement "${id}" is already in the specification`)
        : undefined,
    possible: always,
  },
  requirementRemoved: {
    check: (state, { requirementId: id }) =>
      state.requirements.some((r) => r.id === id)
        ? undefined
        : refuse('unknown-requirement', `no requirement "${id}" is in the specification`),
    possible: (state) => state.requirements.length > 0,
  },
  specificationApproved: { check: mustRequirement, possible: (state) => musts(state) > 0 },
  supplierIdentified: {
    check: (state, { supplier: { id } }) => {
      const known = supplierOf(state, id);
      return known === undefined
        ? undefined
        : refuse('duplicate-id', `supplier "${id}" is already on the list (${known.status})`);
    },
    possible: always,
  },
  supplierShortlisted: {
    check: (state, { supplierId }) => unknownSupplier(state, supplierId),
    possible: (state) => state.suppliers.some((s) => s.status !== 'excluded'),
  },
  supplierExcluded: {
    check: (state, { supplierId: id }) =>
      supplierOf(state, id) === undefined ? notListed(id) : undefined,
    possible: (state) => state.suppliers.length > 0,
  },
  negotiationStarted: { check: (state) => minShortlisted(state), possible: (state) => minShortlisted(state) === undefined },
  offerReceived: {
    check: (state, { offer: { supplierId: id } }) => {
      const refused = unknownSupplier(state, id);
      if (refused !== undefined) return refused;
      const status = supplierOf(state, id)?.status ?? 'known';
      return status === 'shortlisted'
        ? undefined
        : refuse('not-shortlisted', `an offer from "${id}" needs the supplier shortlisted first; it is ${status}`);
    },
    possible: (state) => shortlisted(state) > 0,
  },
  decisionRequested: { check: minOffers, possible: (state) => minOffers(state) === undefined },
  supplierSelected: {
    check: (state, { supplierId }) => noOffer(state, supplierId),
    possible: (state) => state.suppliers.some((s) => noOffer(state, s.id) === undefined),
  },
  stepRevisited: {
    check: (state, { to }) =>
      STEPS.indexOf(to) < STEPS.indexOf(state.status as Step)
        ? undefined
        : refuse(
            'not-earlier-step',
            `a revisit goes back to an earlier step; ${statusLabel(to)} is not before ${statusLabel(state.status)}`,
          ),
    possible: (state) => isStep(state.status) && STEPS.indexOf(state.status) > 0,
  },
  stepSkipped: {
    check: (state, { to }) => skip(state, to),
    possible: (state) => state.policy.skips.some((r) => r.from === state.status && skip(state, r.to) === undefined),
  },
  purchaseAbandoned: { check: () => undefined, possible: always },
  performanceReviewed: {
    check: (state, { supplierId: id }) =>
      supplierOf(state, id) === undefined ? notListed(id) : undefined,
    possible: (state) => state.suppliers.length > 0,
  },
};
