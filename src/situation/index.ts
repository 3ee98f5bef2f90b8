/**
 * Classifiers of the purchase situation: buyclass, Kraljic portfolio, organization and regime,
 * and the seller's approach to it.
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
export type {
  SituationMessages,
  SituationCode,
  SituationReason,
  PortfolioAxisParams,
  ThresholdParams,
  SizeBandParams,
} from './messages.js';
export {
  BUYCLASSES,
  type Buyclass,
  REGIMES,
  type Regime,
  IMPORTANCES,
  type Importance,
  ORGANIZATION_TYPES,
  type OrganizationType,
  PROCEDURES,
  type Procedure,
} from '../_lib/vocabulary.js';
export {
  QUADRANTS,
  type Quadrant,
  SIZE_BANDS,
  type SizeBand,
  LEVELS,
  type Level,
  type BuyclassFacts,
  type PurchaseSituation,
  type ClassifiedSituation,
} from './schema.js';
export {
  BUYCLASS_CRITERIA,
  BUYCLASS_FACTS,
  type BuyclassFact,
  type BuyclassFit,
  type BuyclassFactValue,
  type BuyclassCriterion,
  type BuyclassReasonCode,
} from './buyclass-criteria.js';
export { classifyBuyclass, type BuyclassResult, type BuyclassScores } from './buyclass.js';
export {
  DEFAULT_PORTFOLIO_THRESHOLD,
  PORTFOLIO_AGGREGATES,
  PORTFOLIO_SUBCRITERIA,
  PORTFOLIO_STRATEGIES,
  PORTFOLIO_QUADRANTS,
  QUADRANT_IMPORTANCE,
  QUADRANT_REASONS,
  type PortfolioAggregate,
  type PortfolioAxis,
  type PortfolioSubcriterion,
  type PortfolioStrategy,
  type PortfolioStrategyCode,
} from './portfolio-data.js';
export { classifyPortfolio, type PortfolioInput, type PortfolioResult, type PortfolioReasonCode } from './portfolio.js';
export { SIZE_BAND_LIMITS, SIZE_BAND_CEILINGS } from './size-band.js';
export {
  DEFAULT_REGIMES,
  classifyOrganization,
  type OrganizationInput,
  type OrganizationResult,
  type OrganizationReasonCode,
} from './organization.js';
export { classifySituation, type SituationInput } from './situation.js';
export {
  EU_THRESHOLDS,
  CONTRACT_SUBJECTS,
  AUTHORITY_LEVELS,
  type ContractSubject,
  type AuthorityLevel,
  type ContractValue,
} from './thresholds.js';
export { PUBLIC_APPROACH_ACTIONS } from './approach-public.js';
export {
  SUPPLIER_POSITIONS,
  type SupplierPosition,
  type ApproachAction,
  type ApproachActionCode,
  APPROACH_ACTIONS,
  APPROACH_EXTRA_ACTIONS,
} from './approach-actions.js';
export { recommendApproach, type ApproachOptions, type Approach } from './approach.js';
