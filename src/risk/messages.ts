/**
 * The codes of `buygrid/risk` and the params of each.
 *
 * @module
 */
import type { NoParams } from '../_lib/reason.js';
import type { Buyclass, Importance } from '../_lib/vocabulary.js';
import type { RiskDimension } from './dimensions.js';
import type { RiskReducerId, SupplierRelationship } from './reducers.js';

/**
 * The params of a reason for one answer of the profile: the `answer`, and the dimensions
 * whose uncertainty and whose consequence it raised (in the order of `RISK_DIMENSIONS`).
 */
export type ProfileAnswerParams<Answer> = {
  readonly answer: Answer;
  readonly uncertainty: readonly RiskDimension[];
  readonly consequence: readonly RiskDimension[];
};

/**
 * The English reason of a profile answer: what it says, then the dimensions whose uncertainty
 * and consequence it raised (each a list in words, `''` when none); shared by `assessRisk` and
 * the English catalog, which must write the same message.
 */
export function answerMessage(says: string, uncertainty: string, consequence: string): string {
  const said =
    uncertainty === ''
      ? `the consequence of ${consequence}`
      : consequence === ''
        ? `the uncertainty of ${uncertainty}`
        : `the uncertainty of ${uncertainty}; the consequence of ${consequence}`;
  return `${says}: adds to ${said}.`;
}

/**
 * Every code that `buygrid/risk` returns (the reasons of an assessment, {@link risk!RISK_REASON_CODES})
 * mapped to its params: the names and numbers its English message shows, raw.
 *
 * @example
 * ```ts
 * import { assessRisk, type RiskMessages } from 'buygrid/risk';
 * const { reasons } = assessRisk({ profile: { supplierRelationship: 'new', budgetShare: 0.25 } });
 * const share = reasons.find((r) => r.code === 'budget-share');
 * const params: RiskMessages['budget-share'] | undefined = share?.code === 'budget-share' ? share.params : undefined;
 * params?.budgetShare;
 * //=> 0.25
 * ```
 */
export interface RiskMessages {
  'supplier-relationship': ProfileAnswerParams<SupplierRelationship>;
  'buys-from-competitor': ProfileAnswerParams<boolean>;
  'lead-time-critical': ProfileAnswerParams<boolean>;
  /** `answer`: `same` when buyer and supplier share a currency, else `different`. */
  currency: ProfileAnswerParams<'same' | 'different'>;
  'after-sales-dependency': ProfileAnswerParams<'low' | 'moderate' | 'high'>;
  /** `answer`: the importance (the profile's, else the situation's), `unanswered` when neither gives it. */
  importance: ProfileAnswerParams<Importance | 'unanswered'>;
  /** `answer`: the buyclass (the profile's, else the situation's), `unanswered` when neither gives it. */
  buyclass: ProfileAnswerParams<Buyclass | 'unanswered'>;
  /**
   * The budget share (absent when not known: a middle value is assumed) and the consequence
   * it added to each dimension it concerns.
   */
  'budget-share': {
    readonly budgetShare?: number;
    readonly consequence: Readonly<Partial<Record<RiskDimension, number>>>;
  };
  /** The dimensions given explicitly; `overridingProfile` when a profile was given too. */
  given: { readonly dimensions: readonly RiskDimension[]; readonly overridingProfile: boolean };
  /** What the profile took from the purchase situation. */
  situation: { readonly importance?: Importance; readonly buyclass?: Buyclass };
  /** Where the profile's answer differs from the situation's: both values. */
  'profile-over-situation': {
    readonly importance?: Importance;
    readonly situationImportance?: Importance;
    readonly buyclass?: Buyclass;
    readonly situationBuyclass?: Buyclass;
  };
  'situation-without-profile': NoParams;
  'not-assessed': { readonly dimensions: readonly RiskDimension[] };
  /** The reducer, the component it lowers, the dimensions it concerned and the factor applied (`1 − effect`). */
  'reducer-applied': {
    readonly reducer: RiskReducerId;
    readonly targets: 'uncertainty' | 'consequence';
    readonly dimensions: readonly RiskDimension[];
    readonly factor: number;
  };
}

/** Any code of `buygrid/risk`. */
export type RiskCode = keyof RiskMessages;
