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
import type { PurchasePolicy, SkipRule } from './policy.js';
import type { Procedure } from '../_lib/vocabulary.js';
import type { PurchaseState, Supplier } from './state.js';
import { idOf, positionOf, supplierOf as offerBy } from './lookup.js';
import { PROCEDURE_PHRASES, type GuardParams } from './messages.js';

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
  'no-negotiation',
  'min-offers',
  'no-offer',
  'not-earlier-step',
  'skip-not-allowed',
] as const);
/** One of the {@link PURCHASE_GUARDS}. */
export type PurchaseGuard = (typeof PURCHASE_GUARDS)[number];

/** What a guard says when it refuses: the guard, the params of its message, the message. */
export interface GuardRefusal {
  readonly guard: PurchaseGuard;
  readonly params: GuardParams;
  readonly message: string;
}

/**
 * The guard of each event type: the guards it may apply under a policy (what the machine's
 * definition draws), the check itself, and whether any event of the type could pass it now.
 */
interface Guard<K extends PurchaseEventType> {
  readonly names: (policy: PurchasePolicy) => readonly PurchaseGuard[];
  readonly check: (state: PurchaseState, event: PurchaseEventOf<K>) => GuardRefusal | undefined;
  readonly possible: (state: PurchaseState) => boolean;
}

const plural = (n: number, word: string): string => `${n === 0 ? 'no' : String(n)} ${word}${n === 1 ? '' : 's'}`;
const regime = (state: PurchaseState): string => {
  const { procedure } = state.situation;
  return procedure === undefined ? '' : ` under ${PROCEDURE_PHRASES[procedure]}`;
};
const names =
  (...guards: readonly PurchaseGuard[]): (() => readonly PurchaseGuard[]) =>
  () =>
    guards;
const refuse = (params: GuardParams, message: string): GuardRefusal => ({ guard: params.guard, params, message });
/** The procedure of a purchase, for the params of a guard that names it. */
const under = (state: PurchaseState): { procedure?: Procedure } => {
  const { procedure } = state.situation;
  return procedure === undefined ? {} : { procedure };
};

const supplierOf = (state: PurchaseState, id: string): Supplier | undefined =>
  state.suppliers[positionOf(state.suppliers, idOf, id)];
const hasRequirement = (state: PurchaseState, id: string): boolean => positionOf(state.requirements, idOf, id) >= 0;
const hasOffered = (state: PurchaseState, id: string): boolean => positionOf(state.offers, offerBy, id) >= 0;
const count = <T>(items: readonly T[], test: (item: T) => boolean): number =>
  items.reduce((n, item) => (test(item) ? n + 1 : n), 0);
const offering = (state: PurchaseState): number =>
  count(state.offers, (o) => supplierOf(state, o.supplierId)?.status !== 'excluded');
const musts = (state: PurchaseState): number => count(state.requirements, (r) => r.priority === 'must');
const always = (): boolean => true;

const notListed = (id: string): GuardRefusal =>
  refuse({ guard: 'unknown-supplier', id }, `no supplier "${id}" is on the list of this purchase`);

function unknownSupplier(state: PurchaseState, id: string): GuardRefusal | undefined {
  const supplier = supplierOf(state, id);
  if (supplier === undefined) return notListed(id);
  if (supplier.status === 'excluded')
    return refuse({ guard: 'excluded-supplier', id }, `supplier "${id}" was excluded`);
  return undefined;
}

function mustRequirement(state: PurchaseState): GuardRefusal | undefined {
  return musts(state) > 0
    ? undefined
    : refuse(
        { guard: 'must-requirement' },
        'the specification needs at least one "must" requirement before it is approved; it has none',
      );
}

/**
 * The shortlist rule: at least `minShortlisted`; under `inviteAll: 'always'`, every supplier
 * not excluded; under `'if-fewer'`, all who qualify when fewer do (none left undecided).
 * `skipping`: a skip past the supplier search, which shortlists the known suppliers.
 */
function minShortlisted(state: PurchaseState, skipping = false): GuardRefusal | undefined {
  const { minShortlisted: need, inviteAll } = state.policy;
  // One pass to decide; the lists and the message are made only for a refusal.
  let have = 0;
  let undecidedCount = 0;
  for (const s of state.suppliers) {
    if (s.status === 'shortlisted' || (skipping && s.status === 'known')) have++;
    else if (s.status === 'identified' || (!skipping && s.status === 'known')) undecidedCount++;
  }
  if (inviteAll === 'always' ? undecidedCount === 0 && have >= need : have >= need) return undefined;
  if (inviteAll === 'if-fewer' && have > 0 && undecidedCount === 0) return undefined;
  const undecided = state.suppliers.filter((s) => s.status === 'identified' || (!skipping && s.status === 'known'));
  const params = {
    guard: 'min-shortlisted',
    minShortlisted: need,
    shortlisted: have,
    ...(inviteAll === undefined ? {} : { inviteAll }),
    undecided: undecided.map((s) => s.id),
    ...under(state),
  } as const;
  if (inviteAll === 'always' && undecided.length > 0) {
    const listed = undecided.map((s) => `"${s.id}"`).join(', ');
    return refuse(
      params,
      `every supplier not excluded is invited to tender${regime(state)}; shortlist or exclude ${listed} first`,
    );
  }
  const are = have === 1 ? 'is' : 'are';
  let now = `${String(have)} ${are} shortlisted`;
  if (inviteAll === 'if-fewer' && undecided.length > 0) {
    const listed = undecided.map((s) => `"${s.id}"`).join(', ');
    now += ` and ${listed} ${undecided.length === 1 ? 'is' : 'are'} neither shortlisted nor excluded`;
  }
  const fewer = inviteAll === 'if-fewer' ? ', or all who qualify when fewer do' : '';
  return refuse(
    params,
    `negotiation needs at least ${plural(need, 'shortlisted supplier')}${regime(state)}${fewer}; ${now}`,
  );
}

function minOffers(state: PurchaseState): GuardRefusal | undefined {
  const need = state.policy.minOffers;
  const have = offering(state);
  if (have >= need) return undefined;
  return refuse(
    { guard: 'min-offers', minOffers: need, offers: have, ...under(state) },
    `the decision needs offers from at least ${plural(need, 'supplier')}${regime(state)}; ${plural(have, 'offer')} received`,
  );
}

function noOffer(state: PurchaseState, id: string): GuardRefusal | undefined {
  const refused = unknownSupplier(state, id);
  if (refused !== undefined) return refused;
  if (hasOffered(state, id)) return undefined;
  if (state.policy.reorderWithoutOffer && supplierOf(state, id)?.incumbent === true) return undefined;
  const reorder = state.policy.reorderWithoutOffer ? ' (only the incumbent may be re-ordered from without one)' : '';
  return refuse(
    { guard: 'no-offer', id, reorderWithoutOffer: state.policy.reorderWithoutOffer },
    `supplier "${id}" has made no offer${reorder}`,
  );
}

/** The guard a step's own forward event applies, which a skip from that step applies too. */
const EXIT_GUARDS: Partial<
  Record<Step, { readonly name: PurchaseGuard; readonly check: (state: PurchaseState) => GuardRefusal | undefined }>
> = {
  specification: { name: 'must-requirement', check: mustRequirement },
  'supplier-search': { name: 'min-shortlisted', check: (state) => minShortlisted(state) },
  negotiation: { name: 'min-offers', check: minOffers },
};

/**
 * The guards a skip rule applies, in the order it checks them: `skip-not-allowed`, the exit
 * guard of the step it leaves, and `min-shortlisted` when it passes over the supplier search
 * into negotiation (the known suppliers are shortlisted, and must be enough).
 */
export function skipGuards({ from, to }: Pick<SkipRule, 'from' | 'to'>): readonly PurchaseGuard[] {
  const guards: PurchaseGuard[] = ['skip-not-allowed'];
  const exit = EXIT_GUARDS[from]?.name;
  if (exit !== undefined) guards.push(exit);
  // The exit guard is never min-shortlisted here: a skip that passes over the supplier search leaves an earlier step.
  if (to === 'negotiation' && skipsSupplierSearch(from, to)) guards.push('min-shortlisted');
  return guards;
}

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
    const whose =
      state.situation.procedure === undefined
        ? `this ${state.situation.buyclass} purchase`
        : PROCEDURE_PHRASES[state.situation.procedure];
    return refuse(
      { guard: 'skip-not-allowed', from, to, buyclass: state.situation.buyclass, ...under(state) },
      `the policy of ${whose} allows no skip from ${label}`,
    );
  }
  if (rule.requires === 'known-suppliers' && !state.suppliers.some((s) => s.status === 'known')) {
    return refuse(
      {
        guard: 'skip-not-allowed',
        from,
        to,
        requires: 'known-suppliers',
        buyclass: state.situation.buyclass,
        ...under(state),
      },
      `a skip from ${label} needs known suppliers; none was given at the start`,
    );
  }
  if (rule.requires === 'incumbent' && !state.suppliers.some((s) => s.incumbent && s.status !== 'excluded')) {
    return refuse(
      {
        guard: 'skip-not-allowed',
        from,
        to,
        requires: 'incumbent',
        buyclass: state.situation.buyclass,
        ...under(state),
      },
      `a skip from ${label} needs an incumbent supplier; there is none`,
    );
  }
  const exit = EXIT_GUARDS[from]?.check(state);
  if (exit !== undefined) return exit;
  if (to === 'negotiation' && skipsSupplierSearch(from, to)) return minShortlisted(state, true);
  return undefined;
}

/** The step guards of every event type: a table, so a new event type must be given one. */
export const GUARDS: { readonly [K in PurchaseEventType]: Guard<K> } = {
  needQualified: { names: /* @__PURE__ */ names(), check: () => undefined, possible: always },
  requirementAdded: {
    names: /* @__PURE__ */ names('duplicate-id'),
    check: (state, { requirement: { id } }) =>
      hasRequirement(state, id)
        ? refuse(
            { guard: 'duplicate-id', of: 'requirement', id },
            `requirement "${id}" is already in the specification`,
          )
        : undefined,
    possible: always,
  },
  requirementRemoved: {
    names: /* @__PURE__ */ names('unknown-requirement'),
    check: (state, { requirementId: id }) =>
      hasRequirement(state, id)
        ? undefined
        : refuse({ guard: 'unknown-requirement', id }, `no requirement "${id}" is in the specification`),
    possible: (state) => state.requirements.length > 0,
  },
  specificationApproved: {
    names: /* @__PURE__ */ names('must-requirement'),
    check: mustRequirement,
    possible: (state) => musts(state) > 0,
  },
  supplierIdentified: {
    names: /* @__PURE__ */ names('duplicate-id'),
    check: (state, { supplier: { id } }) => {
      const known = supplierOf(state, id);
      return known === undefined
        ? undefined
        : refuse(
            { guard: 'duplicate-id', of: 'supplier', id, status: known.status },
            `supplier "${id}" is already on the list (${known.status})`,
          );
    },
    possible: always,
  },
  supplierShortlisted: {
    names: /* @__PURE__ */ names('unknown-supplier', 'excluded-supplier'),
    check: (state, { supplierId }) => unknownSupplier(state, supplierId),
    possible: (state) => state.suppliers.some((s) => s.status !== 'excluded'),
  },
  supplierExcluded: {
    names: /* @__PURE__ */ names('unknown-supplier'),
    check: (state, { supplierId: id }) => (supplierOf(state, id) === undefined ? notListed(id) : undefined),
    possible: (state) => state.suppliers.length > 0,
  },
  negotiationStarted: {
    names: /* @__PURE__ */ names('min-shortlisted'),
    check: (state) => minShortlisted(state),
    possible: (state) => minShortlisted(state) === undefined,
  },
  offerReceived: {
    names: (policy) =>
      policy.negotiable === false
        ? ['unknown-supplier', 'excluded-supplier', 'not-shortlisted', 'no-negotiation']
        : ['unknown-supplier', 'excluded-supplier', 'not-shortlisted'],
    check: (state, { offer: { supplierId: id } }) => {
      const refused = unknownSupplier(state, id);
      if (refused !== undefined) return refused;
      const status = supplierOf(state, id)?.status ?? 'known';
      if (status !== 'shortlisted') {
        return refuse(
          { guard: 'not-shortlisted', id, status },
          `an offer from "${id}" needs the supplier shortlisted first; it is ${status}`,
        );
      }
      return state.policy.negotiable === false && hasOffered(state, id)
        ? refuse(
            { guard: 'no-negotiation', id, ...under(state) },
            `"${id}" has already tendered, and tenders are not negotiated${regime(state)}`,
          )
        : undefined;
    },
    possible: (state) =>
      state.suppliers.some(
        (s) =>
          s.status === 'shortlisted' &&
          (state.policy.negotiable !== false || !state.offers.some((o) => o.supplierId === s.id)),
      ),
  },
  decisionRequested: {
    names: /* @__PURE__ */ names('min-offers'),
    check: minOffers,
    possible: (state) => minOffers(state) === undefined,
  },
  supplierSelected: {
    names: /* @__PURE__ */ names('unknown-supplier', 'excluded-supplier', 'no-offer'),
    check: (state, { supplierId }) => noOffer(state, supplierId),
    possible: (state) => state.suppliers.some((s) => noOffer(state, s.id) === undefined),
  },
  stepRevisited: {
    names: /* @__PURE__ */ names('not-earlier-step'),
    check: (state, { to }) =>
      STEPS.indexOf(to) < STEPS.indexOf(state.status as Step)
        ? undefined
        : refuse(
            { guard: 'not-earlier-step', to, status: state.status },
            `a revisit goes back to an earlier step; ${statusLabel(to)} is not before ${statusLabel(state.status)}`,
          ),
    possible: (state) => isStep(state.status) && STEPS.indexOf(state.status) > 0,
  },
  stepSkipped: {
    names: (policy) => [
      ...new Set<PurchaseGuard>(['skip-not-allowed', ...policy.skips.flatMap((rule) => skipGuards(rule))]),
    ],
    check: (state, { to }) => skip(state, to),
    possible: (state) => state.policy.skips.some((r) => r.from === state.status && skip(state, r.to) === undefined),
  },
  purchaseAbandoned: { names: /* @__PURE__ */ names(), check: () => undefined, possible: always },
  performanceReviewed: {
    names: /* @__PURE__ */ names('unknown-supplier'),
    check: (state, { supplierId: id }) => (supplierOf(state, id) === undefined ? notListed(id) : undefined),
    possible: (state) => state.suppliers.length > 0,
  },
};
