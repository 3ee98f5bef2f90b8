/**
 * The Serbian catalog in Cyrillic (`buygrid/locales/sr-Cyrl`): the labels of every
 * vocabulary, explain's sentences and a template for every message code, in the terms of
 * Serbian B2B marketing and purchasing texts (the source of each domain term is in the
 * Serbian glossary, `docs/i18n.md`, "Serbian"). The Latin catalog (`sr-Latn`) is derived
 * from this one letter for letter.
 *
 * @example
 * ```ts
 * import srCyrl from 'buygrid/locales/sr-Cyrl';
 * srCyrl.labels.role.prescriber;
 * //=> 'преписивач'
 * ```
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { LabelTable } from '../explain/labels.js';
import type { Catalog, Format } from './catalog.js';
import { messages, REDUCERS } from './sr-Cyrl-messages.js';

/** The Serbian labels: lower case, as they read in the middle of a sentence. */
const labels = {
  step: {
    'need-recognition': 'појава потребе',
    specification: 'спецификација',
    'supplier-search': 'тражење добављача',
    negotiation: 'преговарање',
    decision: 'одлука',
  },
  outcome: { awarded: 'додељена', abandoned: 'обустављена' },
  role: {
    initiator: 'иницијатор',
    user: 'корисник',
    prescriber: 'преписивач',
    advisor: 'саветник',
    gatekeeper: 'чувар капије',
    buyer: 'купац',
    decider: 'доносилац одлуке',
    approver: 'одобравалац',
  },
  stance: {
    champion: 'заговорник',
    supporter: 'присталица',
    neutral: 'неутралан',
    skeptic: 'скептик',
    blocker: 'блокатор',
  },
  buyclass: {
    'new-task': 'нова куповина',
    'modified-rebuy': 'модификована поновна куповина',
    'straight-rebuy': 'непромењена поновна куповина',
  },
  quadrant: {
    strategic: 'стратешки производи',
    leverage: 'производи полуге',
    bottleneck: 'уска грла',
    'non-critical': 'некритични производи',
  },
  importance: { banal: 'банална куповина', strategic: 'стратешка куповина' },
  regime: { private: 'приватна набавка', 'public-tender': 'јавна набавка' },
  procedure: {
    open: 'отворени поступак',
    restricted: 'рестриктивни поступак',
    'competitive-with-negotiation': 'конкурентни поступак са преговарањем',
    'competitive-dialogue': 'конкурентни дијалог',
    'innovation-partnership': 'партнерство за иновације',
    'negotiated-without-publication': 'преговарачки поступак без објављивања јавног позива',
    'framework-call-off': 'набавка на основу оквирног споразума',
    'dynamic-purchasing-system': 'систем динамичне набавке',
    'below-threshold': 'испод прагова ЕУ (национална правила)',
  },
  organizationType: { company: 'предузеће', 'public-body': 'орган јавне власти', institution: 'установа' },
  sizeBand: { micro: 'микро', small: 'мало', medium: 'средње', large: 'велико' },
  level: { low: 'низак', medium: 'средњи', high: 'висок' },
  riskLevel: { low: 'низак', moderate: 'умерен', high: 'висок', critical: 'критичан' },
  dimension: {
    financial: 'финансијски',
    performance: 'учинак',
    delivery: 'испорука',
    supplier: 'добављач',
    'after-sales': 'постпродајни сервис',
    currency: 'валута',
    social: 'друштвени',
  },
  eventType: {
    needQualified: 'потреба утврђена',
    requirementAdded: 'захтев додат',
    requirementRemoved: 'захтев уклоњен',
    specificationApproved: 'спецификација одобрена',
    supplierIdentified: 'добављач пронађен',
    supplierShortlisted: 'добављач у ужем избору',
    supplierExcluded: 'добављач искључен',
    negotiationStarted: 'преговарање започето',
    offerReceived: 'понуда примљена',
    decisionRequested: 'одлука затражена',
    supplierSelected: 'добављач изабран',
    stepRevisited: 'повратак на корак',
    stepSkipped: 'корак прескочен',
    purchaseAbandoned: 'куповина обустављена',
    performanceReviewed: 'учинак оцењен',
  },
  guard: {
    chronological: 'датум пре последњег догађаја',
    role: 'не бележи га улога коју политика захтева',
    'duplicate-id': 'идентификатор је већ употребљен',
    'unknown-requirement': 'нема таквог захтева',
    'must-requirement': 'нема обавезног захтева',
    'unknown-supplier': 'нема таквог добављача',
    'excluded-supplier': 'добављач је искључен',
    'min-shortlisted': 'премало добављача у ужем избору',
    'not-shortlisted': 'добављач није у ужем избору',
    'min-offers': 'премало понуда',
    'no-offer': 'нема понуде тог добављача',
    'not-earlier-step': 'није ранији корак',
    'skip-not-allowed': 'политика не дозвољава прескакање',
    'no-negotiation': 'у овом поступку се о понудама не преговара',
  },
  abandonReason: {
    'no-decision': 'нема одлуке',
    budget: 'буџет',
    'need-withdrawn': 'потреба повучена',
    'no-suitable-offer': 'нема одговарајуће понуде',
    other: 'други разлог',
  },
  priority: { must: 'обавезно', should: 'пожељно', could: 'могуће' },
  supplierStatus: { known: 'познат', identified: 'пронађен', shortlisted: 'у ужем избору', excluded: 'искључен' },
  supplierPosition: { 'in-supplier': 'постојећи добављач', 'out-supplier': 'спољни добављач' },
  reducer: REDUCERS,
} as const satisfies LabelTable;

/** A number of days with its noun (one: 1 дан, 21 дан; few and other: 2 дана, 5 дана). */
const days = (n: number, f: Format): string => f.plural(n, { one: '# дан', other: '# дана' });
/** A number of days after `после`, in the genitive: дана for every count (после 1 дана, после 21 дана). */
const daysAfter = (n: number, f: Format): string => `${f.number(n)} дана`;

/**
 * The Serbian sentences of `explain`. Counts take the three Serbian plural forms through
 * `f.plural`: one (1, 21, 101), few (2–4, 22–24) and other (0, 5–20, 25…).
 */
const texts = {
  common: {
    list: (items: readonly string[], f: Format): string => f.list(items),
    none: 'нема',
    more: (n: number, f: Format): string => `и још ${f.number(n)}`,
  },
  'purchase-state': {
    open: (p: { id: string; need: string; step: string; index: number; of: number; days: number }, f: Format): string =>
      `${p.id} (${p.need}) · ${p.step}, корак ${f.number(p.index)} од ${f.number(p.of)} · ${days(p.days, f)} од почетка`,
    awarded: (p: { id: string; need: string; supplier: string; days: number; reorder: boolean }, f: Format): string =>
      `${p.id} (${p.need}) · додељено: ${p.supplier}${p.reorder ? ' (поновна поруџбина)' : ''}, после ${daysAfter(p.days, f)}`,
    abandoned: (p: { id: string; need: string; step: string; reason: string; days: number }, f: Format): string =>
      `${p.id} (${p.need}) · обустављено у кораку „${p.step}“ после ${daysAfter(p.days, f)}: ${p.reason}`,
    requirements: (n: number, f: Format): string =>
      f.plural(n, { one: '# захтев', few: '# захтева', other: '# захтева' }),
    shortlisted: (n: number, f: Format): string => `${f.number(n)} у ужем избору`,
    offers: (n: number, f: Format): string => f.plural(n, { one: '# понуда', few: '# понуде', other: '# понуда' }),
    revisits: (p: { count: number; steps: string }, f: Format): string =>
      `${f.plural(p.count, { one: '# повратак', few: '# повратка', other: '# повратака' })} (${p.steps})`,
  },
  'transition-result': {
    accepted: 'прихваћено',
    refused: (p: { rule: string; message: string }): string => `одбијено (${p.rule}): ${p.message}`,
  },
  'replay-result': {
    refused: (p: { index: number; rule: string; message: string }, f: Format): string =>
      `заустављено код events[${f.number(p.index)}], одбијено (${p.rule}): ${p.message}`,
  },
  'purchase-situation': {
    quadrant: (p: { quadrant: string; importance: string }): string =>
      `Краљићева матрица: ${p.quadrant} (${p.importance})`,
    importance: (p: { importance: string }): string => p.importance,
    procedure: (p: { regime: string; procedure: string }): string => `${p.regime}, ${p.procedure}`,
  },
  'buyclass-result': {
    buyclass: (p: { buyclass: string; confidence: string }): string => `${p.buyclass} (поузданост ${p.confidence})`,
  },
  'portfolio-result': {
    quadrant: (p: {
      quadrant: string;
      importance: string;
      profitImpact: string;
      supplyRisk: string;
      threshold: string;
    }): string =>
      `Краљићева матрица: ${p.quadrant} (${p.importance}): утицај на профит ${p.profitImpact}, ризик снабдевања ${p.supplyRisk}, праг ${p.threshold}`,
  },
  'organization-result': {
    organization: (p: { type: string; size?: string }): string =>
      p.size === undefined ? p.type : `${p.type}, ${p.size}`,
  },
  approach: {
    none: 'нема препоручене акције',
    action: (p: { rank: number; message: string }, f: Format): string => `${f.number(p.rank)}. ${p.message}`,
  },
  'buying-center': {
    members: (n: number, f: Format): string => f.plural(n, { one: '# члан', few: '# члана', other: '# чланова' }),
    member: (p: { name: string; roles: string; stance?: string; influence: string }): string =>
      `${p.name} (${p.roles}${p.stance === undefined ? '' : `; ${p.stance}`}; утицај ${p.influence})`,
    noRole: 'без улоге',
  },
  'buying-center-analysis': {
    summary: (p: { size: number; support: string }, f: Format): string =>
      `${f.plural(p.size, { one: '# члан', few: '# члана', other: '# чланова' })}, подршка ${p.support}`,
    keyPlayers: (p: { names: string }): string => `кључни актери: ${p.names}`,
    warnings: (n: number, f: Format): string =>
      f.plural(n, { one: '# упозорење', few: '# упозорења', other: '# упозорења' }),
  },
  'role-coverage': {
    covered: (p: { step?: string; covered: number; roles: number }, f: Format): string =>
      `${p.step === undefined ? '' : `${p.step}: `}покривене улоге: ${f.number(p.covered)} од ${f.number(p.roles)}`,
    missing: (p: { roles: string }): string => `недостају: ${p.roles}`,
  },
  'expected-size': {
    size: (p: { min: string; typical: string; max: string }, f: Format): string =>
      `очекивани центар куповине: од ${p.min} до ${p.max} ${f.plural(Number(p.max), { one: 'особе', few: 'особе', other: 'особа' })}, обично ${p.typical}`,
  },
  'risk-assessment': {
    score: (p: { level: string; score: string }): string => `${p.level} ризик ${p.score}`,
    drivers: (p: { dimensions: string }): string => `главни извори ризика: ${p.dimensions}`,
    reducer: (p: { reducer: string; reduction: string }): string =>
      `најделотворније смањење ризика: ${p.reducer} (-${p.reduction})`,
    notAssessed: (p: { dimensions: string }): string => `није процењено: ${p.dimensions}`,
  },
  'risk-what-if': {
    change: (p: { before: string; after: string; delta: string }): string => `${p.before} → ${p.after} (${p.delta})`,
    largest: (p: { dimension: string; delta: string }): string => `највећа промена: ${p.dimension} ${p.delta}`,
  },
  'buying-center-risk': {
    score: (p: { level: string; score: string }): string =>
      `${p.level} ризик ${p.score}, пондерисано по центру куповине`,
    highest: (p: { member: string; level: string; score: string }): string =>
      `највиши: ${p.member} (${p.level} ${p.score})`,
  },
  'prospect-analysis': {
    account: (p: { name?: string; position: string; situation: string }): string =>
      `${p.name === undefined ? '' : `${p.name} · `}као ${p.position} · ${p.situation}`,
    step: (p: { step: string; index: number; of: number }, f: Format): string =>
      `у кораку „${p.step}“, ${f.number(p.index)} од ${f.number(p.of)}`,
    closed: (p: { outcome: string }): string => `куповина ${p.outcome}`,
    idle: (p: { days: number }, f: Format): string => `${days(p.days, f)} од последњег догађаја`,
    engage: (p: { names: string }): string => `укључити: ${p.names}`,
    risk: (p: { level: string; score: string }): string => `${p.level} ризик ${p.score}`,
    redFlags: (p: { flags: string }): string => `знаци упозорења: ${p.flags}`,
    redFlag: {
      'no-decider': 'нема доносиоца одлуке',
      'influential-blocker': 'утицајан блокатор',
      stalled: 'застој',
      'going-back': 'враћање уназад',
    },
    noAction: 'нема акције',
    action: (p: { rank: number; message: string }, f: Format): string => `${f.number(p.rank)}. ${p.message}`,
    moreActions: (n: number, f: Format): string =>
      `и још ${f.plural(n, { one: '# акција', few: '# акције', other: '# акција' })}`,
  },
  'account-history': {
    stage: (p: { supplier: string; stage: string }): string => `${p.supplier}: ${p.stage}`,
    stages: {
      'pre-relationship': 'фаза пре односа',
      early: 'рана фаза',
      development: 'фаза развоја',
      'long-term': 'дугорочна фаза',
    },
    won: (p: { won: number; awarded: number; share?: string }, f: Format): string =>
      `добијено ${f.number(p.won)} од ${f.plural(p.awarded, { one: '# додељене', few: '# додељене', other: '# додељених' })}${p.share === undefined ? '' : ` (удео ${p.share})`}`,
    purchases: (n: number, f: Format): string =>
      f.plural(n, { one: '# куповина', few: '# куповине', other: '# куповина' }),
    trend: (p: { trend: string; from: string; to: string }): string => `${p.trend} (${p.from} → ${p.to})`,
    trends: { routinizing: 'ка рутини', steady: 'стабилно', reopening: 'поновно отварање' },
    position: (p: { relationship: string; position: string }): string => `добављач: ${p.relationship}, ${p.position}`,
    relationships: { incumbent: 'актуелни', known: 'познат', new: 'нов' },
  },
  'purchase-summary': {
    count: (n: number, f: Format): string => f.plural(n, { one: '# куповина', few: '# куповине', other: '# куповина' }),
    statuses: (p: { open: number; awarded: number; abandoned: number }, f: Format): string =>
      `отворено ${f.number(p.open)}, додељено ${f.number(p.awarded)}, обустављено ${f.number(p.abandoned)}`,
    funnel: (p: { counts: string }): string => `левак ${p.counts}`,
    cycle: (p: { awarded?: number; abandoned?: number }, f: Format): string =>
      `медијана трајања: ${[p.awarded === undefined ? '' : `${days(p.awarded, f)} до доделе`, p.abandoned === undefined ? '' : `${days(p.abandoned, f)} до обуставе`].filter((x) => x !== '').join(', ')}`,
    stall: (p: { step: string; open: number; idle?: number }, f: Format): string =>
      `највише отворених у кораку „${p.step}“ (${f.number(p.open)}${p.idle === undefined ? '' : `, медијана мировања ${days(p.idle, f)}`})`,
    group: (p: { key: string; line: string }): string => `- ${p.key}: ${p.line}`,
    moreGroups: (n: number, f: Format): string =>
      `- и још ${f.plural(n, { one: '# група', few: '# групе', other: '# група' })}`,
  },
  'replay-many': {
    purchases: (p: { purchases: number; ok: number; problems: number; notStarted: number }, f: Format): string =>
      `поново одиграно: ${f.plural(p.purchases, { one: '# куповина', few: '# куповине', other: '# куповина' })}; у потпуности прихваћено ${f.number(p.ok)}, са изостављеним догађајима ${f.number(p.problems)}, није започето ${f.number(p.notStarted)}`,
    events: (p: { refused: number; malformed: number }, f: Format): string =>
      `одбијено: ${f.plural(p.refused, { one: '# догађај', few: '# догађаја', other: '# догађаја' })}, неисправно: ${f.number(p.malformed)}`,
  },
  'crm-role': {
    mapped: (p: { roles: string; stance?: string }): string =>
      `${p.roles}${p.stance === undefined ? '' : `; ${p.stance}`}`,
    noRole: 'без улоге',
    unmapped: 'није мапирано',
  },
  'crm-stage': {
    open: (p: { step?: string; probability?: string }): string =>
      `прилика отворена${p.step === undefined ? '' : `, купац у кораку „${p.step}“`}${p.probability === undefined ? '' : ` (вероватноћа по процени продавца ${p.probability})`}`,
    closed: (p: { deal: string; outcome?: string }): string =>
      `прилика ${p.deal}${p.outcome === undefined ? ', без исхода' : `; куповина ${p.outcome}`}`,
    deals: { won: 'добијена', lost: 'изгубљена' },
    unmapped: 'није мапирано',
  },
  'offer-evaluation': {
    none: 'нема понуда за рангирање',
    ranked: (n: number, f: Format): string =>
      `рангирано: ${f.plural(n, { one: '# понуда', few: '# понуде', other: '# понуда' })}`,
    offer: (p: { rank: number; supplier: string; score: string; criteria: string }, f: Format): string =>
      `${f.number(p.rank)}. ${p.supplier} ${p.score} (${p.criteria})`,
    criterion: (p: { criterion: string; contribution: string }): string => `${p.criterion} ${p.contribution}`,
  },
  'input-error': {
    issues: (n: number, f: Format): string =>
      `неисправан унос, ${f.plural(n, { one: '# грешка', few: '# грешке', other: '# грешака' })}`,
    issue: (p: { path: string; expected: string; received: string }): string =>
      `- ${p.path}: очекивано ${p.expected}, примљено ${p.received}`,
  },
} as const;

/** The Serbian Cyrillic catalog: labels, explain's sentences and message templates. */
const catalog = /* @__PURE__ */ deepFreeze({
  tag: 'sr-Cyrl',
  dir: 'ltr',
  labels,
  texts,
  messages,
} as const satisfies Catalog);

export default catalog;
