/**
 * Real CRM data in and out: role values and deal stages of Salesforce, HubSpot and
 * Dynamics 365, read into buygrid's roles, stances, steps and outcomes, and roles written back.
 *
 * @packageDocumentation
 */
export { BuygridInputError, isBuygridInputError, type BuygridIssue } from '../_lib/errors.js';
export type { Reason, ReasonOf, NoParams } from '../_lib/reason.js';
export type { CrmMessages, CrmCode } from './messages.js';
export { CRM_SYSTEMS, type CrmSystem } from './systems.js';
export { CRM_ROLE_MAPS, CRM_ROLE_LABELS, CRM_ROLE_WRITEBACK, type CrmRoleMapping } from './role-maps.js';
export { fromCrmRole, type CrmRole, type CrmRoleOptions, type CrmRoleReasonCode } from './from-role.js';
export { toCrmRole, type CrmRoleSource, type CrmRoleValues, type ToCrmRoleReasonCode } from './to-role.js';
export { CRM_DEAL_STATUSES, CRM_STAGE_MAPS, type CrmDealStatus, type CrmStageMapping } from './stage-maps.js';
export { fromCrmStage, type CrmStage, type CrmStageOptions, type CrmStageReasonCode } from './from-stage.js';
