/**
 * The codes of `buygrid/crm` and the params of each.
 *
 * @module
 */
import type { NoParams } from '../_lib/reason.js';
import type { Role, Step } from '../_lib/vocabulary.js';
import type { Stance } from '../buying-center/schema.js';
import type { Outcome } from '../process/state.js';
import type { CrmDealStatus } from './stage-maps.js';
import type { CrmSystem } from './systems.js';

/**
 * Every code that `buygrid/crm` returns — the reasons of {@link crm!fromCrmRole},
 * {@link crm!fromCrmStage} and {@link crm!toCrmRole} — mapped to its params: the names and
 * values its English message shows, as given.
 *
 * `mapped` is one code for both readings (a role value, a stage): its params have `roles`
 * for a role value and `deal` for a stage (`'roles' in params` tells them apart).
 *
 * @example
 * ```ts
 * import { fromCrmRole, type CrmMessages } from 'buygrid/crm';
 * const [reason] = fromCrmRole('hubspot', 'DECISION_MAKER').reasons;
 * const params: CrmMessages['mapped'] | undefined = reason?.code === 'mapped' ? reason.params : undefined;
 * params;
 * //=> { crm: 'hubspot', value: 'DECISION_MAKER', roles: ['decider'] }
 * ```
 */
export interface CrmMessages {
  /** `value`: the CRM value (or stage) as the map writes it; `why`: the stage map's explanation, as written. */
  mapped:
    | { readonly crm: CrmSystem; readonly value: string; readonly roles: readonly Role[]; readonly stance?: Stance }
    | {
        readonly crm: CrmSystem;
        readonly value: string;
        readonly deal: CrmDealStatus;
        readonly step?: Step;
        readonly outcome?: Outcome;
        readonly why: string;
      };
  // fromCrmRole
  'no-role': { readonly crm: CrmSystem; readonly value: string };
  /** `value`: the part of the value as given, without the spaces around it. */
  'unknown-value': { readonly crm: CrmSystem; readonly value: string };
  'conflicting-stances': { readonly stances: readonly Stance[] };
  // fromCrmStage
  'seller-view': NoParams;
  closed: { readonly deal: Exclude<CrmDealStatus, 'open'> };
  'lost-ambiguous': NoParams;
  /** `stage`: the stage as given. */
  'unknown-stage': { readonly crm: CrmSystem; readonly stage: string };
  // toCrmRole
  /** What was written (a role, or the stance) and the CRM value it went to. */
  written: { readonly crm: CrmSystem; readonly value: string; readonly role?: Role; readonly stance?: Stance };
  lost: { readonly crm: CrmSystem; readonly roles: readonly Role[]; readonly stance?: Stance };
  'single-select': NoParams;
}

/** Any code of `buygrid/crm`. */
export type CrmCode = keyof CrmMessages;
