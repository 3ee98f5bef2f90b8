/**
 * The kinds of result {@link explain} knows, and the table that recognises and words each one.
 *
 * @module
 */
import type { BuygridInputError } from '../_lib/errors.js';
import type { BuyingCenterAnalysis } from '../buying-center/analyze.js';
import type { RoleCoverage } from '../buying-center/coverage.js';
import type { BuyingCenter } from '../buying-center/schema.js';
import type { ExpectedSize } from '../buying-center/size.js';
import type { ReplayResult } from '../process/replay.js';
import type { PurchaseState } from '../process/state.js';
import type { TransitionResult } from '../process/transition.js';
import type { BuyingCenterRisk } from '../risk/members.js';
import type { RiskAssessment } from '../risk/types.js';
import type { RiskWhatIf } from '../risk/what-if.js';
import type { Approach } from '../situation/approach.js';
import type { BuyclassResult } from '../situation/buyclass.js';
import type { OrganizationResult } from '../situation/organization.js';
import type { PortfolioResult } from '../situation/portfolio.js';
import type { PurchaseSituation } from '../situation/schema.js';
import type { PurchasesSummary } from '../analytics/summarize.js';
import type { ReplayManyResult } from '../analytics/replay-many.js';
import type { CrmRole } from '../crm/from-role.js';
import type { CrmStage } from '../crm/from-stage.js';
import type { OfferEvaluation } from '../process/evaluate.js';
import type { ProspectAnalysis } from '../prospect/analyze.js';
import type { AccountHistory } from '../prospect/history.js';
import type { Format } from '../locales/catalog.js';
import type { LabelTable } from './labels.js';
import type { ExplainTexts } from './texts.js';

/**
 * Every kind of result {@link explain} words, by name, with the type of the result. The
 * order is the order in which they are recognised (each by a shape no other kind has:
 * see the guide `docs/explain.md`).
 */
export interface ExplainedKinds {
  /** A `PurchaseState` (`startPurchase`, `transition(…).state`, `parsePurchaseState`). */
  'purchase-state': PurchaseState;
  /** A `TransitionResult`, or a `ReplayResult` that did not stop (the same shape). */
  'transition-result': TransitionResult;
  /** A `ReplayResult` that stopped at a refused event (it carries the event's `index`). */
  'replay-result': Extract<ReplayResult, { ok: false }>;
  /** A `PurchaseSituation` (`classifySituation`). */
  'purchase-situation': PurchaseSituation;
  /** A `BuyclassResult` (`classifyBuyclass`). */
  'buyclass-result': BuyclassResult;
  /** A `PortfolioResult` (`classifyPortfolio`). */
  'portfolio-result': PortfolioResult;
  /** An `OrganizationResult` (`classifyOrganization`). */
  'organization-result': OrganizationResult;
  /** An `Approach` (`recommendApproach`). */
  approach: Approach;
  /** A `BuyingCenter` (`createBuyingCenter` and its updates). */
  'buying-center': BuyingCenter;
  /** A `BuyingCenterAnalysis` (`analyzeBuyingCenter`). */
  'buying-center-analysis': BuyingCenterAnalysis;
  /** A `RoleCoverage` (`coverage`). */
  'role-coverage': RoleCoverage;
  /** An `ExpectedSize` (`expectedSize`). */
  'expected-size': ExpectedSize;
  /** A `RiskAssessment` (`assessRisk`). */
  'risk-assessment': RiskAssessment;
  /** A `RiskWhatIf` (`whatIf`). */
  'risk-what-if': RiskWhatIf;
  /** A `BuyingCenterRisk` (`perceivedRiskByMember`). */
  'buying-center-risk': BuyingCenterRisk;
  /** A `ProspectAnalysis` (`analyzeProspect`). */
  'prospect-analysis': ProspectAnalysis;
  /** An `AccountHistory` (`accountHistory`). */
  'account-history': AccountHistory;
  /** A `PurchasesSummary` (`summarizePurchases`). */
  'purchase-summary': PurchasesSummary;
  /** A `ReplayManyResult` (`replayMany`). */
  'replay-many': ReplayManyResult;
  /** A `CrmRole` (`fromCrmRole`). */
  'crm-role': CrmRole;
  /** A `CrmStage` (`fromCrmStage`). */
  'crm-stage': CrmStage;
  /** An `OfferEvaluation` (`evaluateOffers`). */
  'offer-evaluation': OfferEvaluation;
  /** A `BuygridInputError`, caught. */
  'input-error': BuygridInputError;
}

/** The name of a kind of result {@link explain} words: a key of {@link ExplainedKinds}. */
export type ExplainedKind = keyof ExplainedKinds;

/** Any result {@link explain} words. */
export type Explainable = ExplainedKinds[ExplainedKind];

/** A reason, warning, rejection, action or strategy of a result: its code, its params, and the English message. */
export interface Said {
  readonly code: string;
  readonly params?: unknown;
  readonly message: string;
}

/** What a row's wording reads besides the result: the tables of one language, and the time that ends an open purchase. */
export interface ExplainContext {
  readonly texts: ExplainTexts;
  readonly labels: LabelTable;
  /** The language's numbers, plurals and lists (`formatFor(catalog)`). */
  readonly f: Format;
  /**
   * The words of a reason, warning, rejection, action or strategy: the catalog's template of
   * its code, given its params (the English `message` in English, or when it carries no params).
   */
  readonly say: (said: Said) => string;
  /** An ISO-8601 timestamp; without it, an open purchase ends at its last event. */
  readonly now: string | undefined;
}

/** One row of the explain table: how a kind is recognised, and how it is worded. */
export interface Explainer<T> {
  /** A ts-pattern pattern that the results of this kind, and no other kind's, match. */
  readonly pattern: unknown;
  /** The short text, from a plain copy of the result. */
  readonly text: (result: T, context: ExplainContext) => string;
}

/** The explain table: one row per kind, in the order of {@link ExplainedKinds}. */
export type ExplainTable = { readonly [K in ExplainedKind]: Explainer<ExplainedKinds[K]> };
