/**
 * Classifiers of the purchase situation: buyclass, Kraljic portfolio, organization and regime.
 *
 * @packageDocumentation
 */
export { BuygridInputError, isBuygridInputError, type BuygridIssue } from '../_lib/errors.js';
export type { Reason } from '../_lib/reason.js';
export {
  BUYCLASSES,
  type Buyclass,
  REGIMES,
  type Regime,
  IMPORTANCES,
  type Importance,
  ORGANIZATION_TYPES,
  type OrganizationType,
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
} from './schema.js';
