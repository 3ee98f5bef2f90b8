/**
 * The buying organization: its type, its size band and the procurement regime it implies.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import type { SituationReason, SizeBandParams } from './messages.js';
import { employees, isEmployees, nonNegative } from '../_lib/schemas.js';
import {
  ORGANIZATION_TYPES,
  organizationTypeSchema,
  REGIMES,
  regimeSchema,
  type OrganizationType,
  type Regime,
} from '../_lib/vocabulary.js';
import { checked, isPlainRecord } from '../_lib/fast.js';
import { fail } from '../_lib/parse.js';
import { freezeList, isOptionalOneOf } from './check.js';
import type { SizeBand } from './schema.js';
import { sizeBandOf } from './size-band.js';

/**
 * The procurement regime each type of organization gets by default: a public body — a
 * State, regional or local authority — is a contracting authority and buys under public
 * procurement rules (Directive 2014/24/EU art. 2(1)(1)); a company or an institution is
 * assumed to buy privately. An organization that is a body governed by public law (art.
 * 2(1)(4): set up to meet needs in the general interest, not of an industrial or commercial
 * character, with legal personality, mostly financed or controlled by public authorities —
 * as many publicly funded hospitals, universities and schools are) passes `publicLaw: true`;
 * the reasons say when the private regime is only assumed.
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
export const organizationInputSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      type: z.optional(organizationTypeSchema()),
      employees: z.optional(employees()),
      turnover: z.optional(nonNegative()),
      balanceSheet: z.optional(nonNegative()),
      regime: z.optional(regimeSchema()),
      publicLaw: z.optional(z.boolean()),
    }),
  ),
);

/**
 * What {@link situation!classifyOrganization} takes: the type (default `company`), the
 * headcount, optionally a company's annual turnover and balance-sheet total in euros (for
 * its EU size band), `publicLaw` (a body governed by public law, Directive 2014/24/EU
 * art. 2(1)(4)), a regime that overrides the default.
 */
export type OrganizationInput = z.input<ReturnType<typeof organizationInputSchema>>;

/** The code of a reason of {@link situation!classifyOrganization}. */
export type OrganizationReasonCode =
  | 'organization-type'
  | 'organization-type-assumed'
  | `size-${SizeBand}`
  | 'no-size-band'
  | 'regime-default'
  | 'regime-assumed'
  | 'regime-public-law'
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
  readonly reasons: readonly SituationReason<OrganizationReasonCode>[];
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
          ? v === undefined ||
            (key === 'employees' ? isEmployees(v) : typeof v === 'number' && v >= 0 && v !== Infinity)
          : key === 'publicLaw'
            ? v === undefined || typeof v === 'boolean'
            : key === 'regime' && isOptionalOneOf(v, REGIMES);
    if (!ok) return false;
  }
  return true;
}

/** A number of euros, in millions where it is round enough. */
const euros = (n: number): string => (n >= 1_000_000 ? `€${String(Math.round(n / 100_000) / 10)}m` : `€${String(n)}`);

/** The reason for the size band, or for giving none. */
function sizeReason(
  input: OrganizationInput,
  employees: number,
  band: SizeBand | undefined,
): SituationReason<OrganizationReasonCode> {
  if (band === undefined) {
    return {
      code: 'no-size-band',
      params: { employees, type: input.type === 'public-body' ? 'public-body' : 'institution' },
      message: `${String(employees)} employees; no size band: the EU thresholds (Recommendation 2003/361/EC) define enterprises, not ${input.type === 'public-body' ? 'public bodies' : 'institutions'}.`,
    };
  }
  const money = [
    input.turnover === undefined ? '' : `turnover ${euros(input.turnover)}`,
    input.balanceSheet === undefined ? '' : `balance sheet ${euros(input.balanceSheet)}`,
  ].filter((m) => m !== '');
  const params: SizeBandParams = {
    employees,
    ...(input.turnover === undefined ? {} : { turnover: input.turnover }),
    ...(input.balanceSheet === undefined ? {} : { balanceSheet: input.balanceSheet }),
  };
  return {
    code: `size-${band}`,
    params,
    message:
      money.length === 0
        ? `${String(employees)} employees: a ${band} enterprise by headcount (EU thresholds 10, 50, 250; turnover and balance sheet not given).`
        : `${String(employees)} employees, ${money.join(', ')}: a ${band} enterprise (EU thresholds: headcount 10, 50, 250; turnover €2m, €10m, €50m or balance sheet €2m, €10m, €43m).`,
  };
}

/** Why the regime of an organization is what it is, when no regime is given. */
function regimeReason(type: OrganizationType, publicLaw: boolean | undefined): SituationReason<OrganizationReasonCode> {
  if (type === 'public-body') {
    return {
      code: 'regime-default',
      params: { type },
      message:
        'A public body (a State, regional or local authority) is a contracting authority (Directive 2014/24/EU art. 2(1)(1)): it buys under public procurement rules — a procedure of the Directive above the EU thresholds, national rules below them.',
    };
  }
  if (publicLaw === true) {
    return {
      code: 'regime-public-law',
      params: {},
      message:
        'A body governed by public law is a contracting authority (Directive 2014/24/EU art. 2(1)(4)): it buys under public procurement rules.',
    };
  }
  if (publicLaw === false)
    return {
      code: 'regime-default',
      params: { type },
      message: `Not a body governed by public law: ${LABELS[type]} buys under the private regime.`,
    };
  return {
    code: 'regime-assumed',
    params: { type },
    message:
      type === 'institution'
        ? 'An institution is assumed to buy under the private regime; many publicly funded hospitals, universities and schools are bodies governed by public law (Directive 2014/24/EU art. 2(1)(4)) and buy under public rules: pass publicLaw: true.'
        : 'A company is assumed to buy under the private regime (unless it is a body governed by public law, Directive 2014/24/EU art. 2(1)(4): pass publicLaw: true).',
  };
}

/** Classifies an organization input already validated. */
export function organizationOf(input: OrganizationInput, prefix = ''): OrganizationResult {
  const type = input.type ?? 'company';
  const reasons: SituationReason<OrganizationReasonCode>[] = [
    input.type === undefined
      ? {
          code: 'organization-type-assumed',
          params: {},
          message: 'The type of organization is not given: a company is assumed.',
        }
      : { code: 'organization-type', params: { type }, message: `The buyer is ${LABELS[type]}.` },
  ];
  const sizeBand =
    input.employees === undefined || type !== 'company'
      ? undefined
      : sizeBandOf({ ...input, employees: input.employees });
  if (input.employees !== undefined) reasons.push(sizeReason(input, input.employees, sizeBand));
  if (type === 'public-body' && input.publicLaw === false) {
    fail(
      prefix === '' ? 'publicLaw' : `${prefix}.publicLaw`,
      'true or nothing for a public body (a State, regional or local authority is a contracting authority, Directive 2014/24/EU art. 2(1)(1))',
      false,
    );
  }
  const regime = input.regime ?? (input.publicLaw === true ? 'public-tender' : DEFAULT_REGIMES[type]);
  reasons.push(
    input.regime === undefined
      ? regimeReason(type, input.publicLaw)
      : { code: 'regime-given', params: { regime }, message: `The regime is given: ${regime}.` },
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
 * and its procurement regime (`public-tender` for a public body or a body governed by
 * public law, `publicLaw: true`; `private` otherwise — assumed, as the reasons say — unless
 * given).
 *
 * @param input - the type, the headcount, a company's turnover and balance sheet in euros, `publicLaw`, and an optional regime; all optional.
 * @returns the type, the size band (a company's, when the headcount is known), the regime and the reasons.
 * @throws {@link situation!BuygridInputError} on an unknown type or regime, a negative or non-finite headcount, a
 * non-boolean `publicLaw` (or `false` for a public body), or an unknown key.
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
 * classifyOrganization({ type: 'institution', publicLaw: true }).regime;
 * //=> 'public-tender'
 * classifyOrganization({ type: 'school' as 'company' });
 * //=> throws BuygridInputError
 * ```
 * @see Commission Recommendation 2003/361/EC, Annex arts. 1–2 (the size bands, for enterprises).
 */
export function classifyOrganization(input: OrganizationInput = {}): OrganizationResult {
  return organizationOf(checked(organizationInputSchema(), input, isOrganizationInput));
}
