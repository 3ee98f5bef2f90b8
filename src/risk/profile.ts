/**
 * The buyer profile — the questions a French B2B marketing text asks about each client —
 * and how each answer raises the uncertainty or the
 * consequence of dimensions.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { unit } from '../_lib/schemas.js';
import { buyclassSchema, importanceSchema } from '../_lib/vocabulary.js';
import type { RiskDimension } from './dimensions.js';

/** Schema of an ISO 4217 currency code, three capital letters. */
export const currencyCodeSchema = /* @__PURE__ */ lazy(() =>
  z
    .string()
    .check(z.refine((v) => /^[A-Z]{3}$/.test(v), { message: 'an ISO 4217 currency code, as "EUR"', abort: true })),
);

/** Schema of a {@link RiskProfile}. */
export const riskProfileSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      supplierRelationship: z.enum(['incumbent', 'known', 'new']),
      buysFromCompetitor: z.optional(z.boolean()),
      leadTimeCritical: z.optional(z.boolean()),
      currency: z.optional(z.readonly(z.strictObject({ buyer: currencyCodeSchema(), supplier: currencyCodeSchema() }))),
      afterSalesDependency: z.optional(z.enum(['low', 'moderate', 'high'])),
      importance: z.optional(importanceSchema()),
      buyclass: z.optional(buyclassSchema()),
      budgetShare: z.optional(unit()),
    }),
  ),
);

/**
 * The questions a French B2B marketing text asks a seller to answer about each client, as answers: the relationship with the
 * assessed supplier (`incumbent`, `known` — the buyer knows it but does not buy this from
 * it now — or `new`), whether the client buys this from a competitor now, whether lead
 * times are critical, the buyer's and the supplier's currencies, the dependency on
 * after-sales service, the importance and buyclass of the purchase, and its share of the
 * buyer's budget in `[0, 1]`.
 */
export type RiskProfile = z.output<ReturnType<typeof riskProfileSchema>>;

/** The questions of the profile that take one of a few answers. */
export type ProfileQuestion = Exclude<keyof RiskProfile, 'budgetShare'>;

/** What one answer adds to the uncertainty and to the consequence of dimensions. */
export interface ProfileEffect {
  /** Added to the uncertainty of each dimension named. */
  readonly uncertainty?: Readonly<Partial<Record<RiskDimension, number>>>;
  /** Added to the consequence of each dimension named. */
  readonly consequence?: Readonly<Partial<Record<RiskDimension, number>>>;
  /** The answer in words, opening the reason's message. */
  readonly says: string;
}

/**
 * What each answer of the profile adds to the uncertainty and the consequence of each
 * dimension; a dimension's value is the sum over the answers, capped at 1. `unanswered`
 * applies when the question was not answered. The amounts are modelling assumptions
 * (ordinal judgements made numeric), documented in `docs/risk.md`: a new supplier and a
 * new task raise uncertainty (prior experience is "a determining factor in risk
 * perception"); importance, lead-time criticality and after-sales dependency raise the
 * stake; switching away from a competitor raises performance and social uncertainty.
 *
 * @example
 * ```ts
 * import { PROFILE_EFFECTS } from 'buygrid/risk';
 * PROFILE_EFFECTS.supplierRelationship.new.uncertainty.supplier;
 * //=> 0.6
 * ```
 * @see Cox (1967); Kull, Oke & Dooley (2014), Decision Sciences 45(3); Håkansson (1982); Ford (1980), European Journal of Marketing 14(5/6).
 */
export const PROFILE_EFFECTS = /* @__PURE__ */ deepFreeze({
  supplierRelationship: {
    new: {
      says: 'The supplier is new to the buyer',
      uncertainty: { performance: 0.5, delivery: 0.5, supplier: 0.6, 'after-sales': 0.5, social: 0.2, financial: 0.1 },
    },
    known: {
      says: 'The buyer knows the supplier but does not buy this from it now',
      uncertainty: { performance: 0.3, delivery: 0.3, supplier: 0.3, 'after-sales': 0.3, social: 0.1 },
    },
    incumbent: {
      says: 'The supplier is the incumbent',
      uncertainty: { performance: 0.1, delivery: 0.1, supplier: 0.1, 'after-sales': 0.1 },
    },
  },
  buysFromCompetitor: {
    yes: {
      says: 'The client buys this from a competitor now, so switching',
      uncertainty: { performance: 0.2, social: 0.3 },
    },
    no: { says: 'The client does not buy this from a competitor' },
  },
  leadTimeCritical: {
    yes: { says: 'Lead times are critical', consequence: { delivery: 0.8 } },
    no: { says: 'Lead times are not critical', consequence: { delivery: 0.2 } },
  },
  currency: {
    different: { says: 'The supplier bills in another currency than the buyer’s', uncertainty: { currency: 0.5 } },
    same: { says: 'Buyer and supplier share a currency' },
  },
  afterSalesDependency: {
    high: { says: 'The buyer depends highly on after-sales service', consequence: { 'after-sales': 0.8 } },
    moderate: { says: 'The buyer depends moderately on after-sales service', consequence: { 'after-sales': 0.5 } },
    low: { says: 'The buyer depends little on after-sales service', consequence: { 'after-sales': 0.2 } },
  },
  importance: {
    strategic: { says: 'The purchase is strategic', consequence: { performance: 0.8, supplier: 0.7, social: 0.6 } },
    banal: { says: 'The purchase is banal', consequence: { performance: 0.3, supplier: 0.2, social: 0.2 } },
    unanswered: {
      says: 'The importance of the purchase is not known (a middle value is assumed)',
      consequence: { performance: 0.5, supplier: 0.45, social: 0.4 },
    },
  },
  buyclass: {
    'new-task': { says: 'The purchase is a new task', uncertainty: { performance: 0.2, financial: 0.4 } },
    'modified-rebuy': { says: 'The purchase is a modified rebuy', uncertainty: { performance: 0.1, financial: 0.2 } },
    'straight-rebuy': { says: 'The purchase is a straight rebuy', uncertainty: { financial: 0.05 } },
    unanswered: {
      says: 'The buyclass is not known (a middle value is assumed)',
      uncertainty: { performance: 0.1, financial: 0.2 },
    },
  },
} as const satisfies {
  readonly supplierRelationship: Readonly<Record<RiskProfile['supplierRelationship'], ProfileEffect>>;
  readonly buysFromCompetitor: { readonly yes: ProfileEffect; readonly no: ProfileEffect };
  readonly leadTimeCritical: { readonly yes: ProfileEffect; readonly no: ProfileEffect };
  readonly currency: { readonly different: ProfileEffect; readonly same: ProfileEffect };
  readonly afterSalesDependency: Readonly<Record<NonNullable<RiskProfile['afterSalesDependency']>, ProfileEffect>>;
  readonly importance: Readonly<Record<NonNullable<RiskProfile['importance']> | 'unanswered', ProfileEffect>>;
  readonly buyclass: Readonly<Record<NonNullable<RiskProfile['buyclass']> | 'unanswered', ProfileEffect>>;
});

/**
 * How the share of the buyer's budget sets the consequence of the money-bearing
 * dimensions: `base + slope × budgetShare`, or `unanswered` when no share is given. An
 * assumption: a purchase that takes more of the budget has more at stake (Cox & Rich's
 * "amount at stake"; size of expenditure as an antecedent of risk).
 *
 * @example
 * ```ts
 * import { BUDGET_SHARE_EFFECT } from 'buygrid/risk';
 * BUDGET_SHARE_EFFECT.financial.base + BUDGET_SHARE_EFFECT.financial.slope * 0.5;
 * //=> 0.6
 * ```
 */
export const BUDGET_SHARE_EFFECT = /* @__PURE__ */ deepFreeze({
  financial: { base: 0.2, slope: 0.8, unanswered: 0.5 },
  currency: { base: 0.2, slope: 0.8, unanswered: 0.5 },
} as const satisfies Readonly<Partial<Record<RiskDimension, { base: number; slope: number; unanswered: number }>>>);

/**
 * The answer that makes each dimension assessed from the profile: a dimension whose
 * question was not answered is not derived (and, unless given, listed as not assessed).
 * `supplierRelationship` is always answered.
 *
 * @example
 * ```ts
 * import { PROFILE_ASSESSES } from 'buygrid/risk';
 * PROFILE_ASSESSES.currency;
 * //=> 'currency'
 * ```
 */
export const PROFILE_ASSESSES = /* @__PURE__ */ deepFreeze({
  financial: 'budgetShare',
  performance: 'supplierRelationship',
  delivery: 'leadTimeCritical',
  supplier: 'supplierRelationship',
  'after-sales': 'afterSalesDependency',
  currency: 'currency',
  social: 'supplierRelationship',
} as const satisfies Record<RiskDimension, keyof RiskProfile>);
