/**
 * CRM role maps, moved to `buygrid/crm`; re-exported here so that existing imports keep working.
 *
 * @module
 */
export { fromCrmRole, type CrmRole, type CrmRoleOptions } from '../crm/from-role.js';
export { CRM_ROLE_MAPS, type CrmRoleMapping } from '../crm/role-maps.js';
export { CRM_SYSTEMS as CRM_ROLE_SYSTEMS, type CrmSystem as CrmRoleSystem } from '../crm/systems.js';
