/**
 * The buying center: who takes part in an organizational purchase, in which roles, with
 * what influence and stance — and what is missing.
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
export type { BuyingCenterMessages, BuyingCenterCode } from './messages.js';
export {
  ROLES,
  type Role,
  type Step,
  type Buyclass,
  type Importance,
  type OrganizationType,
} from '../_lib/vocabulary.js';
export {
  STANCES,
  type Stance,
  type Member,
  type MemberInput,
  type MemberPatch,
  type Organization,
  type BuyingCenter,
  type BuyingCenterInput,
} from './schema.js';
export { ROLE_DEFINITIONS, STANCE_DEFINITIONS, type BuyingCenterDefinition } from './definitions.js';
export { createBuyingCenter } from './center.js';
export { addMember, updateMember, removeMember, assignRole, unassignRole } from './updates.js';
export {
  PARTICIPATION,
  PARTICIPATION_THRESHOLD,
  ROLE_STAND_INS,
  rolesInStep,
  type Participation,
  type ParticipationOptions,
} from './participation.js';
export { coverage, type RoleCoverage, type CoverageOptions } from './coverage.js';
export {
  analyzeBuyingCenter,
  STANCE_SCORES,
  INFLUENTIAL_BLOCKER_THRESHOLD,
  BUYING_CENTER_WARNINGS,
  BUYCLASS_WARNING_EXEMPTIONS,
  type BuyingCenterWarningCode,
  type BuyingCenterWarning,
  type BuyingCenterAnalysis,
  type AnalyzeBuyingCenterOptions,
} from './analyze.js';
export {
  expectedSize,
  EXPECTED_SIZE_FACTORS,
  PURCHASE_COMPLEXITIES,
  type PurchaseComplexity,
  type HeadcountFactor,
  type ExpectedSizeInput,
  type ExpectedSize,
  type ExpectedSizeReasonCode,
} from './size.js';
export {
  fromCrmRole,
  CRM_ROLE_MAPS,
  CRM_ROLE_SYSTEMS,
  type CrmRoleSystem,
  type CrmRoleMapping,
  type CrmRole,
  type CrmRoleOptions,
} from './crm.js';
