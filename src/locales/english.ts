/**
 * The English tables: the labels of every vocabulary and the sentences of `explain`, which
 * the English catalog (`buygrid/locales/en`) holds and `explain` and `label` read by default.
 * Kept apart from the catalog's message templates, so that `buygrid/explain` (and the root
 * entry) carry no second copy of the English messages the modules already write.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { LabelTable } from '../explain/labels.js';
import type { Format } from './catalog.js';

/** The English labels: plain words in lower case, as they read in the middle of a sentence. */
export const labels = /* @__PURE__ */ deepFreeze({
  step: {
    'need-recognition': 'need recognition',
    specification: 'specification',
    'supplier-search': 'supplier search',
    negotiation: 'negotiation',
    decision: 'decision',
  },
  outcome: { awarded: 'awarded', abandoned: 'abandoned' },
  role: {
    initiator: 'initiator',
    user: 'user',
    prescriber: 'prescriber',
    advisor: 'advisor',
    gatekeeper: 'gatekeeper',
    buyer: 'buyer',
    decider: 'decider',
    approver: 'approver',
  },
  stance: { champion: 'champion', supporter: 'supporter', neutral: 'neutral', skeptic: 'skeptic', blocker: 'blocker' },
  buyclass: { 'new-task': 'new task', 'modified-rebuy': 'modified rebuy', 'straight-rebuy': 'straight rebuy' },
  quadrant: { strategic: 'strategic', leverage: 'leverage', bottleneck: 'bottleneck', 'non-critical': 'non-critical' },
  importance: { banal: 'banal', strategic: 'strategic' },
  regime: { private: 'private buying', 'public-tender': 'public tender' },
  procedure: {
    open: 'open procedure',
    restricted: 'restricted procedure',
    'competitive-with-negotiation': 'competitive procedure with negotiation',
    'competitive-dialogue': 'competitive dialogue',
    'innovation-partnership': 'innovation partnership',
    'negotiated-without-publication': 'negotiated procedure without prior publication',
    'framework-call-off': 'call-off under a framework agreement',
    'dynamic-purchasing-system': 'dynamic purchasing system',
    'below-threshold': 'below the EU thresholds (national rules)',
  },
  organizationType: { company: 'company', 'public-body': 'public body', institution: 'institution' },
  sizeBand: { micro: 'micro', small: 'small', medium: 'medium-sized', large: 'large' },
  level: { low: 'low', medium: 'medium', high: 'high' },
  riskLevel: { low: 'low', moderate: 'moderate', high: 'high', critical: 'critical' },
  dimension: {
    financial: 'financial',
    performance: 'performance',
    delivery: 'delivery',
    supplier: 'supplier',
    'after-sales': 'after-sales',
    currency: 'currency',
    social: 'social',
  },
  eventType: {
    needQualified: 'need qualified',
    requirementAdded: 'requirement added',
    requirementRemoved: 'requirement removed',
    specificationApproved: 'specification approved',
    supplierIdentified: 'supplier identified',
    supplierShortlisted: 'supplier shortlisted',
    supplierExcluded: 'supplier excluded',
    negotiationStarted: 'negotiation started',
    offerReceived: 'offer received',
    decisionRequested: 'decision requested',
    supplierSelected: 'supplier selected',
    stepRevisited: 'step revisited',
    stepSkipped: 'step skipped',
    purchaseAbandoned: 'purchase abandoned',
    performanceReviewed: 'performance reviewed',
  },
  guard: {
    chronological: 'dated before the last event',
    role: 'not recorded by the role the policy asks for',
    'duplicate-id': 'id already used',
    'unknown-requirement': 'no such requirement',
    'must-requirement': 'no "must" requirement',
    'unknown-supplier': 'no such supplier',
    'excluded-supplier': 'supplier excluded',
    'min-shortlisted': 'too few suppliers shortlisted',
    'not-shortlisted': 'supplier not shortlisted',
    'min-offers': 'too few offers',
    'no-offer': 'no offer from that supplier',
    'not-earlier-step': 'not an earlier step',
    'skip-not-allowed': 'skip not allowed by the policy',
    'no-negotiation': 'tenders may not be negotiated in this procedure',
  },
  abandonReason: {
    'no-decision': 'no decision',
    budget: 'budget',
    'need-withdrawn': 'need withdrawn',
    'no-suitable-offer': 'no suitable offer',
    other: 'other reason',
  },
  priority: { must: 'must', should: 'should', could: 'could' },
  supplierStatus: { known: 'known', identified: 'identified', shortlisted: 'shortlisted', excluded: 'excluded' },
  supplierPosition: { 'in-supplier': 'in-supplier', 'out-supplier': 'out-supplier' },
  reducer: {
    references: 'references from comparable clients',
    trial: 'a trial order or a pilot',
    'site-visit': 'a visit of the supplier’s site',
    certification: 'a third-party certification (quality system, product tests)',
    warranty: 'a warranty',
    'sla-penalties': 'a service-level agreement with penalties',
    'staged-payment': 'payment in stages, against milestones',
    'buyer-currency-pricing': 'prices in the buyer’s currency',
    'detailed-specification': 'a detailed specification',
    'stakeholder-involvement': 'involving the members concerned in the choice',
    'buffer-stock': 'a buffer stock',
    'dual-sourcing': 'a second source',
    'currency-hedge': 'a currency hedge (forward contract)',
  },
} as const satisfies LabelTable);

const days = (n: number, f: Format): string => f.plural(n, { one: '# day', other: '# days' });

/**
 * The English sentences of `explain`, one table per kind of result and `common` for the pieces
 * several kinds share. Params are strings already labelled and formatted, or numbers (counts,
 * ranks, days rounded to one decimal) that a template words through `f`.
 */
export const texts = /* @__PURE__ */ deepFreeze({
  common: {
    list: (items: readonly string[], f: Format): string => f.list(items),
    none: 'none',
    more: (n: number, f: Format): string => `and ${f.number(n)} more`,
  },
  'purchase-state': {
    open: (p: { id: string; need: string; step: string; index: number; of: number; days: number }, f: Format): string =>
      `${p.id} (${p.need}) · ${p.step}, step ${f.number(p.index)} of ${f.number(p.of)} · ${days(p.days, f)} in`,
    awarded: (p: { id: string; need: string; supplier: string; days: number; reorder: boolean }, f: Format): string =>
      `${p.id} (${p.need}) · awarded to ${p.supplier}${p.reorder ? ' as a re-order' : ''} after ${days(p.days, f)}`,
    abandoned: (p: { id: string; need: string; step: string; reason: string; days: number }, f: Format): string =>
      `${p.id} (${p.need}) · abandoned in ${p.step} after ${days(p.days, f)}: ${p.reason}`,
    requirements: (n: number, f: Format): string => f.plural(n, { one: '# requirement', other: '# requirements' }),
    shortlisted: (n: number, f: Format): string => `${f.number(n)} shortlisted`,
    offers: (n: number, f: Format): string => f.plural(n, { one: '# offer', other: '# offers' }),
    revisits: (p: { count: number; steps: string }, f: Format): string =>
      `${f.plural(p.count, { one: '# revisit', other: '# revisits' })} (${p.steps})`,
  },
  'transition-result': {
    accepted: 'accepted',
    refused: (p: { rule: string; message: string }): string => `refused (${p.rule}): ${p.message}`,
  },
  'replay-result': {
    refused: (p: { index: number; rule: string; message: string }, f: Format): string =>
      `stopped at events[${f.number(p.index)}], refused (${p.rule}): ${p.message}`,
  },
  'purchase-situation': {
    quadrant: (p: { quadrant: string; importance: string }): string => `Kraljic ${p.quadrant} (${p.importance})`,
    importance: (p: { importance: string }): string => p.importance,
    procedure: (p: { regime: string; procedure: string }): string => `${p.regime}, ${p.procedure}`,
  },
  'buyclass-result': {
    buyclass: (p: { buyclass: string; confidence: string }): string => `${p.buyclass} (confidence ${p.confidence})`,
  },
  'portfolio-result': {
    quadrant: (p: {
      quadrant: string;
      importance: string;
      profitImpact: string;
      supplyRisk: string;
      threshold: string;
    }): string =>
      `Kraljic ${p.quadrant} (${p.importance}): profit impact ${p.profitImpact}, supply risk ${p.supplyRisk}, threshold ${p.threshold}`,
  },
  'organization-result': {
    organization: (p: { type: string; size?: string }): string =>
      p.size === undefined ? p.type : `${p.type}, ${p.size}`,
  },
  approach: {
    none: 'no action recommended',
    action: (p: { rank: number; message: string }, f: Format): string => `${f.number(p.rank)}. ${p.message}`,
  },
  'buying-center': {
    members: (n: number, f: Format): string => f.plural(n, { one: '# member', other: '# members' }),
    member: (p: { name: string; roles: string; stance?: string; influence: string }): string =>
      `${p.name} (${p.roles}${p.stance === undefined ? '' : `; ${p.stance}`}; influence ${p.influence})`,
    noRole: 'no role',
  },
  'buying-center-analysis': {
    summary: (p: { size: number; support: string }, f: Format): string =>
      `${f.plural(p.size, { one: '# member', other: '# members' })}, support ${p.support}`,
    keyPlayers: (p: { names: string }): string => `key players: ${p.names}`,
    warnings: (n: number, f: Format): string => f.plural(n, { one: '# warning', other: '# warnings' }),
  },
  'role-coverage': {
    covered: (p: { step?: string; covered: number; roles: number }, f: Format): string =>
      `${p.step === undefined ? '' : `${p.step}: `}${f.number(p.covered)} of ${f.plural(p.roles, { one: '# role', other: '# roles' })} covered`,
    missing: (p: { roles: string }): string => `missing: ${p.roles}`,
  },
  'expected-size': {
    size: (p: { min: string; typical: string; max: string }): string =>
      `expected buying center: ${p.min} to ${p.max} people, typically ${p.typical}`,
  },
  'risk-assessment': {
    score: (p: { level: string; score: string }): string => `${p.level} risk ${p.score}`,
    drivers: (p: { dimensions: string }): string => `drivers: ${p.dimensions}`,
    reducer: (p: { reducer: string; reduction: string }): string => `best reducer: ${p.reducer} (-${p.reduction})`,
    notAssessed: (p: { dimensions: string }): string => `not assessed: ${p.dimensions}`,
  },
  'risk-what-if': {
    change: (p: { before: string; after: string; delta: string }): string => `${p.before} → ${p.after} (${p.delta})`,
    largest: (p: { dimension: string; delta: string }): string => `largest change: ${p.dimension} ${p.delta}`,
  },
  'buying-center-risk': {
    score: (p: { level: string; score: string }): string =>
      `${p.level} risk ${p.score}, weighted over the buying center`,
    highest: (p: { member: string; level: string; score: string }): string =>
      `highest: ${p.member} (${p.level} ${p.score})`,
  },
  'prospect-analysis': {
    account: (p: { name?: string; position: string; situation: string }): string =>
      `${p.name === undefined ? '' : `${p.name} · `}as ${p.position} · ${p.situation}`,
    step: (p: { step: string; index: number; of: number }, f: Format): string =>
      `in ${p.step}, step ${f.number(p.index)} of ${f.number(p.of)}`,
    closed: (p: { outcome: string }): string => `purchase ${p.outcome}`,
    idle: (p: { days: number }, f: Format): string => `${days(p.days, f)} since the last event`,
    engage: (p: { names: string }): string => `engage: ${p.names}`,
    risk: (p: { level: string; score: string }): string => `${p.level} risk ${p.score}`,
    redFlags: (p: { flags: string }): string => `red flags: ${p.flags}`,
    redFlag: {
      'no-decider': 'no decider',
      'influential-blocker': 'influential blocker',
      stalled: 'stalled',
      'going-back': 'going back',
    },
    noAction: 'no action',
    action: (p: { rank: number; message: string }, f: Format): string => `${f.number(p.rank)}. ${p.message}`,
    moreActions: (n: number, f: Format): string =>
      `and ${f.plural(n, { one: '# more action', other: '# more actions' })}`,
  },
  'account-history': {
    stage: (p: { supplier: string; stage: string }): string => `${p.supplier}: ${p.stage}`,
    stages: {
      'pre-relationship': 'pre-relationship stage',
      early: 'early stage',
      development: 'development stage',
      'long-term': 'long-term stage',
    },
    won: (p: { won: number; awarded: number; share?: string }, f: Format): string =>
      `won ${f.number(p.won)} of ${f.number(p.awarded)} awarded${p.share === undefined ? '' : ` (share ${p.share})`}`,
    purchases: (n: number, f: Format): string => f.plural(n, { one: '# purchase', other: '# purchases' }),
    trend: (p: { trend: string; from: string; to: string }): string => `${p.trend} (${p.from} → ${p.to})`,
    trends: { routinizing: 'routinizing', steady: 'steady', reopening: 'reopening' },
    position: (p: { relationship: string; position: string }): string => `${p.relationship} supplier, ${p.position}`,
    relationships: { incumbent: 'incumbent', known: 'known', new: 'new' },
  },
  'purchase-summary': {
    count: (n: number, f: Format): string => f.plural(n, { one: '# purchase', other: '# purchases' }),
    statuses: (p: { open: number; awarded: number; abandoned: number }, f: Format): string =>
      `${f.number(p.open)} open, ${f.number(p.awarded)} awarded, ${f.number(p.abandoned)} abandoned`,
    funnel: (p: { counts: string }): string => `funnel ${p.counts}`,
    cycle: (p: { awarded?: number; abandoned?: number }, f: Format): string =>
      `median cycle ${[p.awarded === undefined ? '' : `${days(p.awarded, f)} to award`, p.abandoned === undefined ? '' : `${days(p.abandoned, f)} to abandon`].filter((x) => x !== '').join(', ')}`,
    stall: (p: { step: string; open: number; idle?: number }, f: Format): string =>
      `most open in ${p.step} (${f.number(p.open)}${p.idle === undefined ? '' : `, median idle ${days(p.idle, f)}`})`,
    group: (p: { key: string; line: string }): string => `- ${p.key}: ${p.line}`,
    moreGroups: (n: number, f: Format): string =>
      `- and ${f.plural(n, { one: '# more group', other: '# more groups' })}`,
  },
  'replay-many': {
    purchases: (p: { purchases: number; ok: number; problems: number; notStarted: number }, f: Format): string =>
      `${f.plural(p.purchases, { one: '# purchase', other: '# purchases' })} replayed: ${f.number(p.ok)} accepted in full, ${f.number(p.problems)} with events left out, ${f.number(p.notStarted)} not started`,
    events: (p: { refused: number; malformed: number }, f: Format): string =>
      `${f.plural(p.refused, { one: '# event', other: '# events' })} refused, ${f.number(p.malformed)} malformed`,
  },
  'crm-role': {
    mapped: (p: { roles: string; stance?: string }): string =>
      `${p.roles}${p.stance === undefined ? '' : `; ${p.stance}`}`,
    noRole: 'no role',
    unmapped: 'not mapped',
  },
  'crm-stage': {
    open: (p: { step?: string; probability?: string }): string =>
      `deal open${p.step === undefined ? '' : `, buyer in ${p.step}`}${p.probability === undefined ? '' : ` (seller's probability ${p.probability})`}`,
    closed: (p: { deal: string; outcome?: string }): string =>
      `deal ${p.deal}${p.outcome === undefined ? ', no outcome' : `: purchase ${p.outcome}`}`,
    deals: { won: 'won', lost: 'lost' },
    unmapped: 'not mapped',
  },
  'offer-evaluation': {
    none: 'no offer to rank',
    ranked: (n: number, f: Format): string => `${f.plural(n, { one: '# offer', other: '# offers' })} ranked`,
    offer: (p: { rank: number; supplier: string; score: string; criteria: string }, f: Format): string =>
      `${f.number(p.rank)}. ${p.supplier} ${p.score} (${p.criteria})`,
    criterion: (p: { criterion: string; contribution: string }): string => `${p.criterion} ${p.contribution}`,
  },
  'input-error': {
    issues: (n: number, f: Format): string => `invalid input, ${f.plural(n, { one: '# issue', other: '# issues' })}`,
    issue: (p: { path: string; expected: string; received: string }): string =>
      `- ${p.path}: expected ${p.expected}, received ${p.received}`,
  },
} as const);

/**
 * The type of the English sentences (`TEXTS`): what `ExplainTexts` is made from.
 *
 * @example
 * ```ts
 * import { TEXTS, type EnglishTexts } from 'buygrid/explain';
 * const texts: EnglishTexts = TEXTS;
 * texts['offer-evaluation'].none;
 * //=> 'no offer to rank'
 * ```
 */
export type EnglishTexts = typeof texts;

/**
 * The type of the English labels (`LABELS`): each kind's values, each with its words.
 *
 * @example
 * ```ts
 * import { LABELS, type EnglishLabels } from 'buygrid/explain';
 * const labels: EnglishLabels = LABELS;
 * labels.role.gatekeeper;
 * //=> 'gatekeeper'
 * ```
 */
export type EnglishLabels = typeof labels;
