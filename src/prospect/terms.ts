/**
 * The negotiation terms that perceived risk calls for, as data.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { NoParams } from '../_lib/reason.js';
import type { RiskDimension } from '../risk/dimensions.js';

/** A term of the negotiation that the buyer's perceived risk calls for. */
export interface NegotiationTermRule {
  /** A stable, kebab-case code. */
  readonly code: string;
  /** None: `{}`. */
  readonly params: NoParams;
  /** What to put on the table, in one sentence. */
  readonly message: string;
}

/**
 * The negotiation terms each risk dimension calls for when it drives the buyer's perceived
 * risk. Seed 001 (a Dutch B2B marketing teaching text, after the Lyon school) says the
 * perceived risk "strongly influences" the negotiation conditions and perimeters; contingent
 * pay and detailed contracts lower perceived risk (Kull, Oke & Dooley 2014). Which term
 * answers which dimension is **buygrid's reading**, an assumption: replace it with your own.
 *
 * @example
 * ```ts
 * import { NEGOTIATION_TERMS } from 'buygrid/prospect';
 * NEGOTIATION_TERMS.currency.code;
 * //=> 'currency-clause'
 * ```
 * @see Kull, T. J., Oke, A. & Dooley, K. J. (2014), "Supplier Selection Behavior Under Uncertainty", *Decision Sciences* 45(3).
 */
export const NEGOTIATION_TERMS = /* @__PURE__ */ deepFreeze({
  financial: {
    code: 'payment-terms',
    params: {},
    message:
      'Offer payment terms that limit the buyer’s exposure: payment in stages against milestones, a price-review clause.',
  },
  performance: {
    code: 'performance-guarantee',
    params: {},
    message:
      'Put acceptance tests and a performance guarantee in the contract: the buyer pays for results it can check.',
  },
  delivery: {
    code: 'delivery-commitment',
    params: {},
    message: 'Commit to delivery dates with penalties, and say how supply is secured.',
  },
  supplier: {
    code: 'supplier-assurance',
    params: {},
    message:
      'Expect questions on your solidity: have financial statements, references and a parent-company or bank guarantee ready.',
  },
  'after-sales': {
    code: 'service-level',
    params: {},
    message: 'Offer a service-level agreement: response times and spare-parts availability, with penalties.',
  },
  currency: {
    code: 'currency-clause',
    params: {},
    message: 'Price in the buyer’s currency or agree an indexation clause: the exchange risk is part of the terms.',
  },
  social: {
    code: 'shared-decision',
    params: {},
    message:
      'Give the people involved what they need to defend the choice internally: references from their peers, a joint evaluation.',
  },
} as const satisfies Record<RiskDimension, NegotiationTermRule>);

/** The code of one of the {@link NEGOTIATION_TERMS}. */
export type NegotiationTermCode = (typeof NEGOTIATION_TERMS)[RiskDimension]['code'];

/** A term of the negotiation in an account's analysis: the rule, for the dimension that calls for it. */
export interface NegotiationTerm {
  /** The term's code. */
  readonly code: NegotiationTermCode;
  /** None: `{}`. */
  readonly params: NoParams;
  /** What to put on the table. */
  readonly message: string;
  /** The risk dimension that calls for it (a driver of the buyer's perceived risk). */
  readonly dimension: RiskDimension;
}
