/**
 * The perceived-risk calculator: risk per dimension, the score, its drivers and what reduces it.
 *
 * @packageDocumentation
 */
export {
  BuygridInputError,
  isBuygridInputError,
  type BuygridIssue,
  type BuygridIssueCode,
  type BuygridIssueInput,
} from '../_lib/errors.js';
export type { Reason, ReasonOf, NoParams } from '../_lib/reason.js';
export type { RiskMessages, RiskCode, ProfileAnswerParams } from './messages.js';
export type { Importance, Buyclass } from '../_lib/vocabulary.js';
export type { PurchaseSituation } from '../situation/schema.js';
export type { BuyingCenter } from '../buying-center/schema.js';
export {
  RISK_DIMENSIONS,
  type RiskDimension,
  RISK_DIMENSION_MAPPING,
  type RiskDimensionMapping,
  type LiteratureDimension,
  RISK_WEIGHTS,
} from './dimensions.js';
export { RISK_LEVELS, type RiskLevel, RISK_BANDS, type RiskBands, riskLevel } from './bands.js';
export {
  type RiskProfile,
  type ProfileQuestion,
  type ProfileEffect,
  PROFILE_EFFECTS,
  BUDGET_SHARE_EFFECT,
  PROFILE_ASSESSES,
} from './profile.js';
export { RISK_REDUCERS, type RiskReducer, type RiskReducerId, type SupplierRelationship } from './reducers.js';
export type { RiskInput, RiskChange, RiskWeights, DimensionAssessment } from './schema.js';
export {
  RISK_REASON_CODES,
  type RiskReasonCode,
  type RiskReason,
  type DimensionSource,
  type DimensionRisk,
  type ApplicableReducer,
  type RiskAssessment,
} from './types.js';
export { assessRisk } from './assess.js';
export { whatIf, type RiskWhatIf } from './what-if.js';
export { ROLE_RISK_WEIGHTS, perceivedRiskByMember, type MemberRisk, type BuyingCenterRisk } from './members.js';
