/**
 * The codes of `buygrid/situation` and the params of each: the contract a translation
 * writes its templates against.
 *
 * @module
 */
import type { NoParams, ReasonOf } from '../_lib/reason.js';
import type { Buyclass, OrganizationType, Procedure, Regime } from '../_lib/vocabulary.js';
import type { Quadrant } from './schema.js';
import type { BuyclassFact } from './buyclass-criteria.js';
import type { PortfolioAggregate, PortfolioSubcriterion } from './portfolio-data.js';
import type { AuthorityLevel, ContractSubject } from './thresholds.js';

/**
 * The params of the four axis reasons of {@link situation!classifyPortfolio}
 * (`profit-impact-high`, `profit-impact-low`, `supply-risk-high`, `supply-risk-low`): the
 * axis value against the threshold, and — for an axis derived from its sub-criteria — the
 * sub-criteria given (in table order), how they were combined and, for the largest of
 * several, the one that decided.
 */
export type PortfolioAxisParams = {
  readonly value: number;
  readonly threshold: number;
  readonly aggregate?: PortfolioAggregate;
  readonly subcriteria?: Readonly<Partial<Record<PortfolioSubcriterion, number>>>;
  readonly decidedBy?: PortfolioSubcriterion;
};

/** The params of the threshold reasons (`below-threshold`, `above-threshold`): the value compared with the EU threshold. */
export type ThresholdParams = {
  readonly amount: number;
  readonly currency: string;
  readonly subject: ContractSubject;
  /** The authority level given; absent when the lower, central-government threshold was assumed. */
  readonly authority?: AuthorityLevel;
  readonly threshold: number;
  readonly regulation: string;
  readonly validFrom: string;
  readonly validUntil: string;
};

/** The params of the size-band reasons (`size-micro` … `size-large`). */
export type SizeBandParams = {
  readonly employees: number;
  readonly turnover?: number;
  readonly balanceSheet?: number;
};

/**
 * Every code that `buygrid/situation` returns — reasons of the classifiers, Kraljic
 * strategies and the seller's approach actions — mapped to its params: the names and
 * numbers its English message shows, raw (numbers unrounded, vocabulary values as their
 * codes). A translation writes one template per code against it.
 *
 * @example
 * ```ts
 * import { classifyPortfolio, type SituationMessages } from 'buygrid/situation';
 * const reason = classifyPortfolio({ profitImpact: 0.7, supplyRisk: 0.2 }).reasons[0];
 * const params: SituationMessages['profit-impact-high'] | undefined =
 *   reason?.code === 'profit-impact-high' ? reason.params : undefined;
 * params;
 * //=> { value: 0.7, threshold: 0.5 }
 * ```
 */
export interface SituationMessages {
  // classifyBuyclass: one per fact value
  'purchased-before': NoParams;
  'first-purchase': NoParams;
  'specification-changed': NoParams;
  'specification-unchanged': NoParams;
  'incumbent-satisfies': NoParams;
  'incumbent-dissatisfies': NoParams;
  'new-suppliers-considered': NoParams;
  'no-new-suppliers': NoParams;
  'novelty-high': NoParams;
  'novelty-medium': NoParams;
  'novelty-low': NoParams;
  'information-need-high': NoParams;
  'information-need-medium': NoParams;
  'information-need-low': NoParams;
  // classifyBuyclass: about the profile
  'fact-not-applicable': { readonly facts: readonly BuyclassFact[] };
  'facts-missing': { readonly facts: readonly BuyclassFact[] };
  'mixed-profile': { readonly facts: readonly BuyclassFact[]; readonly buyclass: Buyclass };
  'rebuy-undecided': { readonly buyclass: Buyclass; readonly runnerUp: Buyclass };
  // classifyPortfolio
  'profit-impact-high': PortfolioAxisParams;
  'profit-impact-low': PortfolioAxisParams;
  'supply-risk-high': PortfolioAxisParams;
  'supply-risk-low': PortfolioAxisParams;
  'strategic-purchase': { readonly quadrant: Quadrant };
  'banal-purchase': { readonly quadrant: Quadrant };
  // PORTFOLIO_STRATEGIES
  'secure-partnership': NoParams;
  'exploit-purchasing-power': NoParams;
  'secure-volume': NoParams;
  'streamline-buying': NoParams;
  // classifyOrganization
  'organization-type': { readonly type: OrganizationType };
  'organization-type-assumed': NoParams;
  'size-micro': SizeBandParams;
  'size-small': SizeBandParams;
  'size-medium': SizeBandParams;
  'size-large': SizeBandParams;
  'no-size-band': { readonly employees: number; readonly type: Exclude<OrganizationType, 'company'> };
  /** `type`: a public body (a contracting authority), or a company or institution not governed by public law. */
  'regime-default': { readonly type: OrganizationType };
  'regime-assumed': { readonly type: Exclude<OrganizationType, 'public-body'> };
  'regime-public-law': NoParams;
  'regime-given': { readonly regime: Regime };
  // classifySituation
  'buyclass-given': { readonly buyclass: Buyclass };
  'threshold-not-applicable': NoParams;
  /** `currency`: the currency of the value, when it is not the euro; absent when no value is given. */
  'threshold-not-checked': { readonly currency?: string };
  'below-threshold': ThresholdParams;
  'above-threshold': ThresholdParams;
  'procedure-given': { readonly procedure: Procedure };
  'procedure-below-threshold': NoParams;
  /** `buyclass`: the buyclass, which adds a note on call-offs for a straight rebuy. */
  'procedure-default': { readonly buyclass: Buyclass };
  // recommendApproach: APPROACH_ACTIONS, APPROACH_EXTRA_ACTIONS, PUBLIC_APPROACH_ACTIONS
  'shape-the-specification': NoParams;
  'get-in-early': NoParams;
  'leverage-the-relationship': NoParams;
  'reach-the-whole-center': NoParams;
  'reduce-perceived-risk': NoParams;
  'defend-the-account': NoParams;
  'fix-dissatisfaction': NoParams;
  'seize-the-opening': NoParams;
  'get-on-the-shortlist': NoParams;
  'keep-the-routine': NoParams;
  'automate-reordering': NoParams;
  'reframe-the-need': NoParams;
  'win-a-trial-order': NoParams;
  'prove-reliability': NoParams;
  'perform-the-contract': NoParams;
  'watch-the-notices': NoParams;
  'join-market-consultation': NoParams;
  'qualify-for-the-procedure': NoParams;
  'follow-the-procedure': NoParams;
  'follow-the-call-off-terms': NoParams;
  'prepare-for-the-next-framework': NoParams;
  'join-the-dynamic-purchasing-system': NoParams;
  'check-the-national-rules': NoParams;
  'answer-the-invitation': NoParams;
}

/** Any code of `buygrid/situation`. */
export type SituationCode = keyof SituationMessages;

/**
 * A reason of `buygrid/situation` with one of `Code`: a union discriminated on `code`, whose
 * `params` narrow with it.
 *
 * @example
 * ```ts
 * import { classifyBuyclass, type SituationReason } from 'buygrid/situation';
 * const [reason]: readonly SituationReason[] = classifyBuyclass({ purchasedBefore: false }).reasons;
 * reason?.code;
 * //=> 'first-purchase'
 * ```
 */
export type SituationReason<Code extends SituationCode = SituationCode> = ReasonOf<SituationMessages, Code>;
