/**
 * The input of the account view: its shape, and a copy of the caller's data read once.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { BuygridInputError } from '../_lib/errors.js';
import { parse } from '../_lib/parse.js';
import { text, timestamp } from '../_lib/schemas.js';
import { organizationTypeSchema, stepSchema, type Step } from '../_lib/vocabulary.js';
import type { BuyingCenter } from '../buying-center/schema.js';
import type { PurchaseState } from '../process/state.js';
import type { RiskInput } from '../risk/schema.js';
import { SUPPLIER_POSITIONS, type SupplierPosition } from '../situation/approach-actions.js';
import type { PurchaseSituation } from '../situation/schema.js';
import type { SituationInput } from '../situation/situation.js';

/**
 * Why an organization buys (a Greek marketing teaching text: organizations buy
 * goods for resale, for the production of other goods, or for their own operations).
 *
 * @example
 * ```ts
 * import { PURPOSES } from 'buygrid/prospect';
 * PURPOSES;
 * //=> ['resale', 'production', 'operations']
 * ```
 */
export const PURPOSES = /* @__PURE__ */ deepFreeze(['resale', 'production', 'operations'] as const);
/** One of the {@link PURPOSES}. */
export type Purpose = (typeof PURPOSES)[number];

/**
 * Where the demand of the buyer's own customers is going: B2B demand is derived from it.
 *
 * @example
 * ```ts
 * import { DOWNSTREAM_DEMANDS } from 'buygrid/prospect';
 * DOWNSTREAM_DEMANDS[0];
 * //=> 'growing'
 * ```
 */
export const DOWNSTREAM_DEMANDS = /* @__PURE__ */ deepFreeze(['growing', 'stable', 'declining'] as const);
/** One of the {@link DOWNSTREAM_DEMANDS}. */
export type DownstreamDemand = (typeof DOWNSTREAM_DEMANDS)[number];

/**
 * The optional inputs of {@link analyzeProspect} whose absence the result lists in `missing`.
 *
 * @example
 * ```ts
 * import { PROSPECT_INPUTS } from 'buygrid/prospect';
 * PROSPECT_INPUTS.includes('buyingCenter');
 * //=> true
 * ```
 */
export const PROSPECT_INPUTS = /* @__PURE__ */ deepFreeze([
  'purpose',
  'downstreamDemand',
  'buyingCenter',
  'purchase',
  'step',
  'risk',
  'asOf',
] as const);
/** One of the {@link PROSPECT_INPUTS}. */
export type ProspectInputName = (typeof PROSPECT_INPUTS)[number];

/** Schema of the buying organization of an account. */
const organizationSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    name: z.optional(text()),
    type: z.optional(organizationTypeSchema()),
    employees: z.optional(z.int().check(z.gte(1))),
    sector: z.optional(text()),
    downstreamDemand: z.optional(z.enum(DOWNSTREAM_DEMANDS)),
  }),
);

/** Schema of the input of {@link analyzeProspect}; the parts other modules own are checked by their functions. */
export const prospectInputSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    organization: organizationSchema(),
    purpose: z.optional(z.enum(PURPOSES)),
    situation: z
      .unknown()
      .check(
        z.refine((v) => v !== undefined, { message: 'a purchase situation or the facts to classify it', abort: true }),
      ),
    buyingCenter: z.optional(z.unknown()),
    purchase: z.optional(z.unknown()),
    step: z.optional(stepSchema()),
    risk: z.optional(z.unknown()),
    position: z.enum(SUPPLIER_POSITIONS),
    asOf: z.optional(timestamp()),
  }),
);

/** The buying organization of an account: name, type, headcount, sector and its own customers' demand. */
export type ProspectOrganization = z.output<ReturnType<typeof organizationSchema>>;

/**
 * What {@link analyzeProspect} takes: the `organization` (with its `sector` and its
 * customers' `downstreamDemand`), why it buys (`purpose`), the `situation` (classified, or
 * the input of `classifySituation`), the `buyingCenter`, the `purchase` state (or, without
 * one, the `step` the buyer is in — from `fromCrmStage`, say), the input of `assessRisk`,
 * the seller's `position`, and `asOf`, the time of the analysis.
 */
export interface ProspectInput {
  /** The buying organization. */
  readonly organization: ProspectOrganization;
  /** Why it buys: for resale, production or its own operations. */
  readonly purpose?: Purpose;
  /** A `PurchaseSituation`, or the input of `classifySituation` (its organization defaults to this one's type and headcount). */
  readonly situation: PurchaseSituation | SituationInput;
  /** The buying center, as `createBuyingCenter` returns it. */
  readonly buyingCenter?: BuyingCenter;
  /** The purchase, as `startPurchase` and `transition` return it. */
  readonly purchase?: PurchaseState;
  /** The buyer's step when no purchase is tracked; a purchase's own step wins. */
  readonly step?: Step;
  /** The input of `assessRisk`; the situation is added when it has a profile and no situation. */
  readonly risk?: RiskInput;
  /** The seller's position: the `in-supplier` supplies the account now, the `out-supplier` does not. */
  readonly position: SupplierPosition;
  /** The time of the analysis, an ISO-8601 timestamp: how long since the last event. */
  readonly asOf?: string;
}

/** Runs `run`, putting `prefix` before the path of each issue of a `BuygridInputError` it throws. */
export function within<T>(prefix: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof BuygridInputError)) throw error;
    const under = (path: string): string =>
      path === '(root)'
        ? prefix
        : path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)
          ? path
          : `${prefix}.${path}`;
    throw new BuygridInputError(error.issues.map((issue) => ({ ...issue, path: under(issue.path) })));
  }
}

/** Validates the input into a copy. */
export function parseProspectInput(input: unknown): z.output<ReturnType<typeof prospectInputSchema>> {
  return parse(prospectInputSchema(), input);
}
