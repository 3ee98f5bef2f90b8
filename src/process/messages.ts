/**
 * The codes of `buygrid/process` and the params of each.
 *
 * @module
 */
import type { Buyclass, Procedure, Role, Step } from '../_lib/vocabulary.js';
import type { PurchaseEventType } from './events.js';
import type { InviteAll, SkipRequirement } from './policy.js';
import type { PurchaseStatus, SupplierStatus } from './state.js';

/**
 * The params of a `guard` rejection, one shape per guard (discriminated on `guard`): the
 * ids, counts and steps its message names.
 *
 * - `role`: `by` absent when no member was named; `held` absent when `by` is not a member,
 *   else the member's roles (maybe none).
 * - `min-shortlisted`: under `inviteAll: 'always'` with `undecided` suppliers, every supplier
 *   must be shortlisted or excluded first; otherwise `shortlisted` is below `minShortlisted`.
 * - `skip-not-allowed`: `requires` absent when no skip rule allows it, else the rule's
 *   requirement that failed.
 * - `procedure`: the public procedure of the purchase, which the message names; absent for
 *   a private buyer.
 */
export type GuardParams =
  | { readonly guard: 'chronological'; readonly at: string; readonly last: string }
  | {
      readonly guard: 'role';
      readonly event: PurchaseEventType;
      readonly roles: readonly Role[];
      readonly by?: string;
      readonly held?: readonly Role[];
    }
  | { readonly guard: 'duplicate-id'; readonly of: 'requirement'; readonly id: string }
  | { readonly guard: 'duplicate-id'; readonly of: 'supplier'; readonly id: string; readonly status: SupplierStatus }
  | { readonly guard: 'unknown-requirement'; readonly id: string }
  | { readonly guard: 'must-requirement' }
  | { readonly guard: 'unknown-supplier'; readonly id: string }
  | { readonly guard: 'excluded-supplier'; readonly id: string }
  | {
      readonly guard: 'min-shortlisted';
      readonly minShortlisted: number;
      readonly shortlisted: number;
      readonly inviteAll?: InviteAll;
      readonly undecided: readonly string[];
      readonly procedure?: Procedure;
    }
  | { readonly guard: 'not-shortlisted'; readonly id: string; readonly status: SupplierStatus }
  | { readonly guard: 'no-negotiation'; readonly id: string; readonly procedure?: Procedure }
  | {
      readonly guard: 'min-offers';
      readonly minOffers: number;
      readonly offers: number;
      readonly procedure?: Procedure;
    }
  | { readonly guard: 'no-offer'; readonly id: string; readonly reorderWithoutOffer: boolean }
  | { readonly guard: 'not-earlier-step'; readonly to: Step; readonly status: PurchaseStatus }
  | {
      readonly guard: 'skip-not-allowed';
      readonly from: Step;
      readonly to: Step;
      readonly requires?: SkipRequirement;
      readonly buyclass: Buyclass;
      readonly procedure?: Procedure;
    };

/**
 * Every code that `buygrid/process` returns — the rejections of `transition` (and of
 * `replay`, `can`, the analytics' replays) and the reasons of `evaluateOffers` — mapped to
 * its params: the names and numbers its English message shows, raw.
 *
 * @example
 * ```ts
 * import { startPurchase, transition, type ProcessMessages } from 'buygrid/process';
 * const state = startPurchase({ id: 'p', at: '2026-01-01T00:00:00Z', need: { summary: 'Laptops' } });
 * const result = transition(state, { type: 'supplierSelected', at: '2026-01-02T00:00:00Z', supplierId: 'a' });
 * const params: ProcessMessages['not-allowed'] | undefined =
 *   !result.ok && result.rejection.code === 'not-allowed' ? result.rejection.params : undefined;
 * params?.status;
 * //=> 'need-recognition'
 * ```
 */
export interface ProcessMessages {
  // transition: rejections
  terminal: { readonly status: 'awarded' | 'abandoned' };
  'not-allowed': {
    readonly event: PurchaseEventType;
    readonly status: PurchaseStatus;
    readonly accepted: readonly PurchaseEventType[];
  };
  guard: GuardParams;
  // evaluateOffers: reasons
  'criterion-leading': {
    readonly supplierId: string;
    readonly score: number;
    readonly criterion: string;
    readonly contribution: number;
  };
  'criterion-missing': { readonly supplierId: string; readonly criterion: 'lead-time' };
  'ranked-not-selected': {
    readonly offers: number;
    readonly criteria: readonly { readonly criterion: string; readonly weight: number }[];
  };
}

/** Any code of `buygrid/process`. */
export type ProcessCode = keyof ProcessMessages;

/**
 * The words for a procedure in a refusal's English message (`an open procedure`): shared by
 * the guards and the English catalog, which must write the same message.
 */
export const PROCEDURE_PHRASES: Readonly<Record<Procedure, string>> = {
  open: 'an open procedure',
  restricted: 'a restricted procedure',
  'competitive-with-negotiation': 'a competitive procedure with negotiation',
  'competitive-dialogue': 'a competitive dialogue',
  'innovation-partnership': 'an innovation partnership',
  'negotiated-without-publication': 'a negotiated procedure without publication',
  'framework-call-off': 'a call-off under a framework agreement',
  'dynamic-purchasing-system': 'a dynamic purchasing system',
  'below-threshold': 'a public purchase below the EU thresholds',
};
