/**
 * How {@link explain} recognises each kind of result: a ts-pattern per kind, written so that
 * no result of one kind matches the pattern of another (a test checks it on real results).
 *
 * @module
 */
import { P } from 'ts-pattern';
import { BUYCLASSES, IMPORTANCES, ORGANIZATION_TYPES, REGIMES, ROLES, STEPS } from '../_lib/vocabulary.js';
import { OUTCOMES } from '../process/state.js';
import { RISK_LEVELS } from '../risk/bands.js';
import { RISK_DIMENSIONS } from '../risk/dimensions.js';
import { QUADRANTS, SIZE_BANDS } from '../situation/schema.js';
import { SUPPLIER_POSITIONS } from '../situation/approach-actions.js';
import { RELATIONSHIP_STAGES } from '../prospect/history.js';
import { RED_FLAG_CODES } from '../prospect/rules.js';
import { CRM_DEAL_STATUSES } from '../crm/stage-maps.js';
import { STANCES } from '../buying-center/schema.js';

// eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- a ts-pattern guard, its type inferred
const oneOf = <const T extends string>(values: readonly T[]) =>
  P.when((value: unknown): value is T => (values as readonly unknown[]).includes(value));

/**
 * Builds the patterns, on each call (explain is not a hot path, and nothing is built at import).
 */
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type, @typescript-eslint/explicit-module-boundary-types -- the patterns' own inferred types are what ts-pattern reads
export function buildPatterns() {
  /** Absent, or `undefined`/`null`: a key that tells two kinds apart by not being there. */
  const absent = P.optional(P.nullish);

  /** A `PurchaseState`: `schemaVersion`, `id`, a `status` that is a step or an outcome, and the `history`. */
  const statePattern = {
    schemaVersion: P.number,
    id: P.string,
    status: oneOf([...STEPS, ...OUTCOMES]),
    startedAt: P.string,
    need: { summary: P.string },
    suppliers: P.array({ id: P.string, name: P.string, status: P.string }),
    requirements: P.array(),
    offers: P.array(),
    history: P.array({ type: P.string }),
  };

  const rejectionPattern = {
    code: oneOf(['terminal', 'not-allowed', 'guard']),
    message: P.string,
    guard: P.optional(P.string),
  };

  /** A `TransitionResult` (or a `ReplayResult` that did not stop): `ok` and a `state`, no `index`. */
  const transitionPattern = P.union(
    { ok: true, state: statePattern, index: absent },
    { ok: false, state: statePattern, rejection: rejectionPattern, index: absent },
  );

  /** A `ReplayResult` that stopped: `ok: false`, a `state`, a `rejection` and the `index` of the refused event. */
  const replayPattern = { ok: false, state: statePattern, rejection: rejectionPattern, index: P.number };

  /** A `PurchaseSituation`: a `buyclass`, a `regime`, an `organization` with its `type`, and `reasons`. */
  const situationPattern = {
    buyclass: oneOf(BUYCLASSES),
    regime: oneOf(REGIMES),
    organization: { type: oneOf(ORGANIZATION_TYPES), sizeBand: P.optional(oneOf(SIZE_BANDS)) },
    quadrant: P.optional(oneOf(QUADRANTS)),
    importance: P.optional(oneOf(IMPORTANCES)),
    procedure: P.optional(P.string),
    reasons: P.array(),
  };

  /** A `BuyclassResult`: a `buyclass` with its `confidence` and `scores`. */
  const buyclassPattern = {
    buyclass: oneOf(BUYCLASSES),
    confidence: P.number,
    scores: { 'new-task': P.number, 'modified-rebuy': P.number, 'straight-rebuy': P.number },
    reasons: P.array(),
  };

  /** A `PortfolioResult`: a `quadrant` with `profitImpact`, `supplyRisk`, `threshold` and a `strategy`. */
  const portfolioPattern = {
    quadrant: oneOf(QUADRANTS),
    importance: oneOf(IMPORTANCES),
    strategy: { code: P.string, message: P.string },
    profitImpact: P.number,
    supplyRisk: P.number,
    threshold: P.number,
    reasons: P.array(),
  };

  /** An `OrganizationResult`: a top-level organization `type` and a `regime`. */
  const organizationPattern = {
    type: oneOf(ORGANIZATION_TYPES),
    sizeBand: P.optional(oneOf(SIZE_BANDS)),
    regime: oneOf(REGIMES),
    reasons: P.array(),
  };

  /** An `Approach`: a list of `actions`, each a `code` and a `message` — and no `redFlags` (a prospect has both). */
  const approachPattern = { actions: P.array({ code: P.string, message: P.string }), redFlags: absent };

  /** A `BuyingCenter`: `members` with a `name`, `roles` and `influence` — and no `score`. */
  const buyingCenterPattern = {
    members: P.array({ id: P.string, name: P.string, roles: P.array(oneOf(ROLES)), influence: P.number }),
    score: absent,
  };

  /** A `BuyingCenterAnalysis`: `size`, `keyPlayers`, `support` and `warnings`. */
  const analysisPattern = {
    size: P.number,
    keyPlayers: P.array({ name: P.string }),
    support: P.number,
    warnings: P.array({ code: P.string, message: P.string }),
  };

  /** A `RoleCoverage`: `roles`, `covered`, `missing` and `membersByRole`. */
  const coveragePattern = {
    step: P.optional(oneOf(STEPS)),
    roles: P.array(oneOf(ROLES)),
    covered: P.array(oneOf(ROLES)),
    missing: P.array(oneOf(ROLES)),
    membersByRole: {},
  };

  /** An `ExpectedSize`: `min`, `typical` and `max` people, and `reasons`. */
  const expectedSizePattern = { min: P.number, typical: P.number, max: P.number, reasons: P.array() };

  /** A `RiskAssessment`: a `score` and `level`, its `dimensions`, `drivers` and `reducers`. */
  const riskPattern = {
    score: P.number,
    level: oneOf(RISK_LEVELS),
    dimensions: P.array({ dimension: oneOf(RISK_DIMENSIONS), risk: P.number }),
    notAssessed: P.array(oneOf(RISK_DIMENSIONS)),
    drivers: P.array(oneOf(RISK_DIMENSIONS)),
    reducers: P.array({ id: P.string, label: P.string, reduction: P.number }),
    reasons: P.array(),
  };

  /** A `RiskWhatIf`: the assessment `before` and `after` a change, and the `delta`. */
  const whatIfPattern = { before: riskPattern, after: riskPattern, delta: { score: P.number, dimensions: {} } };

  /** A `BuyingCenterRisk`: the risk per member (`members` with a `score`), the weighted `score` and the `assessment`. */
  const centerRiskPattern = {
    members: P.array({ id: P.string, score: P.number, level: oneOf(RISK_LEVELS) }),
    score: P.number,
    level: oneOf(RISK_LEVELS),
    assessment: riskPattern,
  };

  const reasonPattern = { code: P.string, message: P.string };

  /** A `ProspectAnalysis`: the `organization`, the seller's `position`, the `situation`, `redFlags`, `actions` and `missing` (and what it read: `standing`, `engage`, `risk`). */
  const prospectPattern = {
    organization: { name: P.optional(P.string) },
    position: oneOf(SUPPLIER_POSITIONS),
    situation: situationPattern,
    standing: P.optional({
      step: P.union(null, oneOf(STEPS)),
      status: oneOf([...STEPS, ...OUTCOMES]),
      daysSinceLastEvent: P.optional(P.number),
    }),
    engage: P.optional(P.array({ name: P.string })),
    risk: P.optional({ score: P.number, level: oneOf(RISK_LEVELS) }),
    redFlags: P.array({ code: oneOf(RED_FLAG_CODES), message: P.string }),
    actions: P.array(reasonPattern),
    missing: P.array(P.string),
  };

  /** An `AccountHistory`: a `supplierId`, its `purchases` and `buyclasses`, `awarded`, `won` and a relationship `stage`. */
  const historyPattern = {
    supplierId: P.string,
    purchases: P.array({ id: P.string, status: oneOf([...STEPS, ...OUTCOMES]), won: P.boolean }),
    buyclasses: P.array(oneOf(BUYCLASSES)),
    awarded: P.number,
    won: P.number,
    stage: oneOf(RELATIONSHIP_STAGES),
    supplierRelationship: oneOf(['incumbent', 'known', 'new']),
    position: oneOf(SUPPLIER_POSITIONS),
    reasons: P.array(),
  };

  const dayStatsPattern = { n: P.number, median: P.union(P.number, null) };
  const perStep = <T>(pattern: T): Record<string, T> => Object.fromEntries(STEPS.map((step) => [step, pattern]));
  /** One group of a `PurchasesSummary`: `count`, `byStatus` and `funnel` and `stall` per step, `cycleTimeDays`, `transitions`, `mermaid`. */
  const groupPattern = {
    count: P.number,
    byStatus: { ...perStep(P.number), awarded: P.number, abandoned: P.number },
    funnel: perStep({ reached: P.number }),
    cycleTimeDays: { awarded: dayStatsPattern, abandoned: dayStatsPattern },
    stepDays: {},
    revisits: {},
    stall: perStep({ open: P.number, idleDays: P.union(null, dayStatsPattern) }),
    transitions: P.array(),
    mermaid: P.string,
  };

  /** A `PurchasesSummary`: `asOf`, `by`, the summary of `all` and the `groups`. */
  const summaryPattern = {
    asOf: P.union(P.string, null),
    by: P.union('buyclass', 'regime', 'custom', null),
    all: groupPattern,
    groups: {},
  };

  /** A `ReplayManyResult`: the `purchases` replayed, their `states` and the `totals`. */
  const replayManyPattern = {
    purchases: P.array({ ok: P.boolean, refused: P.array(), malformed: P.array() }),
    states: P.array(),
    totals: {
      purchases: P.number,
      ok: P.number,
      notStarted: P.number,
      refusedEvents: P.number,
      malformedEvents: P.number,
    },
  };

  /** A `CrmRole`: `mapped`, `roles` (buying-center roles) and `reasons`. */
  const crmRolePattern = {
    mapped: P.boolean,
    roles: P.array(oneOf(ROLES)),
    stance: P.optional(oneOf(STANCES)),
    reasons: P.array(reasonPattern),
  };

  /** A `CrmStage`: `mapped` and `reasons`, with a `deal` status, a `step` or `outcome` — and no `roles`. */
  const crmStagePattern = {
    mapped: P.boolean,
    deal: P.optional(oneOf(CRM_DEAL_STATUSES)),
    step: P.optional(oneOf(STEPS)),
    outcome: P.optional(oneOf(OUTCOMES)),
    probability: P.optional(P.number),
    roles: absent,
    reasons: P.array(reasonPattern),
  };

  /** An `OfferEvaluation`: a `ranking` of offers, each with a `rank`, a `score` and its `criteria`, and `reasons`. */
  const offerPattern = {
    ranking: P.array({
      supplierId: P.string,
      rank: P.number,
      score: P.number,
      criteria: P.array({ criterion: P.string, weight: P.number, score: P.number, contribution: P.number }),
    }),
    reasons: P.array(),
  };
  return {
    prospectPattern,
    historyPattern,
    summaryPattern,
    replayManyPattern,
    crmRolePattern,
    crmStagePattern,
    offerPattern,
    statePattern,
    transitionPattern,
    replayPattern,
    situationPattern,
    buyclassPattern,
    portfolioPattern,
    organizationPattern,
    approachPattern,
    buyingCenterPattern,
    analysisPattern,
    coveragePattern,
    expectedSizePattern,
    riskPattern,
    whatIfPattern,
    centerRiskPattern,
  };
}
