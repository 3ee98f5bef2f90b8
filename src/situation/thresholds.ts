/**
 * The EU procurement thresholds as data, and the procedure of a public buyer they imply.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { isPlainRecord } from '../_lib/fast.js';
import type { SituationReason, ThresholdParams } from './messages.js';
import { nonNegative } from '../_lib/schemas.js';
import type { Buyclass, Procedure, Regime } from '../_lib/vocabulary.js';
import { frozenReason as reason, isOneOf, isOptionalOneOf } from './check.js';

/** What a public contract buys: `supplies`, `services` or `works` (Directive 2014/24/EU art. 2(1)(6)–(9)). */
export const CONTRACT_SUBJECTS = /* @__PURE__ */ deepFreeze(['supplies', 'services', 'works'] as const);
/** One of the {@link CONTRACT_SUBJECTS}. */
export type ContractSubject = (typeof CONTRACT_SUBJECTS)[number];
/** A `central` government authority (Annex I of the Directive) or a `sub-central` contracting authority. */
export const AUTHORITY_LEVELS = /* @__PURE__ */ deepFreeze(['central', 'sub-central'] as const);
/** One of the {@link AUTHORITY_LEVELS}. */
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];

/**
 * The EU thresholds of Directive 2014/24/EU art. 4, in euro, net of VAT, for the period
 * they hold for, with the regulation that sets them: from 1 January 2026 to 31 December
 * 2027, Commission Delegated Regulation (EU) 2025/2152 of 22 October 2025 (works
 * €5,404,000; supplies and services €140,000 for central government authorities, €216,000
 * for sub-central ones). The Commission revises them every two years: **check the
 * regulation in force** for a contract outside this period, and pass `procedure` yourself.
 * Not modelled: social and other specific services of Annex XIV (€750,000), central
 * authorities' defence supplies outside Annex III, and national-currency equivalents.
 * The value to compare is the estimated total amount payable, net of VAT (art. 5(1)).
 *
 * @see Commission Delegated Regulation (EU) 2025/2152 of 22 October 2025 amending Directive 2014/24/EU in respect of the thresholds for the years 2026–2027 (OJ L, 2025/2152, 23.10.2025).
 *
 * @example
 * ```ts
 * import { EU_THRESHOLDS } from 'buygrid/situation';
 * EU_THRESHOLDS.amounts.supplies.central;
 * //=> 140000
 * EU_THRESHOLDS.validUntil;
 * //=> '2027-12-31'
 * ```
 */
export const EU_THRESHOLDS = /* @__PURE__ */ deepFreeze({
  validFrom: '2026-01-01',
  validUntil: '2027-12-31',
  regulation: 'Commission Delegated Regulation (EU) 2025/2152',
  currency: 'EUR',
  amounts: {
    supplies: { central: 140_000, 'sub-central': 216_000 },
    services: { central: 140_000, 'sub-central': 216_000 },
    works: { central: 5_404_000, 'sub-central': 5_404_000 },
  },
} as const satisfies {
  validFrom: string;
  validUntil: string;
  regulation: string;
  currency: string;
  amounts: Record<ContractSubject, Record<AuthorityLevel, number>>;
});

/** Schema of a {@link situation!ContractValue}. */
export const contractValueSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      amount: nonNegative(),
      currency: z.string().check(
        z.refine((v) => /^[A-Z]{3}$/.test(v), {
          message: 'an ISO 4217 currency code (three capital letters, as EUR)',
          abort: true,
        }),
      ),
      subject: z.enum(CONTRACT_SUBJECTS),
      authority: z.optional(z.enum(AUTHORITY_LEVELS)),
    }),
  ),
);
/** The estimated value of a contract, net of VAT: amount, currency, subject and, optionally, the level of the authority. */
export type ContractValue = z.input<ReturnType<typeof contractValueSchema>>;

/** Accepts exactly what `contractValueSchema` accepts unchanged, as plain objects. */
export function isContractValue(value: unknown): value is ContractValue {
  if (!isPlainRecord(value)) return false;
  const { amount, currency, subject, authority } = value;
  if (typeof amount !== 'number' || !(amount >= 0) || amount === Infinity) return false;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return false;
  if (!isOneOf(subject, CONTRACT_SUBJECTS) || !isOptionalOneOf(authority, AUTHORITY_LEVELS)) return false;
  for (const key in value) if (!['amount', 'currency', 'subject', 'authority'].includes(key)) return false;
  return true;
}

const euro = (n: number): string => `€${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

/**
 * The procedure of a validated situation and the reasons: the given one; else, under
 * public rules, `below-threshold` under the EU threshold and `open` otherwise (or when the
 * value is unknown, which the reasons say). A private buyer has none.
 */
export function procedureOf(
  regime: Regime,
  buyclass: Buyclass,
  given: Procedure | undefined,
  value: z.output<ReturnType<typeof contractValueSchema>> | undefined,
): { procedure?: Procedure; reasons: SituationReason[] } {
  if (regime === 'private') {
    return value === undefined
      ? { reasons: [] }
      : {
          reasons: [
            reason(
              'threshold-not-applicable',
              {},
              'The EU thresholds bind contracting authorities; a private buyer is not one, so the value is not compared.',
            ),
          ],
        };
  }
  const reasons: SituationReason[] = [];
  let below: boolean | undefined;
  if (value === undefined) {
    reasons.push(
      reason(
        'threshold-not-checked',
        {},
        'No contract value is given: the EU threshold was not checked (below it, national rules apply).',
      ),
    );
  } else if (value.currency !== EU_THRESHOLDS.currency) {
    reasons.push(
      reason(
        'threshold-not-checked',
        { currency: value.currency },
        `The value is in ${value.currency}; the EU thresholds are in euro: convert it (the Commission publishes national-currency equivalents).`,
      ),
    );
  } else {
    const level = value.authority ?? 'central';
    const limit = EU_THRESHOLDS.amounts[value.subject][level];
    below = value.amount < limit;
    const assumed =
      value.authority === undefined && value.subject !== 'works'
        ? ' (authority level not given: the lower, central-government threshold is assumed)'
        : '';
    const params: ThresholdParams = {
      amount: value.amount,
      currency: value.currency,
      subject: value.subject,
      ...(value.authority === undefined ? {} : { authority: value.authority }),
      threshold: limit,
      regulation: EU_THRESHOLDS.regulation,
      validFrom: EU_THRESHOLDS.validFrom,
      validUntil: EU_THRESHOLDS.validUntil,
    };
    reasons.push(
      reason(
        below ? 'below-threshold' : 'above-threshold',
        params,
        `${euro(value.amount)} of ${value.subject} is ${below ? 'below' : 'at or above'} the EU threshold of ${euro(limit)}${assumed} (${EU_THRESHOLDS.regulation}, ${EU_THRESHOLDS.validFrom.slice(0, 4)}–${EU_THRESHOLDS.validUntil.slice(0, 4)}): ${below ? 'national rules apply' : 'Directive 2014/24/EU applies'}.`,
      ),
    );
  }
  if (given !== undefined) {
    reasons.push(reason('procedure-given', { procedure: given }, `The procedure is given: ${given}.`));
    return { procedure: given, reasons };
  }
  if (below === true) {
    reasons.push(
      reason(
        'procedure-below-threshold',
        {},
        'Below the threshold the procedure follows national rules (buygrid assumes the private minimum: override it).',
      ),
    );
    return { procedure: 'below-threshold', reasons };
  }
  const rebuy =
    buyclass === 'straight-rebuy'
      ? ' A public routine re-order is usually a call-off under a framework agreement (art. 33): pass procedure "framework-call-off".'
      : '';
  reasons.push(
    reason(
      'procedure-default',
      { buyclass },
      `The open procedure is assumed, the most common one (Directive 2014/24/EU art. 27).${rebuy}`,
    ),
  );
  return { procedure: 'open', reasons };
}
