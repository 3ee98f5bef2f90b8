/**
 * The buying organization: its type, its size band and the procurement regime it implies.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import type { Reason } from '../_lib/reason.js';
import { employees, isEmployees } from '../_lib/schemas.js';
import {
  ORGANIZATION_TYPES,
  organizationTypeSchema,
  REGIMES,
  regimeSchema,
  type OrganizationType,
  type Regime,
} from '../_lib/vocabulary.js';
import { checked, isPlainRecord } from '../_lib/fast.js';
import { freezeList, isOptionalOneOf } from './check.js';
import type { SizeBand } from './schema.js';

/**
 * The headcount below which each size band ends, as in the EU definition of SMEs
 * (Recommendation 2003/361/EC, staff headcount): micro < 10, small < 50, medium < 250,
 * large from 250.
 *
 * @example
 * ```ts
 * import { SIZE_BAND_LIMITS } from 'buygrid/situation';
 * SIZE_BAND_LIMITS.medium;
 * //=> 250
 * ```
 * @see Commission Recommendation 2003/361/EC of 6 May 2003 concerning the definition of micro, small and medium-sized enterprises.
 */
export const SIZE_BAND_LIMITS = /* @__PURE__ */ deepFreeze({ micro: 10, small: 50, medium: 250 } as const satisfies Partial<Record<SizeBand, number>>);

/**
 * The procurement regime each type of organization gets by default: a public body buys
 * by public tender (seed 000; Kotler & Armstrong: governments require bids), a company or
 * an institution privately. A publicly funded institution bound by tender rules passes
 * `regime: 'public-tender'` explicitly.
 *
 * @example
 * ```ts
 * import { DEFAULT_REGIMES } from 'buygrid/situation';
 * DEFAULT_REGIMES['public-body'];
 * //=> 'public-tender'
 * ```
 */
export const DEFAULT_REGIMES = /* @__PURE__ */ deepFreeze({
  company: 'private',
  'public-body': 'public-tender',
  institution: 'private',
} as const satisfies Record<OrganizationType, Regime>);

/** Schema of an {@link situation!OrganizationInput}. */
export const organizationInputSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    type: z.optional(organizationTypeSchema),
    employees: z.optional(employees),
    regime: z.optional(regimeSchema),
  }),
);

/** What {@link situation!classifyOrganization} takes: the type (default `company`), the headcount, a regime that overrides the default. */
export type OrganizationInput = z.input<typeof organizationInputSchema>;

/** The code of a reason of {@link situation!classifyOrganization}. */
export type OrganizationReasonCode =
  | 'organization-type'
  | 'organization-type-assumed'
  | `size-${SizeBand}`
  | 'regime-default'
  | 'regime-given';

/** What {@link situation!classifyOrganization} returns. */
export interface OrganizationResult {
  /** The type of the buying organization. */
  readonly type: OrganizationType;
  /** The EU size band, when the headcount is known. */
  readonly sizeBand?: SizeBand;
  /** The procurement regime. */
  readonly regime: Regime;
  /** Why: the type, the size band, the regime. */
  readonly reasons: readonly Reason<OrganizationReasonCode>[];
}

const LABELS: Readonly<Record<OrganizationType, string>> = {
  company: 'a company',
  'public-body': 'a public body',
  institution: 'an institution',
};

/** Accepts exactly what `organizationInputSchema` accepts unchanged, as plain objects. */
export function isOrganizationInput(value: unknown): value is OrganizationInput {
  if (!isPlainRecord(value)) return false;
  for (const key in value) {
    const v = value[key];
    const ok =
      key === 'type'
        ? isOptionalOneOf(v, ORGANIZATION_TYPES)
        : key === 'employees'
          ? v === undefined || isEmployees(v)
          : key === 'regime' && isOptionalOneOf(v, REGIMES);
    if (!ok) return false;
  }
  return true;
}

/** The EU size band of a headcount. */
export function sizeBandOf(employees: number): SizeBand {
  if (employees < SIZE_BAND_LIMITS.micro) return 'micro';
  if (employees < SIZE_BAND_LIMITS.small) return 'small';
  if (employees < SIZE_BAND_LIMITS.medium) return 'medium';
  return 'large';
}

/** Classifies an organization input already validated. */
export function organizationOf(input: OrganizationInput): OrganizationResult {
  const type = input.type ?? 'company';
  const reasons: Reason<OrganizationReasonCode>[] = [
    input.type === undefined
      ? { code: 'organization-type-assumed', message: 'The type of organization is not given: a company is assumed.' }
      : { code: 'organization-type', message: `The buyer is ${LABELS[type]}.` },
  ];
  const sizeBand = input.employees === undefined ? undefined : sizeBandOf(input.employees);
  if (input.employees !== undefined && sizeBand !== undefined) {
    reasons.push({
      code: `size-${sizeBand}`,
      message: `${String(input.employees)} employees: a ${sizeBand} organization (EU thresholds 10, 50, 250).`,
    });
  }
  const regime = input.regime ?? DEFAULT_REGIMES[type];
  reasons.push(
    input.regime === undefined
      ? {
          code: 'regime-default',
          message:
            regime === 'public-tender'
              ? 'A public body buys by public tender: competitive bids, usually several offers (rules vary by jurisdiction).'
              : `${LABELS[type].replace(/^a/, 'A')} buys under the private regime.`,
        }
      : { code: 'regime-given', message: `The regime is given: ${regime}.` },
  );
  const frozen = freezeList(reasons);
  return Object.freeze(
    sizeBand === undefined ? { type, regime, reasons: frozen } : { type, sizeBand, regime, reasons: frozen },
  );
}

/**
 * Classifies the buying organization: its type (default `company`), its EU size band from
 * the headcount, and its procurement regime (`public-tender` for a public body, `private`
 * otherwise, unless given).
 *
 * @param input - the type, the headcount and an optional regime; all optional.
 * @returns the type, the size band (when the headcount is known), the regime and the reasons.
 * @throws {@link situation!BuygridInputError} on an unknown type or regime, a negative or non-finite headcount, or an unknown key.
 *
 * @example
 * ```ts
 * import { classifyOrganization } from 'buygrid/situation';
 * classifyOrganization({ type: 'public-body', employees: 1200 });
 * //=> { type: 'public-body', sizeBand: 'large', regime: 'public-tender' }
 * classifyOrganization({ employees: 49 }).sizeBand;
 * //=> 'small'
 * classifyOrganization({ type: 'school' as 'company' });
 * //=> throws BuygridInputError
 * ```
 * @see Commission Recommendation 2003/361/EC (the size bands).
 */
export function classifyOrganization(input: OrganizationInput = {}): OrganizationResult {
  return organizationOf(checked(organizationInputSchema, input, isOrganizationInput));
}
