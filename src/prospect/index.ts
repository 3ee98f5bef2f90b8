/**
 * One answer per account: the four models joined for one prospect — where the buyer
 * stands, who matters now, what it fears, what to do next — and the relationship over time.
 *
 * @packageDocumentation
 */
export { BuygridInputError, isBuygridInputError, type BuygridIssue } from '../_lib/errors.js';
export type { Reason, ReasonOf, NoParams } from '../_lib/reason.js';
export type { ProspectMessages, ProspectCode } from './messages.js';
export {
  PURPOSES,
  DOWNSTREAM_DEMANDS,
  PROSPECT_INPUTS,
  type Purpose,
  type DownstreamDemand,
  type ProspectInputName,
  type ProspectInput,
  type ProspectOrganization,
} from './input.js';
export {
  NEGOTIATION_TERMS,
  type NegotiationTerm,
  type NegotiationTermCode,
  type NegotiationTermRule,
} from './terms.js';
export {
  ACTION_RULES,
  PROSPECT_ACTION_CODES,
  RED_FLAG_CODES,
  type ActionRule,
  type ApproachActionCode,
  type Engagement,
  type ProspectAction,
  type ProspectActionCode,
  type ProspectReason,
  type ProspectReasonCode,
  type RedFlag,
  type RedFlagCode,
  type RuleContext,
} from './rules.js';
export { analyzeProspect, STALLED_AFTER_DAYS, type ProspectAnalysis, type Standing } from './analyze.js';
export {
  accountHistory,
  RELATIONSHIP_STAGES,
  LONG_TERM_FROM,
  type RelationshipStage,
  type BuyclassTrend,
  type AccountPurchase,
  type AccountHistory,
} from './history.js';
