/**
 * The wording of each kind of result: params rounded and labelled, then put in the
 * language's templates.
 *
 * @module
 */
import { STEPS, type Step } from '../_lib/vocabulary.js';
import type { PurchaseState } from '../process/state.js';
import type { Rejection } from '../process/transition.js';
import type { RiskDimension } from '../risk/dimensions.js';
import { DAY_MS, roundTo, short } from './format.js';
import type { Format } from '../locales/catalog.js';
import type { ExplainContext, ExplainedKinds, Said } from './kinds.js';

type Words<K extends keyof ExplainedKinds> = (result: ExplainedKinds[K], context: ExplainContext) => string;

const MAX_LISTED = 5;
const SEP = ' · ';

function listOf(items: readonly string[], { texts, f }: ExplainContext): string {
  if (items.length === 0) return texts.common.none;
  const shown = items.slice(0, MAX_LISTED);
  const more = items.length > MAX_LISTED ? [texts.common.more(items.length - MAX_LISTED, f)] : [];
  return texts.common.list([...shown, ...more], f);
}

const isStep = (status: string): status is Step => (STEPS as readonly string[]).includes(status);

function elapsed(state: PurchaseState, now: string | undefined): number {
  const last = state.history[state.history.length - 1]?.at ?? state.startedAt;
  const open = isStep(state.status);
  const end = open ? (now ?? last) : (state.selection?.at ?? state.abandonment?.at ?? last);
  return Math.max(0, Date.parse(end) - Date.parse(state.startedAt));
}

/** A purchase in one line: where it stands, for how long, what it holds and where it looped back. */
export const purchaseState: Words<'purchase-state'> = (state, context) => {
  const { texts, labels, f } = context;
  const t = texts['purchase-state'];
  const base = {
    id: short(state.id),
    need: short(state.need.summary),
    days: roundTo(elapsed(state, context.now) / DAY_MS, 1),
  };
  const parts: string[] = [];
  if (state.status === 'awarded') {
    const chosen = state.selection?.supplierId ?? '';
    const supplier = state.suppliers.find((s) => s.id === chosen)?.name ?? chosen;
    parts.push(t.awarded({ ...base, supplier: short(supplier), reorder: state.selection?.reorder === true }, f));
  } else if (state.status === 'abandoned') {
    const step = state.abandonment?.step ?? STEPS[0];
    const reason =
      state.abandonment === null ? labels.abandonReason.other : labels.abandonReason[state.abandonment.reason];
    parts.push(t.abandoned({ ...base, step: labels.step[step], reason }, f));
  } else {
    parts.push(
      t.open({ ...base, step: labels.step[state.status], index: STEPS.indexOf(state.status) + 1, of: STEPS.length }, f),
    );
    const shortlisted = state.suppliers.filter((s) => s.status === 'shortlisted').length;
    const held = [
      state.requirements.length > 0 ? t.requirements(state.requirements.length, f) : '',
      shortlisted > 0 ? t.shortlisted(shortlisted, f) : '',
      state.offers.length > 0 ? t.offers(state.offers.length, f) : '',
    ].filter((s) => s !== '');
    if (held.length > 0) parts.push(texts.common.list(held, f));
  }
  const back = state.history.flatMap((e) => (e.type === 'stepRevisited' ? [labels.step[e.to]] : []));
  if (back.length > 0) parts.push(t.revisits({ count: back.length, steps: listOf([...new Set(back)], context) }, f));
  return parts.join(SEP);
};

function rule(rejection: Rejection, { labels }: ExplainContext): string {
  return rejection.guard === undefined ? rejection.code : labels.guard[rejection.guard];
}

/** A transition: accepted, or refused by which rule and why; then the purchase. */
export const transitionResult: Words<'transition-result'> = (result, context) => {
  const t = context.texts['transition-result'];
  const { f } = context;
  const head = result.ok
    ? t.accepted
    : t.refused({ rule: rule(result.rejection, context), message: context.say(result.rejection) }, f);
  return `${head}\n${purchaseState(result.state, context)}`;
};

/** A replay that stopped: at which event, by which rule; then the purchase as it stood. */
export const replayResult: Words<'replay-result'> = (result, context) => {
  const head = context.texts['replay-result'].refused(
    {
      index: result.index,
      rule: rule(result.rejection, context),
      message: context.say(result.rejection),
    },
    context.f,
  );
  return `${head}\n${purchaseState(result.state, context)}`;
};

/** A situation: buyclass, Kraljic quadrant, organization and regime. */
export const purchaseSituation: Words<'purchase-situation'> = (s, context) => {
  const { texts, labels, f } = context;
  const t = texts['purchase-situation'];
  const importance = s.importance === undefined ? undefined : labels.importance[s.importance];
  const portfolio =
    s.quadrant !== undefined
      ? t.quadrant({ quadrant: labels.quadrant[s.quadrant], importance: importance ?? texts.common.none }, f)
      : importance === undefined
        ? undefined
        : t.importance({ importance }, f);
  const organization = texts['organization-result'].organization(
    {
      type: labels.organizationType[s.organization.type],
      ...(s.organization.sizeBand === undefined ? {} : { size: labels.sizeBand[s.organization.sizeBand] }),
    },
    f,
  );
  const procedure: unknown = (s as { procedure?: unknown }).procedure;
  const regime =
    typeof procedure === 'string'
      ? t.procedure(
          {
            regime: labels.regime[s.regime],
            procedure: Object.hasOwn(labels.procedure, procedure)
              ? labels.procedure[procedure as keyof typeof labels.procedure]
              : short(procedure),
          },
          f,
        )
      : labels.regime[s.regime];
  return [labels.buyclass[s.buyclass], portfolio, organization, regime].filter((p) => p !== undefined).join(SEP);
};

/** A buyclass and how sure. */
export const buyclassResult: Words<'buyclass-result'> = (r, { texts, labels, f }) =>
  texts['buyclass-result'].buyclass({ buyclass: labels.buyclass[r.buyclass], confidence: f.number(r.confidence) }, f);

/** A Kraljic quadrant, its two axes, and the strategy. */
export const portfolioResult: Words<'portfolio-result'> = (r, { texts, labels, f, say }) =>
  `${texts['portfolio-result'].quadrant(
    {
      quadrant: labels.quadrant[r.quadrant],
      importance: labels.importance[r.importance],
      profitImpact: f.number(r.profitImpact),
      supplyRisk: f.number(r.supplyRisk),
      threshold: f.number(r.threshold),
    },
    f,
  )}\n${say(r.strategy)}`;

/** An organization and the regime it buys under. */
export const organizationResult: Words<'organization-result'> = (r, { texts, labels, f }) =>
  `${texts['organization-result'].organization(
    {
      type: labels.organizationType[r.type],
      ...(r.sizeBand === undefined ? {} : { size: labels.sizeBand[r.sizeBand] }),
    },
    f,
  )}${SEP}${labels.regime[r.regime]}`;

/** The seller's actions, numbered. */
export const approach: Words<'approach'> = (a, { texts, f, say }) => {
  const t = texts.approach;
  if (a.actions.length === 0) return t.none;
  return a.actions.map((action, i) => t.action({ rank: i + 1, message: say(action) }, f)).join('\n');
};

/** The members, with roles, stance and influence. */
export const buyingCenter: Words<'buying-center'> = (center, context) => {
  const { texts, labels, f } = context;
  const t = texts['buying-center'];
  const members = center.members.map((m) =>
    t.member(
      {
        name: short(m.name),
        roles:
          m.roles.length === 0
            ? t.noRole
            : texts.common.list(
                m.roles.map((r) => labels.role[r]),
                f,
              ),
        ...(m.stance === undefined ? {} : { stance: labels.stance[m.stance] }),
        influence: f.number(m.influence),
      },
      f,
    ),
  );
  return `${t.members(center.members.length, f)}: ${listOf(members, context)}`;
};

/** Size, support, the key players and the warnings. */
export const buyingCenterAnalysis: Words<'buying-center-analysis'> = (a, context) => {
  const t = context.texts['buying-center-analysis'];
  const { f } = context;
  const head = [
    t.summary({ size: a.size, support: f.number(a.support) }, f),
    t.keyPlayers(
      {
        names: listOf(
          a.keyPlayers.map((m) => short(m.name)),
          context,
        ),
      },
      f,
    ),
  ];
  if (a.warnings.length > 0) head.push(t.warnings(a.warnings.length, f));
  return [head.join(SEP), ...a.warnings.map((w) => `- ${context.say(w)}`)].join('\n');
};

/** How many of the roles a step needs are held, and which are missing. */
export const roleCoverage: Words<'role-coverage'> = (c, context) => {
  const { texts, labels, f } = context;
  const t = texts['role-coverage'];
  const head = t.covered(
    {
      ...(c.step === undefined ? {} : { step: labels.step[c.step] }),
      covered: c.covered.length,
      roles: c.roles.length,
    },
    f,
  );
  return c.missing.length === 0
    ? head
    : `${head}${SEP}${t.missing(
        {
          roles: listOf(
            c.missing.map((r) => labels.role[r]),
            context,
          ),
        },
        f,
      )}`;
};

/** The expected size of the buying center. */
export const expectedSize: Words<'expected-size'> = (s, { texts, f }) =>
  texts['expected-size'].size({ min: f.number(s.min, 0), typical: f.number(s.typical, 0), max: f.number(s.max, 0) }, f);

const dimensionsOf = (dims: readonly RiskDimension[], context: ExplainContext): string =>
  listOf(
    dims.map((d) => context.labels.dimension[d]),
    context,
  );

/** The level and score, the drivers, the best reducer, and what was left out. */
export const riskAssessment: Words<'risk-assessment'> = (r, context) => {
  const t = context.texts['risk-assessment'];
  const { f } = context;
  const parts = [t.score({ level: context.labels.riskLevel[r.level], score: f.number(r.score) }, f)];
  if (r.drivers.length > 0) parts.push(t.drivers({ dimensions: dimensionsOf(r.drivers, context) }, f));
  const best = r.reducers[0];
  if (best !== undefined)
    parts.push(t.reducer({ reducer: context.labels.reducer[best.id], reduction: f.number(best.reduction) }, f));
  if (r.notAssessed.length > 0) parts.push(t.notAssessed({ dimensions: dimensionsOf(r.notAssessed, context) }, f));
  return parts.join(SEP);
};

const signed = (n: number, f: Format): string => (n > 0 ? `+${f.number(n)}` : f.number(n));

/** Before → after, the change, and the dimension that moved most. */
export const riskWhatIf: Words<'risk-what-if'> = (w, context) => {
  const { texts, labels, f } = context;
  const t = texts['risk-what-if'];
  const level = (r: typeof w.before): string =>
    texts['risk-assessment'].score({ level: labels.riskLevel[r.level], score: f.number(r.score) }, f);
  const parts = [t.change({ before: level(w.before), after: level(w.after), delta: signed(w.delta.score, f) }, f)];
  const moved = (Object.entries(w.delta.dimensions) as [RiskDimension, number][]).filter(
    ([, d]) => roundTo(d, 2) !== 0,
  );
  const largest = moved.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))[0];
  if (largest !== undefined)
    parts.push(t.largest({ dimension: labels.dimension[largest[0]], delta: signed(largest[1], f) }, f));
  return parts.join(SEP);
};

/** The weighted score over the members, and the member who perceives the most. */
export const buyingCenterRisk: Words<'buying-center-risk'> = (r, { texts, labels, f }) => {
  const t = texts['buying-center-risk'];
  const parts = [t.score({ level: labels.riskLevel[r.level], score: f.number(r.score) }, f)];
  const top = [...r.members].sort((a, b) => b.score - a.score)[0];
  if (top !== undefined) {
    parts.push(t.highest({ member: short(top.id), level: labels.riskLevel[top.level], score: f.number(top.score) }, f));
  }
  return parts.join(SEP);
};

/** How many issues, then one line each. */
export const inputError: Words<'input-error'> = (e, { texts, f }) => {
  const t = texts['input-error'];
  return [t.issues(e.issues.length, f), ...e.issues.map((i) => t.issue(i, f))].join('\n');
};

const MAX_ACTIONS = 3;
const MAX_ENGAGED = 3;

/** A prospect: the account and its situation; where the buyer stands, whom to engage, the risk and red flags; the first actions. */
export const prospectAnalysis: Words<'prospect-analysis'> = (a, context) => {
  const { texts, labels, f } = context;
  const t = texts['prospect-analysis'];
  const name = a.organization.name;
  const head = t.account(
    {
      ...(name === undefined ? {} : { name: short(name) }),
      position: labels.supplierPosition[a.position],
      situation: purchaseSituation(a.situation, context),
    },
    f,
  );
  const facts: string[] = [];
  const standing = a.standing;
  if (standing !== undefined) {
    facts.push(
      standing.step === null
        ? t.closed(
            {
              outcome: isStep(standing.status) ? labels.step[standing.status] : labels.outcome[standing.status],
            },
            f,
          )
        : t.step({ step: labels.step[standing.step], index: STEPS.indexOf(standing.step) + 1, of: STEPS.length }, f),
    );
    if (standing.daysSinceLastEvent !== undefined)
      facts.push(t.idle({ days: roundTo(standing.daysSinceLastEvent, 1) }, f));
  }
  const engaged = (a.engage ?? []).slice(0, MAX_ENGAGED).map((e) => short(e.name));
  if (engaged.length > 0) facts.push(t.engage({ names: texts.common.list(engaged, f) }, f));
  if (a.risk !== undefined)
    facts.push(t.risk({ level: labels.riskLevel[a.risk.level], score: f.number(a.risk.score) }, f));
  if (a.redFlags.length > 0)
    facts.push(t.redFlags({ flags: listOf([...new Set(a.redFlags.map((f) => t.redFlag[f.code]))], context) }, f));
  const actions = a.actions
    .slice(0, MAX_ACTIONS)
    .map((action, i) => t.action({ rank: i + 1, message: context.say(action) }, f));
  const more = a.actions.length > MAX_ACTIONS ? [t.moreActions(a.actions.length - MAX_ACTIONS, f)] : [];
  return [
    head,
    ...(facts.length > 0 ? [facts.join(SEP)] : []),
    ...(actions.length > 0 ? actions : [t.noAction]),
    ...more,
  ].join('\n');
};

/** An account over time: the relationship stage, what was won, the purchases, the buyclass trend, and the seller's place. */
export const accountHistory: Words<'account-history'> = (h, { texts, labels, f }) => {
  const t = texts['account-history'];
  const parts = [
    t.stage({ supplier: short(h.supplierId), stage: t.stages[h.stage] }, f),
    t.won({ won: h.won, awarded: h.awarded, ...(h.shareWon === undefined ? {} : { share: f.number(h.shareWon) }) }, f),
    t.purchases(h.purchases.length, f),
  ];
  const first = h.buyclasses[0];
  const last = h.buyclasses[h.buyclasses.length - 1];
  if (h.trend !== undefined && first !== undefined && last !== undefined) {
    parts.push(t.trend({ trend: t.trends[h.trend], from: labels.buyclass[first], to: labels.buyclass[last] }, f));
  }
  parts.push(
    t.position(
      { relationship: t.relationships[h.supplierRelationship], position: labels.supplierPosition[h.position] },
      f,
    ),
  );
  return parts.join(SEP);
};

type GroupSummary = ExplainedKinds['purchase-summary']['all'];
const MAX_GROUPS = 4;

/** One group of purchases in one line: counts by status, the funnel, the median cycle times, where open ones stall. */
function summaryLine(g: GroupSummary, context: ExplainContext): string {
  const { texts, labels, f } = context;
  const t = texts['purchase-summary'];
  const open = STEPS.reduce((sum, step) => sum + g.byStatus[step], 0);
  const parts = [
    `${t.count(g.count, f)}: ${t.statuses({ open, awarded: g.byStatus.awarded, abandoned: g.byStatus.abandoned }, f)}`,
    t.funnel({ counts: STEPS.map((step) => f.number(g.funnel[step].reached)).join(' → ') }, f),
  ];
  const awarded = g.cycleTimeDays.awarded.median;
  const abandoned = g.cycleTimeDays.abandoned.median;
  if (awarded !== null || abandoned !== null) {
    parts.push(
      t.cycle(
        {
          ...(awarded === null ? {} : { awarded: roundTo(awarded, 1) }),
          ...(abandoned === null ? {} : { abandoned: roundTo(abandoned, 1) }),
        },
        f,
      ),
    );
  }
  const stalled = [...STEPS].sort((a, b) => g.stall[b].open - g.stall[a].open)[0];
  if (stalled !== undefined && g.stall[stalled].open > 0) {
    const idle = g.stall[stalled].idleDays?.median ?? null;
    parts.push(
      t.stall(
        {
          step: labels.step[stalled],
          open: g.stall[stalled].open,
          ...(idle === null ? {} : { idle: roundTo(idle, 1) }),
        },
        f,
      ),
    );
  }
  return parts.join(SEP);
}

/** Many purchases: one line for all (counts, funnel, median cycle in days, where open ones stall), then one per group. */
export const purchaseSummary: Words<'purchase-summary'> = (s, context) => {
  const { texts, labels, f } = context;
  const t = texts['purchase-summary'];
  const keys = Object.keys(s.groups);
  const name = (key: string): string =>
    s.by === 'buyclass' && Object.hasOwn(labels.buyclass, key)
      ? labels.buyclass[key as keyof typeof labels.buyclass]
      : s.by === 'regime' && Object.hasOwn(labels.regime, key)
        ? labels.regime[key as keyof typeof labels.regime]
        : short(key);
  const groups = keys
    .slice(0, MAX_GROUPS)
    .map((key) => t.group({ key: name(key), line: summaryLine(s.groups[key] as GroupSummary, context) }, f));
  const more = keys.length > MAX_GROUPS ? [t.moreGroups(keys.length - MAX_GROUPS, f)] : [];
  return [summaryLine(s.all, context), ...groups, ...more].join('\n');
};

/** Many replays: how many purchases, how many went through whole, with events left out, or did not start; the events refused and malformed. */
export const replayMany: Words<'replay-many'> = (r, { texts, f }) => {
  const t = texts['replay-many'];
  const { purchases, ok, notStarted, refusedEvents, malformedEvents } = r.totals;
  return `${t.purchases({ purchases, ok, problems: purchases - ok - notStarted, notStarted }, f)}${SEP}${t.events({ refused: refusedEvents, malformed: malformedEvents }, f)}`;
};

/** The notes of a CRM reading besides the mapping itself, one per line. */
const notes = (reasons: readonly Said[], say: ExplainContext['say']): string[] =>
  reasons.filter((r) => r.code !== 'mapped').map((r) => `- ${say(r)}`);

/** A CRM role value read as buying-center roles and a stance, or not mapped; then why not, or what to mind. */
export const crmRole: Words<'crm-role'> = (r, { texts, labels, f, say }) => {
  const t = texts['crm-role'];
  const head = r.mapped
    ? t.mapped(
        {
          roles:
            r.roles.length === 0
              ? t.noRole
              : texts.common.list(
                  r.roles.map((role) => labels.role[role]),
                  f,
                ),
          ...(r.stance === undefined ? {} : { stance: labels.stance[r.stance] }),
        },
        f,
      )
    : t.unmapped;
  return [head, ...notes(r.reasons, say)].join('\n');
};

/** A CRM stage read as a step or an outcome, or not mapped; then what to mind (the seller's view, a lost deal). */
export const crmStage: Words<'crm-stage'> = (s, { texts, labels, f, say }) => {
  const t = texts['crm-stage'];
  const head =
    !s.mapped || s.deal === undefined
      ? t.unmapped
      : s.deal === 'open'
        ? t.open(
            {
              ...(s.step === undefined ? {} : { step: labels.step[s.step] }),
              ...(s.probability === undefined ? {} : { probability: f.number(s.probability) }),
            },
            f,
          )
        : t.closed(
            { deal: t.deals[s.deal], ...(s.outcome === undefined ? {} : { outcome: labels.outcome[s.outcome] }) },
            f,
          );
  return [head, ...notes(s.reasons, say)].join('\n');
};

/** Offers ranked: each supplier's score and what each criterion contributed. */
export const offerEvaluation: Words<'offer-evaluation'> = (e, context) => {
  const t = context.texts['offer-evaluation'];
  const { f } = context;
  if (e.ranking.length === 0) return t.none;
  const lines = e.ranking.slice(0, MAX_LISTED).map((o) =>
    t.offer(
      {
        rank: o.rank,
        supplier: short(o.supplierId),
        score: f.number(o.score),
        criteria: context.texts.common.list(
          o.criteria.map((c) => t.criterion({ criterion: c.criterion, contribution: f.number(c.contribution) }, f)),
          f,
        ),
      },
      f,
    ),
  );
  const more = e.ranking.length > MAX_LISTED ? [context.texts.common.more(e.ranking.length - MAX_LISTED, f)] : [];
  return [t.ranked(e.ranking.length, f), ...lines, ...more].join('\n');
};
