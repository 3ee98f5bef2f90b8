/**
 * The buying organization: its type, its size band and the procurement regime it implies.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Reason } from '../_lib/reason.js';
import { nonNegative } from '../_lib/schemas.js';
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
import { sizeBandOf } from './size-band.js';

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
export const DEFAULT_REGIMES = {
  company: 'private',
  'public-body': 'public-tender',
  institution: 'private',
} as const satisfies Record<OrganizationType, Regime>;

/** Schema of an {@link situation!OrganizationInput}. */
export const organizationInputSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    type: z.optional(organizationTypeSchema),
    employees: z.optional(nonNegative),
    turnover: z.optional(nonNegative),
    balanceSheet: z.optional(nonNegative),
    regime: z.optional(regimeSchema),
  }),
);

/**
 * What {@link situation!classifyOrganization} takes: the type (default `company`), the
 * headcount, optionally a company's annual turnover and balance-sheet total in euros (for
 * its EU size band), a regime that overrides the default.
 */
export type OrganizationInput = z.input<typeof organizationInputSchema>;

/** The code of a reason of {@link situation!classifyOrganization}. */
export type OrganizationReasonCode =
  | 'organization-type'
  | 'organization-type-assumed'
  | `size-${SizeBand}`
  | 'no-size-band'
  | 'regime-default'
  | 'regime-given';

/** What {@link situation!classifyOrganization} returns. */
export interface OrganizationResult {
  /** The type of the buying organization. */
  readonly type: OrganizationType;
  /** A company's size band after the EU thresholds, when its headcount is known (none for a public body or an institution). */
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
        : key === 'employees' || key === 'turnover' || key === 'balanceSheet'
          ? v === undefined || (typeof v === 'number' && v >= 0 && v !== Infinity)
          : key === 'regime' && isOptionalOneOf(v, REGIMES);
    if (!ok) return false;
  }
  return true;
}

/** A number of euros, in millions where it is round enough. */
const euros = (n: number): string => (n >= 1_000_000 ? `€${String(Math.round(n / 100_000) / 10)}m` : `€${String(n)}`);

/** The reason for the size band, or for giving none. */
function sizeReason(input: OrganizationInput, employees: number, band: SizeBand | undefined): Reason<OrganizationReasonCode> {
  if (band === undefined) {
    return {
      code: 'no-size-band',
      message: `${String(employees)} employees; no size band: the EU thresholds (Recommendation 2003/361/EC) define enterprises, not ${input.type === 'public-body' ? 'public bodies' : 'institutions'}.`,
    };
  }
  const money = [
    input.turnover === undefined ? '' : `turnover ${euros(input.turnover)}`,
    input.balanceSheet === undefined ? '' : `balance sheet ${euros(input.balanceSheet)}`,
  ].filter((m) => m !== '');
  return {
    code: `size-${band}`,
    message:
      money.length === 0
        ? `${String(employees)} employees: a ${band} enterprise by headcount (EU thresholds 10, 50, 250; turnover and balance sheet not given).`
        : `${String(employees)} employees, ${money.join(', ')}: a ${band} enterprise (EU thresholds: headcount 10, 50, 250; turnover €2m, €10m, €50m or balance sheet €2m, €10m, €43m).`,
  };
}

/** Classifies an organization input already validated. */
export function organizationOf(input: OrganizationInput): OrganizationResult {
  const type = input.type ?? 'company';
  const reasons: Reason<OrganizationReasonCode>[] = [
    input.type === undefined
      ? { code: 'organization-type-assumed', message: 'The type of organization is not given: a company is assumed.' }
      : { code: 'organization-type', message: `The buyer is ${LABELS[type]}.` },
  ];
  const sizeBand = input.employees === undefined || type !== 'company' ? undefined : sizeBandOf({ ...input, employees: input.employees });
  if (input.employees !== undefined) reasons.push(sizeReason(input, input.employees, sizeBand));
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
 * Classifies the buying organization: its type (default `company`), a company's size band
 * after the EU thresholds (by headcount, and by turnover or balance sheet when given; a
 * public body or an institution gets none, since the Recommendation defines enterprises),
 * and its procurement regime (`public-tender` for a public body, `private`
 * otherwise, unless given).
 *
 * @param input - the type, the headcount, a company's turnover and balance sheet in euros, and an optional regime; all optional.
 * @returns the type, the size band (a company's, when the headcount is known), the regime and the reasons.
 * @throws {@link situation!BuygridInputError} on an unknown type or regime, a negative or non-finite headcount, or an unknown key.
 *
 * @example
 * ```ts
 * import { classifyOrganization } from 'buygrid/situation';
 * classifyOrganization({ type: 'public-body', employees: 1200 }).sizeBand;
 * //=> undefined
 * classifyOrganization({ employees: 49 }).sizeBand;
 * //=> 'small'
 * classifyOrganization({ employees: 49, turnover: 12_000_000 }).sizeBand;
 * //=> 'medium'
 * classifyOrganization({ type: 'school' as 'company' });
 * //=> throws BuygridInputError
 * ```
 * @see Commission Recommendation 2003/361/EC, Annex arts. 1–2 (the size bands, for enterprises).
 */
export function classifyOrganization(input: OrganizationInput = {}): OrganizationResult {
  return organizationOf(checked(organizationInputSchema, input, isOrganizationInput));
}
