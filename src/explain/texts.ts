import { deepFreeze } from '../_lib/freeze.js';
/**
 * The English sentences of {@link explain}, one table per kind of result. Each entry is a
 * template: a function of its params (names already labelled, numbers already rounded), so a
 * translation is a table of the same type.
 *
 * @module
 */

const plural = (n: number, one: string, many = `${one}s`): string => `${String(n)} ${n === 1 ? one : many}`;
const dayCount = (days: string): string => `${days} ${days === '1' ? 'day' : 'days'}`;

/**
 * The English templates of {@link explain}, one table per kind of result (the keys of
 * `ExplainedKinds`), and `common` for the pieces several kinds share. Params are strings
 * already labelled and rounded, or counts.
 *
 * @example
 * ```ts
 * import { TEXTS } from 'buygrid/explain';
 * TEXTS['expected-size'].size({ min: '5', typical: '6', max: '9' });
 * //=> 'expected buying center: 5 to 9 people, typically 6'
 * ```
 */
export const TEXTS = /* @__PURE__ */ deepFreeze({
  common: {
    list: (items: readonly string[]): string => items.join(', '),
    none: 'none',
    more: (n: number): string => `and ${String(n)} more`,
  },
  'purchase-state': {
    open: (p: { id: string; need: string; step: string; index: number; of: number; days: string }): string =>
      `${p.id} (${p.need}) · ${p.step}, step ${String(p.index)} of ${String(p.of)} · ${dayCount(p.days)} in`,
    awarded: (p: { id: string; need: string; supplier: string; days: string; reorder: boolean }): string =>
      `${p.id} (${p.need}) · awarded to ${p.supplier}${p.reorder ? ' as a re-order' : ''} after ${dayCount(p.days)}`,
    abandoned: (p: { id: string; need: string; step: string; reason: string; days: string }): string =>
      `${p.id} (${p.need}) · abandoned in ${p.step} after ${dayCount(p.days)}: ${p.reason}`,
    requirements: (n: number): string => plural(n, 'requirement'),
    shortlisted: (n: number): string => `${String(n)} shortlisted`,
    offers: (n: number): string => plural(n, 'offer'),
    revisits: (p: { count: number; steps: string }): string => `${plural(p.count, 'revisit')} (${p.steps})`,
  },
  'transition-result': {
    accepted: 'accepted',
    refused: (p: { rule: string; message: string }): string => `refused (${p.rule}): ${p.message}`,
  },
  'replay-result': {
    refused: (p: { index: number; rule: string; message: string }): string =>
      `stopped at events[${String(p.index)}], refused (${p.rule}): ${p.message}`,
  },
  'purchase-situation': {
    quadrant: (p: { quadrant: string; importance: string }): string => `Kraljic ${p.quadrant} (${p.importance})`,
    importance: (p: { importance: string }): string => p.importance,
    procedure: (p: { regime: string; procedure: string }): string => `${p.regime}, ${p.procedure} procedure`,
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
    action: (p: { rank: number; message: string }): string => `${String(p.rank)}. ${p.message}`,
  },
  'buying-center': {
    members: (n: number): string => plural(n, 'member'),
    member: (p: { name: string; roles: string; stance?: string; influence: string }): string =>
      `${p.name} (${p.roles}${p.stance === undefined ? '' : `; ${p.stance}`}; influence ${p.influence})`,
    noRole: 'no role',
  },
  'buying-center-analysis': {
    summary: (p: { size: number; support: string }): string => `${plural(p.size, 'member')}, support ${p.support}`,
    keyPlayers: (p: { names: string }): string => `key players: ${p.names}`,
    warnings: (n: number): string => plural(n, 'warning'),
  },
  'role-coverage': {
    covered: (p: { step?: string; covered: number; roles: number }): string =>
      `${p.step === undefined ? '' : `${p.step}: `}${String(p.covered)} of ${plural(p.roles, 'role')} covered`,
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
    step: (p: { step: string; index: number; of: number }): string =>
      `in ${p.step}, step ${String(p.index)} of ${String(p.of)}`,
    closed: (p: { outcome: string }): string => `purchase ${p.outcome}`,
    idle: (p: { days: string }): string => `${dayCount(p.days)} since the last event`,
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
    action: (p: { rank: number; message: string }): string => `${String(p.rank)}. ${p.message}`,
    moreActions: (n: number): string => `and ${plural(n, 'more action', 'more actions')}`,
  },
  'account-history': {
    stage: (p: { supplier: string; stage: string }): string => `${p.supplier}: ${p.stage}`,
    stages: {
      'pre-relationship': 'pre-relationship stage',
      early: 'early stage',
      development: 'development stage',
      'long-term': 'long-term stage',
    },
    won: (p: { won: number; awarded: number; share?: string }): string =>
      `won ${String(p.won)} of ${String(p.awarded)} awarded${p.share === undefined ? '' : ` (share ${p.share})`}`,
    purchases: (n: number): string => plural(n, 'purchase'),
    trend: (p: { trend: string; from: string; to: string }): string => `${p.trend} (${p.from} → ${p.to})`,
    position: (p: { relationship: string; position: string }): string => `${p.relationship} supplier, ${p.position}`,
  },
  'purchase-summary': {
    count: (n: number): string => plural(n, 'purchase'),
    statuses: (p: { open: number; awarded: number; abandoned: number }): string =>
      `${String(p.open)} open, ${String(p.awarded)} awarded, ${String(p.abandoned)} abandoned`,
    funnel: (p: { counts: string }): string => `funnel ${p.counts}`,
    cycle: (p: { awarded?: string; abandoned?: string }): string =>
      `median cycle ${[p.awarded === undefined ? '' : `${dayCount(p.awarded)} to award`, p.abandoned === undefined ? '' : `${dayCount(p.abandoned)} to abandon`].filter((x) => x !== '').join(', ')}`,
    stall: (p: { step: string; open: number; idle?: string }): string =>
      `most open in ${p.step} (${String(p.open)}${p.idle === undefined ? '' : `, median idle ${dayCount(p.idle)}`})`,
    group: (p: { key: string; line: string }): string => `- ${p.key}: ${p.line}`,
    moreGroups: (n: number): string => `- and ${plural(n, 'more group', 'more groups')}`,
  },
  'replay-many': {
    purchases: (p: { purchases: number; ok: number; problems: number; notStarted: number }): string =>
      `${plural(p.purchases, 'purchase')} replayed: ${String(p.ok)} accepted in full, ${String(p.problems)} with events left out, ${String(p.notStarted)} not started`,
    events: (p: { refused: number; malformed: number }): string =>
      `${plural(p.refused, 'event')} refused, ${String(p.malformed)} malformed`,
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
    unmapped: 'not mapped',
  },
  'offer-evaluation': {
    none: 'no offer to rank',
    ranked: (n: number): string => `${plural(n, 'offer')} ranked`,
    offer: (p: { rank: number; supplier: string; score: string; criteria: string }): string =>
      `${String(p.rank)}. ${p.supplier} ${p.score} (${p.criteria})`,
    criterion: (p: { criterion: string; contribution: string }): string => `${p.criterion} ${p.contribution}`,
  },
  'input-error': {
    issues: (n: number): string => `invalid input, ${plural(n, 'issue')}`,
    issue: (p: { path: string; expected: string; received: string }): string =>
      `- ${p.path}: expected ${p.expected}, received ${p.received}`,
  },
} as const);

/** A table of texts shaped like `T`, each sentence any string and each template any function of the same params. */
export type TextTable<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R
    : { readonly [K in keyof T]: TextTable<T[K]> };

/** The type of a table like {@link TEXTS}: what a translation provides. */
export type ExplainTexts = TextTable<typeof TEXTS>;
