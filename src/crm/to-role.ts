/**
 * From a member's roles and stance back to CRM role values.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { deepFreeze } from '../_lib/freeze.js';
import { parse } from '../_lib/parse.js';
import type { ReasonOf } from '../_lib/reason.js';
import type { CrmMessages } from './messages.js';
import { roleSchema, type Role } from '../_lib/vocabulary.js';
import { stanceSchema, type Stance } from '../buying-center/schema.js';
import { CRM_ROLE_LABELS, CRM_ROLE_WRITEBACK } from './role-maps.js';
import { crmSystemSchema, type CrmSystem } from './systems.js';

/** What {@link toCrmRole} takes: a member's roles and stance (a buying-center member fits). */
export interface CrmRoleSource {
  /** The roles the member holds. */
  readonly roles: readonly Role[];
  /** The member's stance, if known. */
  readonly stance?: Stance | undefined;
}

/** The codes of the reasons of {@link toCrmRole}. */
export type ToCrmRoleReasonCode = 'written' | 'lost' | 'single-select';

/** The result of {@link toCrmRole}. */
export interface CrmRoleValues {
  /** The API values to write, in the order of {@link CRM_ROLE_WRITEBACK}, each once. */
  readonly values: readonly string[];
  /** The same values as the CRM shows them. */
  readonly labels: readonly string[];
  /** The values joined with `;`, as a multi-select field (HubSpot checkboxes, Salesforce multi-picklists) takes them. */
  readonly value: string;
  /** What the CRM cannot hold: the roles and the stance that no value carries. */
  readonly lost: { readonly roles: readonly Role[]; readonly stance?: Stance };
  /** What was written, what was lost, and — for Salesforce — that `OpportunityContactRole.Role` takes one value. */
  readonly reasons: readonly ReasonOf<CrmMessages, ToCrmRoleReasonCode>[];
}

const sourceSchema = /* @__PURE__ */ lazy(() =>
  z.object({
    roles: z.readonly(z.array(roleSchema())),
    stance: z.optional(stanceSchema()),
  }),
);

/**
 * Gives the CRM values to write back for a member's roles and stance — lossy, since each
 * CRM has fewer values than buygrid has roles and stances ({@link CRM_ROLE_WRITEBACK}): what
 * no value carries is listed in `lost`. Reading the values back with {@link fromCrmRole} may
 * give more than was written (*Technical Buyer* is a prescriber and a gatekeeper).
 *
 * @param system - `'salesforce'`, `'hubspot'` or `'dynamics'`.
 * @param member - `{ roles, stance? }`; other fields of a buying-center member are ignored.
 * @returns `{ values, labels, value, lost, reasons }`, deeply frozen.
 * @throws {@link BuygridInputError} for an unknown system, role or stance.
 *
 * @example
 * ```ts
 * import { toCrmRole } from 'buygrid/crm';
 * toCrmRole('hubspot', { roles: ['decider', 'buyer'], stance: 'champion' });
 * //=> { values: ['DECISION_MAKER', 'CHAMPION'], labels: ['Decision Maker', 'Champion'], value: 'DECISION_MAKER;CHAMPION', lost: { roles: ['buyer'] } }
 * toCrmRole('salesforce', { roles: ['prescriber', 'gatekeeper'] }).values;
 * //=> ['Technical Buyer']
 * toCrmRole('dynamics', { roles: ['boss' as 'user'] });
 * //=> throws BuygridInputError
 * ```
 */
export function toCrmRole(system: CrmSystem, member: CrmRoleSource): CrmRoleValues {
  const crm = parse(crmSystemSchema(), system, 'system');
  const { roles, stance } = parse(sourceSchema(), member, 'member');
  const table = CRM_ROLE_WRITEBACK[crm];
  const labels: Readonly<Record<string, string>> = CRM_ROLE_LABELS[crm];
  const values: string[] = [];
  const lostRoles: Role[] = [];
  const reasons: ReasonOf<CrmMessages, ToCrmRoleReasonCode>[] = [];
  const write = (value: string | null, what: string, of: { role: Role } | { stance: Stance }): boolean => {
    if (value === null) return false;
    if (!values.includes(value)) values.push(value);
    reasons.push({ code: 'written', params: { crm, value, ...of }, message: `${what} → ${crm} "${value}".` });
    return true;
  };
  for (const role of Object.keys(table.roles) as Role[]) {
    if (roles.includes(role) && !write(table.roles[role], role, { role })) lostRoles.push(role);
  }
  const stanceLost = stance !== undefined && !write(table.stances[stance], `stance ${stance}`, { stance });
  const lost = { roles: lostRoles, ...(stanceLost ? { stance } : {}) };
  if (lostRoles.length > 0 || stanceLost) {
    const what = [...lostRoles, ...(stanceLost ? [`stance ${stance}`] : [])].join(', ');
    reasons.push({
      code: 'lost',
      params: { crm, roles: [...lostRoles], ...(stanceLost ? { stance } : {}) },
      message: `${crm} has no value for ${what}: not written.`,
    });
  }
  if (crm === 'salesforce' && values.length > 1) {
    reasons.push({
      code: 'single-select',
      params: {},
      message:
        'Salesforce OpportunityContactRole.Role takes one value: write the first there, or `value` to the multi-select AccountContactRelation.Roles.',
    });
  }
  return deepFreeze({ values, labels: values.map((v) => labels[v] ?? v), value: values.join(';'), lost, reasons });
}
