/**
 * One purchase situation from its parts: buyclass, Kraljic portfolio and organization.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import type { SituationReason } from './messages.js';
import { BUYCLASSES, PROCEDURES, buyclassSchema, procedureSchema, type Buyclass } from '../_lib/vocabulary.js';
import { BUYCLASS_LABELS } from './buyclass-criteria.js';
import { buyclassOf, isBuyclassFacts } from './buyclass.js';
import { isPlainRecord } from '../_lib/fast.js';
import { frozenReason, isOneOf, isOptionalOneOf } from './check.js';
import { fail, parseCopy } from '../_lib/parse.js';
import { snapshot } from '../_lib/boundary.js';
import { isOrganizationInput, organizationInputSchema, organizationOf } from './organization.js';
import { isPortfolioInput, portfolioInputSchema, portfolioOf } from './portfolio.js';
import { buyclassFactsSchema, type ClassifiedSituation } from './schema.js';
import { contractValueSchema, isContractValue, procedureOf } from './thresholds.js';

/** The fields besides `buyclass`. */
// The schema's type is what zod infers from this shape: spelling it out would duplicate it.
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type
const rest = () => ({
  portfolio: z.optional(portfolioInputSchema()),
  organization: z.optional(organizationInputSchema()),
  procedure: z.optional(procedureSchema()),
  contractValue: z.optional(contractValueSchema()),
});

/** Schema of a {@link situation!SituationInput}. */
export const situationInputSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(z.strictObject({ buyclass: z.union([buyclassSchema(), buyclassFactsSchema()]), ...rest() })),
);
/** The same, for input whose buyclass is an object: its errors name the fields of the facts. */
const situationFactsSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(z.strictObject({ buyclass: buyclassFactsSchema(), ...rest() })),
);
/** The same, for input whose buyclass is not an object: its errors name the buyclasses. */
const situationClassSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(z.strictObject({ buyclass: buyclassSchema(), ...rest() })),
);

/** Validates the input; on the slow path, the schema that matches the kind of `buyclass` names the issues. */
function validSituation(input: unknown): z.output<ReturnType<typeof situationInputSchema>> {
  const copy = snapshot(input);
  if (isSituationInput(copy)) return copy;
  const buyclass: unknown = isPlainRecord(copy) ? copy['buyclass'] : undefined;
  return typeof buyclass === 'object' && buyclass !== null
    ? parseCopy(situationFactsSchema(), copy)
    : parseCopy(situationClassSchema(), copy);
}

/**
 * What {@link situation!classifySituation} takes: the buyclass, or the facts to classify it from; the
 * input of {@link situation!classifyPortfolio}; the input of {@link situation!classifyOrganization};
 * a public buyer's `procedure`; the estimated `contractValue`, compared with {@link situation!EU_THRESHOLDS}.
 */
export type SituationInput = z.input<ReturnType<typeof situationInputSchema>>;

/** Accepts exactly what `situationInputSchema` accepts unchanged, as plain objects. */
export function isSituationInput(value: unknown): value is SituationInput {
  if (!isPlainRecord(value)) return false;
  const buyclass = value['buyclass'];
  if (!(typeof buyclass === 'string' ? isOneOf(buyclass, BUYCLASSES) : isBuyclassFacts(buyclass))) {
    return false;
  }
  for (const key in value) {
    const v = value[key];
    const ok =
      key === 'buyclass' ||
      (key === 'portfolio' && (v === undefined || isPortfolioInput(v))) ||
      (key === 'organization' && (v === undefined || isOrganizationInput(v))) ||
      (key === 'procedure' && isOptionalOneOf(v, PROCEDURES)) ||
      (key === 'contractValue' && (v === undefined || isContractValue(v)));
    if (!ok) return false;
  }
  return true;
}

/**
 * Classifies one purchase situation — its buyclass (given, or classified from the facts),
 * its Kraljic quadrant and importance, the buying organization with its size band, and the
 * procurement regime — into the {@link situation!PurchaseSituation} that `startPurchase` and
 * `defaultPolicy` of `buygrid/process` and `assessRisk` of `buygrid/risk` accept.
 *
 * A public body, or a body governed by public law (`organization.publicLaw: true`), gets the
 * `public-tender` regime, a company or an institution `private` (assumed, as the reasons
 * say); `organization.regime` overrides it. A public buyer follows a `procedure`: the one
 * given; else `below-threshold` when `contractValue` is under the EU threshold
 * ({@link situation!EU_THRESHOLDS}), `open` otherwise (Directive 2014/24/EU art. 27) — and
 * without a value the reasons say the threshold was not checked. Without `portfolio` the
 * situation has no quadrant and no importance; without `organization` the buyer is taken to
 * be a company. The reasons are those of the buyclass, the portfolio, the organization and
 * the procedure, in that order.
 *
 * @param input - `buyclass` (a buyclass or the facts of {@link situation!classifyBuyclass}), and
 * optionally `portfolio` (the input of {@link situation!classifyPortfolio}) and `organization`
 * (the input of {@link situation!classifyOrganization}).
 * @returns the purchase situation, deeply frozen.
 * @throws {@link situation!BuygridInputError} on input of the wrong shape or range, with paths such
 * as `portfolio.supplyRisk`, `buyclass.problemNovelty` or `contractValue.amount`; on a
 * `procedure` under the private regime.
 *
 * @example
 * ```ts
 * import { classifySituation } from 'buygrid/situation';
 * const fleet = classifySituation({
 *   buyclass: { purchasedBefore: true, specificationChanged: true, satisfiedWithIncumbent: false },
 *   portfolio: { profitImpact: 0.7, supplyRisk: 0.3 },
 *   organization: { type: 'public-body', employees: 800 },
 * });
 * fleet;
 * //=> { buyclass: 'modified-rebuy', quadrant: 'leverage', importance: 'banal', organization: { type: 'public-body' }, regime: 'public-tender', procedure: 'open' }
 * classifySituation({ buyclass: 'new-task' }).regime;
 * //=> 'private'
 * const small = classifySituation({
 *   buyclass: 'new-task',
 *   organization: { type: 'public-body' },
 *   contractValue: { amount: 60000, currency: 'EUR', subject: 'supplies', authority: 'sub-central' },
 * });
 * small.procedure;
 * //=> 'below-threshold'
 * classifySituation({ buyclass: 'new-task', portfolio: { profitImpact: 2, supplyRisk: 0 } });
 * //=> throws BuygridInputError
 * ```
 * @category Start here
 */
export function classifySituation(input: SituationInput): ClassifiedSituation {
  const valid = validSituation(input);
  let buyclass: Buyclass;
  let byBuyclass: readonly SituationReason[];
  if (typeof valid.buyclass === 'string') {
    buyclass = valid.buyclass;
    byBuyclass = [frozenReason('buyclass-given', { buyclass }, `The buyclass is given: ${BUYCLASS_LABELS[buyclass]}.`)];
  } else {
    const classified = buyclassOf(valid.buyclass);
    buyclass = classified.buyclass;
    byBuyclass = classified.reasons;
  }
  const portfolio = valid.portfolio === undefined ? undefined : portfolioOf(valid.portfolio, 'portfolio');
  const { type, sizeBand, regime, reasons: byOrganization } = organizationOf(valid.organization ?? {}, 'organization');
  if (regime === 'private' && valid.procedure !== undefined) {
    fail(
      'procedure',
      "no procedure under the private regime (a procedure is a public buyer's: set organization.type, publicLaw or regime)",
      valid.procedure,
    );
  }
  const { procedure, reasons: byProcedure } = procedureOf(regime, buyclass, valid.procedure, valid.contractValue);
  const reasons = Object.freeze(
    byBuyclass.concat(portfolio === undefined ? [] : portfolio.reasons, byOrganization, byProcedure),
  );
  const organization = Object.freeze(sizeBand === undefined ? { type } : { type, sizeBand });
  const base =
    portfolio === undefined
      ? { buyclass, organization, regime }
      : { buyclass, quadrant: portfolio.quadrant, importance: portfolio.importance, organization, regime };
  return Object.freeze(procedure === undefined ? { ...base, reasons } : { ...base, procedure, reasons });
}
