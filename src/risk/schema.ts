/**
 * The input of the perceived-risk calculator.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { nonNegative, unit } from '../_lib/schemas.js';
import { purchaseSituationSchema } from '../situation/schema.js';
import { riskBandsSchema, riskBandsShape } from './bands.js';
import { riskDimensionSchema } from './dimensions.js';
import { riskProfileSchema } from './profile.js';
import { riskReducerIdSchema } from './reducers.js';

/** Schema of the two components of one dimension, each in `[0, 1]`. */
export const dimensionAssessmentSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(z.strictObject({ uncertainty: unit(), consequence: unit() })),
);
/** The uncertainty and the consequence of one dimension, each in `[0, 1]` (Cunningham 1967). */
export type DimensionAssessment = z.output<ReturnType<typeof dimensionAssessmentSchema>>;

/** Schema of the weights: any dimension's weight, a finite number ≥ 0. */
export const riskWeightsSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(z.partialRecord(riskDimensionSchema(), nonNegative())),
);
/** Weights of some dimensions, each ≥ 0, overriding the defaults of `RISK_WEIGHTS`. */
export type RiskWeights = z.output<ReturnType<typeof riskWeightsSchema>>;

/** Schema of a {@link RiskInput}. */
export const riskInputSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      dimensions: z.optional(z.readonly(z.partialRecord(riskDimensionSchema(), dimensionAssessmentSchema()))),
      profile: z.optional(riskProfileSchema()),
      situation: z.optional(purchaseSituationSchema()),
      weights: z.optional(riskWeightsSchema()),
      bands: z.optional(riskBandsSchema()),
      appliedReducers: z.optional(z.readonly(z.array(riskReducerIdSchema()))),
    }),
  ),
);

/**
 * What `assessRisk` takes: explicit `dimensions`, a buyer `profile`, or both (explicit
 * values win); a `situation` in place of the profile's importance and buyclass; optional
 * `weights` and `bands` overriding the defaults; the reducers already applied.
 */
export type RiskInput = z.input<ReturnType<typeof riskInputSchema>>;
/** A {@link RiskInput} once validated. */
export type ParsedRiskInput = z.output<ReturnType<typeof riskInputSchema>>;

/** Schema of a {@link RiskChange}: a {@link RiskInput} with every field optional, down to the components. */
export const riskChangeSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      dimensions: z.optional(
        z.readonly(
          z.partialRecord(
            riskDimensionSchema(),
            z.readonly(z.strictObject({ uncertainty: z.optional(unit()), consequence: z.optional(unit()) })),
          ),
        ),
      ),
      profile: z.optional(z.readonly(z.partial(riskProfileSchema().def.innerType))),
      situation: z.optional(purchaseSituationSchema()),
      weights: z.optional(riskWeightsSchema()),
      bands: z.optional(z.readonly(z.partial(z.strictObject(riskBandsShape())))),
      appliedReducers: z.optional(z.readonly(z.array(riskReducerIdSchema()))),
    }),
  ),
);
/**
 * A change to a {@link RiskInput} for `whatIf`: merged deeply into the input, arrays
 * (`appliedReducers`) replaced.
 */
export type RiskChange = z.input<ReturnType<typeof riskChangeSchema>>;
