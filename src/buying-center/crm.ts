/**
 * From CRM role picklists (Salesforce, HubSpot, Dynamics 365) to roles and stance.
 *
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { fail, parse } from '../_lib/parse.js';
import type { Reason } from '../_lib/reason.js';
import { MAX_TEXT_LENGTH } from '../_lib/schemas.js';
import { roleSchema, type Role } from '../_lib/vocabulary.js';
import { stanceSchema, type Stance } from './schema.js';

/**
 * The CRMs whose role picklists {@link fromCrmRole} reads.
 *
 * @example
 * ```ts
 * import { CRM_ROLE_SYSTEMS } from 'buygrid/buying-center';
 * CRM_ROLE_SYSTEMS.includes('hubspot');
 * //=> true
 * ```
 */
export const CRM_ROLE_SYSTEMS = /* @__PURE__ */ deepFreeze(['salesforce', 'hubspot', 'dynamics'] as const);
/** One of the {@link CRM_ROLE_SYSTEMS}. */
export type CrmRoleSystem = (typeof CRM_ROLE_SYSTEMS)[number];

/**
 * What one CRM value means in buygrid's terms: the roles (possibly none) and the stance it
 * implies, or `null` for a value the CRM ships that names no role (`Other`, `Stakeholder`).
 */
export type CrmRoleMapping = { readonly roles: readonly Role[]; readonly stance?: Stance | undefined } | null;

/**
 * The role picklists of three CRMs, value by value, mapped to roles and stance. The maps
 * are lossy (the CRMs mix role and stance, and "Economic Buyer" is MEDDIC's budget holder,
 * not Bonoma's purchaser); read them before trusting them, and pass your own to
 * {@link fromCrmRole} for a customized picklist.
 *
 * - Salesforce `OpportunityContactRole.Role`, standard value set `ContactRole` (nine values).
 * - HubSpot contact property `hs_buying_role` (nine values; internal names such as
 *   `DECISION_MAKER` and labels such as `Decision Maker` both match).
 * - Dynamics 365 Sales stakeholder connection roles (category *Stakeholder*).
 *
 * @see Salesforce Metadata API, StandardValueSet `ContactRole`.
 * @see HubSpot contact property `hs_buying_role`.
 * @see Microsoft Docs, Dynamics 365 Sales, "Manage stakeholders and sales team".
 *
 * @example
 * ```ts
 * import { CRM_ROLE_MAPS } from 'buygrid/buying-center';
 * CRM_ROLE_MAPS.salesforce['Technical Buyer'];
 * //=> { roles: ['prescriber'] }
 * ```
 */
export const CRM_ROLE_MAPS = /* @__PURE__ */ deepFreeze({
  salesforce: {
    'Business User': { roles: ['user'] },
    'Decision Maker': { roles: ['decider'] },
    'Economic Buyer': { roles: ['approver'] },
    'Economic Decision Maker': { roles: ['decider', 'approver'] },
    Evaluator: { roles: ['prescriber'] },
    'Executive Sponsor': { roles: ['approver'] },
    Influencer: { roles: ['advisor'] },
    'Technical Buyer': { roles: ['prescriber'] },
    Other: null,
  },
  hubspot: {
    BLOCKER: { roles: [], stance: 'blocker' },
    BUDGET_HOLDER: { roles: ['approver'] },
    CHAMPION: { roles: [], stance: 'champion' },
    DECISION_MAKER: { roles: ['decider'] },
    END_USER: { roles: ['user'] },
    EXECUTIVE_SPONSOR: { roles: ['approver'] },
    INFLUENCER: { roles: ['advisor'] },
    LEGAL_AND_COMPLIANCE: { roles: ['advisor'] },
    OTHER: null,
  },
  dynamics: {
    Champion: { roles: [], stance: 'champion' },
    'Decision Maker': { roles: ['decider'] },
    'End User': { roles: ['user'] },
    'Economic Buyer': { roles: ['approver'] },
    Influencer: { roles: ['advisor'] },
    'Technical Buyer': { roles: ['prescriber'] },
    Stakeholder: null,
  },
} as const satisfies Record<CrmRoleSystem, Readonly<Record<string, CrmRoleMapping>>>);

/** The result of {@link fromCrmRole}. */
export interface CrmRole {
  /** `true` when the value names a role or a stance; `false` for an unknown value or one that names neither. */
  readonly mapped: boolean;
  /** The roles the value names (empty when unmapped, or when it names only a stance). */
  readonly roles: readonly Role[];
  /** The stance the value names, if any. */
  readonly stance?: Stance;
  /** Why: `mapped`, `no-role` (a value the CRM ships that names no role) or `unknown-value`. */
  readonly reasons: readonly Reason<'mapped' | 'no-role' | 'unknown-value'>[];
}

const key = (value: string): string => value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

const crmSystemSchema = /* @__PURE__ */ z.enum(CRM_ROLE_SYSTEMS);
const crmValueSchema = /* @__PURE__ */ z.string().check(z.maxLength(MAX_TEXT_LENGTH));
const crmEntrySchema = /* @__PURE__ */ z.strictObject({ roles: z.readonly(z.array(roleSchema)), stance: z.optional(stanceSchema) });

/** Validates a user's picklist map entry by entry (no `z.record`: it would cost half a kilobyte). */
function parseMap(map: unknown): Readonly<Record<string, CrmRoleMapping>> {
  if (typeof map !== 'object' || map === null || Array.isArray(map)) fail('map', 'an object', map);
  for (const [k, entry] of Object.entries(map)) {
    if (entry !== null) parse(crmEntrySchema, entry, `map[${JSON.stringify(k)}]`);
  }
  return map as Readonly<Record<string, CrmRoleMapping>>;
}

/**
 * Maps a value of a CRM's role picklist to buygrid roles and stance, matching
 * case-insensitively and treating spaces, `_` and `-` alike. An unknown value is reported
 * as unmapped, never guessed.
 *
 * @param system - `'salesforce'`, `'hubspot'` or `'dynamics'`.
 * @param value - the CRM value, as `'Technical Buyer'` or `'DECISION_MAKER'`.
 * @param map - your own picklist map for this system (default: `CRM_ROLE_MAPS[system]`).
 * @returns `{ mapped, roles, stance?, reasons }`.
 * @throws {@link BuygridInputError} for an unknown system or a value that is not a string.
 *
 * @example
 * ```ts
 * import { fromCrmRole } from 'buygrid/buying-center';
 * fromCrmRole('hubspot', 'decision_maker');
 * //=> { mapped: true, roles: ['decider'] }
 * fromCrmRole('dynamics', 'Champion');
 * //=> { mapped: true, roles: [], stance: 'champion' }
 * fromCrmRole('salesforce', 'Procurement Lead');
 * //=> { mapped: false, roles: [] }
 * ```
 */
export function fromCrmRole(
  system: CrmRoleSystem,
  value: string,
  map?: Readonly<Record<string, CrmRoleMapping>>,
): CrmRole {
  const crm = parse(crmSystemSchema, system, 'system');
  const raw = parse(crmValueSchema, value, 'value');
  const table: Readonly<Record<string, CrmRoleMapping>> =
    map === undefined ? CRM_ROLE_MAPS[crm] : parseMap(map);
  const found = Object.keys(table).find((k) => key(k) === key(raw));
  if (found === undefined) {
    return deepFreeze({
      mapped: false,
      roles: [],
      reasons: [{ code: 'unknown-value', message: `${JSON.stringify(raw)} is not a value of the ${crm} map: left unmapped rather than guessed.` }],
    });
  }
  const entry = table[found] as CrmRoleMapping;
  if (entry === null) {
    return deepFreeze({ mapped: false, roles: [], reasons: [{ code: 'no-role', message: `${crm} "${found}" names no buying-center role.` }] });
  }
  const what = [...entry.roles, ...(entry.stance === undefined ? [] : [`stance ${entry.stance}`])].join(', ');
  return deepFreeze({
    mapped: true,
    roles: [...entry.roles],
    ...(entry.stance === undefined ? {} : { stance: entry.stance }),
    reasons: [{ code: 'mapped', message: `${crm} "${found}" → ${what}.` }],
  });
}
