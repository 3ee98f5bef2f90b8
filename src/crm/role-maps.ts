/**
 * The role picklists of three CRMs, as data: what each value means in buygrid's terms,
 * and which value to write back for a role or a stance.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Role } from '../_lib/vocabulary.js';
import type { Stance } from '../buying-center/schema.js';
import type { CrmSystem } from './systems.js';

/**
 * What one CRM value means in buygrid's terms: the roles (possibly none) and the stance it
 * implies, or `null` for a value the CRM ships that names no role (`Other`, `Stakeholder`).
 */
export type CrmRoleMapping = { readonly roles: readonly Role[]; readonly stance?: Stance | undefined } | null;

/**
 * The role picklists of three CRMs, value by value, mapped to roles and stance. Keys are
 * the API values; labels compare equal to them (`Decision Maker` = `DECISION_MAKER`,
 * `Legal & Compliance` = `LEGAL_AND_COMPLIANCE`). The maps are lossy — the CRMs mix role
 * and stance — and are buygrid's reading; read them before trusting them, and extend or
 * replace them in {@link fromCrmRole}'s options for a customized picklist.
 *
 * - Salesforce `OpportunityContactRole.Role`, standard value set `ContactRole` (nine
 *   values; the same set feeds the multi-select `AccountContactRelation.Roles`).
 * - HubSpot contact property `hs_buying_role` (nine values; a multiple-checkbox property).
 * - Dynamics 365 Sales connection roles of the *Stakeholder* category.
 *
 * *Economic Buyer* and *Technical Buyer* are Miller & Heiman's terms (*Strategic Selling*,
 * 1985), later reused by MEDDIC: the economic buyer gives the final approval and can veto
 * (an `approver`); the technical buyer screens offers against the specification and can
 * say no but not yes — a `prescriber` and a `gatekeeper` (the French *filtre*).
 *
 * @see Salesforce Metadata API, "StandardValueSet Names and Standard Picklist Fields" (`ContactRole`).
 * @see HubSpot contact property `hs_buying_role` ("Buying Role", enumeration, checkbox).
 * @see Microsoft Learn, Dynamics 365 Sales, "Manage stakeholders and sales team".
 * @see Miller, R. B. & Heiman, S. E. (1985), *Strategic Selling*, New York: Morrow.
 *
 * @example
 * ```ts
 * import { CRM_ROLE_MAPS } from 'buygrid/crm';
 * CRM_ROLE_MAPS.salesforce['Technical Buyer'];
 * //=> { roles: ['prescriber', 'gatekeeper'] }
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
    'Technical Buyer': { roles: ['prescriber', 'gatekeeper'] },
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
    'Technical Buyer': { roles: ['prescriber', 'gatekeeper'] },
    Stakeholder: null,
  },
} as const satisfies Record<CrmSystem, Readonly<Record<string, CrmRoleMapping>>>);

/**
 * The labels a CRM shows for its role values, where they differ from the API values
 * (HubSpot; Salesforce's and Dynamics' API values are their labels).
 *
 * @example
 * ```ts
 * import { CRM_ROLE_LABELS } from 'buygrid/crm';
 * CRM_ROLE_LABELS.hubspot.LEGAL_AND_COMPLIANCE;
 * //=> 'Legal & Compliance'
 * ```
 * @see HubSpot contact property `hs_buying_role` (labels as HubSpot shows them).
 */
export const CRM_ROLE_LABELS = /* @__PURE__ */ deepFreeze({
  salesforce: {},
  hubspot: {
    BLOCKER: 'Blocker',
    BUDGET_HOLDER: 'Budget Holder',
    CHAMPION: 'Champion',
    DECISION_MAKER: 'Decision Maker',
    END_USER: 'End User',
    EXECUTIVE_SPONSOR: 'Executive Sponsor',
    INFLUENCER: 'Influencer',
    LEGAL_AND_COMPLIANCE: 'Legal & Compliance',
    OTHER: 'Other',
  },
  dynamics: {},
} as const satisfies Record<CrmSystem, Readonly<Record<string, string>>>);

/**
 * Which CRM value {@link toCrmRole} writes back for each role and stance, per system, in
 * the order written; `null` where the CRM has no value for it (that part is lost). buygrid's
 * choice: one value per role, the plainest (`approver` → *Economic Buyer*, not *Executive
 * Sponsor*); a `gatekeeper` → *Technical Buyer* (Miller & Heiman's screener) where the CRM
 * has one. No CRM has an `initiator` or a `buyer` (the purchasing agent), nor the stances
 * `supporter`, `neutral`, `skeptic`.
 *
 * @example
 * ```ts
 * import { CRM_ROLE_WRITEBACK } from 'buygrid/crm';
 * CRM_ROLE_WRITEBACK.hubspot.roles.decider;
 * //=> 'DECISION_MAKER'
 * CRM_ROLE_WRITEBACK.salesforce.stances.champion;
 * //=> null
 * ```
 */
export const CRM_ROLE_WRITEBACK = /* @__PURE__ */ deepFreeze({
  salesforce: {
    roles: {
      decider: 'Decision Maker',
      approver: 'Economic Buyer',
      prescriber: 'Technical Buyer',
      gatekeeper: 'Technical Buyer',
      user: 'Business User',
      advisor: 'Influencer',
      initiator: null,
      buyer: null,
    },
    stances: { champion: null, supporter: null, neutral: null, skeptic: null, blocker: null },
  },
  hubspot: {
    roles: {
      decider: 'DECISION_MAKER',
      approver: 'BUDGET_HOLDER',
      prescriber: null,
      gatekeeper: null,
      user: 'END_USER',
      advisor: 'INFLUENCER',
      initiator: null,
      buyer: null,
    },
    stances: { champion: 'CHAMPION', supporter: null, neutral: null, skeptic: null, blocker: 'BLOCKER' },
  },
  dynamics: {
    roles: {
      decider: 'Decision Maker',
      approver: 'Economic Buyer',
      prescriber: 'Technical Buyer',
      gatekeeper: 'Technical Buyer',
      user: 'End User',
      advisor: 'Influencer',
      initiator: null,
      buyer: null,
    },
    stances: { champion: 'Champion', supporter: null, neutral: null, skeptic: null, blocker: null },
  },
} as const satisfies Record<
  CrmSystem,
  { readonly roles: Readonly<Record<Role, string | null>>; readonly stances: Readonly<Record<Stance, string | null>> }
>);
