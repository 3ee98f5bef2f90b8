/**
 * The codes of `buygrid/prospect` and the params of each.
 *
 * @module
 */
import type { NoParams } from '../_lib/reason.js';
import type { Buyclass, Regime, Role, Step } from '../_lib/vocabulary.js';
import type { Stance } from '../buying-center/schema.js';
import type { BuyingCenterMessages } from '../buying-center/messages.js';
import type { RiskLevel } from '../risk/bands.js';
import type { RiskDimension } from '../risk/dimensions.js';
import type { RiskReducerId } from '../risk/reducers.js';
import type { ApproachActionCode, SupplierPosition } from '../situation/approach-actions.js';
import type { SituationMessages } from '../situation/messages.js';
import type { BuyclassTrend, RelationshipStage } from './history.js';
import type { DownstreamDemand, Purpose } from './input.js';
import type { NegotiationTermCode } from './terms.js';

/**
 * The English message of `reach-missing-roles`, shared by `analyzeProspect` and the English
 * catalog: each role with its article — `an initiator`, `an advisor`, but `a user` (said
 * with a consonant).
 */
export function missingRolesMessage(roles: readonly Role[], step: Step): string {
  const named = roles.map((role) => `${/^[aeio]/.test(role) ? 'an' : 'a'} ${role}`);
  return `Nobody you know is ${named.join(' or ')}, whom the ${step} step needs: find them.`;
}

/**
 * Every code that `buygrid/prospect` returns — the account view's actions, red flags,
 * negotiation terms and their reasons, and the reasons of the account history — mapped to
 * its params: the names and numbers its English message shows, raw. The buying center's
 * warnings and the situation's approach actions that an account view passes on keep their
 * own codes and params ({@link buying-center!BuyingCenterMessages}, {@link situation!SituationMessages}).
 *
 * @example
 * ```ts
 * import type { ProspectMessages } from 'buygrid/prospect';
 * const stalled: ProspectMessages['stalled'] = { days: 45.5, step: 'negotiation', after: 30 };
 * stalled.days;
 * //=> 45.5
 * ```
 */
export interface ProspectMessages
  extends
    Pick<
      BuyingCenterMessages,
      'no-decider' | 'influential-blocker' | 'missing-role' | 'no-champion' | 'single-threaded'
    >,
    Pick<SituationMessages, ApproachActionCode> {
  // analyzeProspect: actions (PROSPECT_ACTION_CODES)
  'win-over-the-blocker': NoParams;
  'find-the-decider': NoParams;
  /** The step the buyer went back to, the regime and the seller's position, which choose the advice. */
  'follow-the-revisit': { readonly step: Step; readonly regime: Regime; readonly position: SupplierPosition };
  'revive-the-purchase': NoParams;
  /** The member to see (name as given) and the current step. */
  'meet-who-matters-now': { readonly name: string; readonly step: Step };
  'reach-missing-roles': { readonly roles: readonly Role[]; readonly step: Step };
  /** The reducers to put in the offer (at most three, largest expected reduction first). */
  'put-reducers-in-the-offer': { readonly reducers: readonly RiskReducerId[] };
  /** The negotiation terms, in the order of the risk's drivers. */
  'prepare-the-terms': { readonly terms: readonly NegotiationTermCode[] };
  'find-a-champion': NoParams;
  'widen-the-contacts': NoParams;
  'serve-the-purpose': { readonly purpose: Purpose };
  'follow-downstream-demand': { readonly demand: DownstreamDemand };
  // analyzeProspect: red flags (besides the buying center's no-decider and influential-blocker)
  /** The days since the last event (unrounded), the current step, and the days from which a purchase counts as stalled. */
  stalled: { readonly days: number; readonly step: Step; readonly after: number };
  'going-back': { readonly step: Step };
  // analyzeProspect: reasons of the actions
  /** Why a member matters now: participation of their roles in the step × influence = score. */
  engage: {
    readonly name: string;
    readonly roles: readonly Role[];
    readonly participation: number;
    readonly step: Step;
    readonly influence: number;
    readonly score: number;
    readonly stance?: Stance;
  };
  'perceived-risk': { readonly level: RiskLevel; readonly score: number; readonly drivers: readonly RiskDimension[] };
  'risk-driver': { readonly dimension: RiskDimension };
  /** The approach action whose reason (with its source) this is. */
  approach: { readonly action: ApproachActionCode };
  purpose: { readonly purpose: Purpose };
  'derived-demand': NoParams;
  // NEGOTIATION_TERMS
  'payment-terms': NoParams;
  'performance-guarantee': NoParams;
  'delivery-commitment': NoParams;
  'supplier-assurance': NoParams;
  'service-level': NoParams;
  'currency-clause': NoParams;
  'shared-decision': NoParams;
  // accountHistory: reasons
  stage: {
    readonly won: number;
    readonly awarded: number;
    readonly latestWon: boolean;
    readonly stage: RelationshipStage;
  };
  relationship: { readonly supplierId: string; readonly relationship: 'incumbent' | 'known' | 'new' };
  trend: { readonly from: Buyclass; readonly to: Buyclass; readonly trend: BuyclassTrend };
}

/** Any code of `buygrid/prospect`. */
export type ProspectCode = keyof ProspectMessages;
