/**
 * The Serbian catalog in Cyrillic (`sr-Cyrl`): the labels of every vocabulary and the
 * sentences of `explain`, in the terms of Serbian B2B marketing and purchasing texts (the
 * source of each domain term is in `docs/i18n-glossary/sr.md`). The Latin catalog
 * (`sr-Latn`) is derived from this one, letter for letter.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { LabelTable } from '../explain/labels.js';
import type { ExplainTexts } from '../explain/texts.js';

/** A count and its noun in the Serbian plural form CLDR gives for it (one / few / other). */
function count(n: number, one: string, few: string, other: string): string {
  const form = new Intl.PluralRules('sr-Cyrl').select(n);
  return `${String(n)} ${form === 'one' ? one : form === 'few' ? few : other}`;
}

/** A number of days, given formatted (`'1'`, `'2.5'`), with its noun. */
const dayCount = (days: string): string => {
  const form = new Intl.PluralRules('sr-Cyrl').select(Number(days));
  return `${days} ${form === 'one' ? 'дан' : 'дана'}`;
};

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
} as const satisfies LabelTable;

const texts = {
  common: {
    list: (items: readonly string[]): string => items.join(', '),
    none: 'нема',
    more: (n: number): string => `и још ${String(n)}`,
  },
  'purchase-state': {
    open: (p: { id: string; need: string; step: string; index: number; of: number; days: string }): string =>
      `${p.id} (${p.need}) · ${p.step}, корак ${String(p.index)} од ${String(p.of)} · ${dayCount(p.days)} од почетка`,
    awarded: (p: { id: string; need: string; supplier: string; days: string; reorder: boolean }): string =>
      `${p.id} (${p.need}) · додељено: ${p.supplier}${p.reorder ? ' (поновна поруџбина)' : ''}, после ${dayCount(p.days)}`,
    abandoned: (p: { id: string; need: string; step: string; reason: string; days: string }): string =>
      `${p.id} (${p.need}) · обустављено у кораку „${p.step}“ после ${dayCount(p.days)}: ${p.reason}`,
    requirements: (n: number): string => count(n, 'захтев', 'захтева', 'захтева'),
    shortlisted: (n: number): string => `${String(n)} у ужем избору`,
    offers: (n: number): string => count(n, 'понуда', 'понуде', 'понуда'),
    revisits: (p: { count: number; steps: string }): string =>
      `${count(p.count, 'повратак', 'повратка', 'повратака')} (${p.steps})`,
  },
  'transition-result': {
    accepted: 'прихваћено',
    refused: (p: { rule: string; message: string }): string => `одбијено (${p.rule}): ${p.message}`,
  },
  'replay-result': {
    refused: (p: { index: number; rule: string; message: string }): string =>
      `заустављено код events[${String(p.index)}], одбијено (${p.rule}): ${p.message}`,
  },
  'purchase-situation': {
    quadrant: (p: { quadrant: string; importance: string }): string =>
      `Краљићева матрица: ${p.quadrant} (${p.importance})`,
    importance: (p: { importance: string }): string => p.importance,
    procedure: (p: { regime: string; procedure: string }): string => `${p.regime}, поступак: ${p.procedure}`,
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
    action: (p: { rank: number; message: string }): string => `${String(p.rank)}. ${p.message}`,
  },
  'buying-center': {
    members: (n: number): string => count(n, 'члан', 'члана', 'чланова'),
    member: (p: { name: string; roles: string; stance?: string; influence: string }): string =>
      `${p.name} (${p.roles}${p.stance === undefined ? '' : `; ${p.stance}`}; утицај ${p.influence})`,
    noRole: 'без улоге',
  },
  'buying-center-analysis': {
    summary: (p: { size: number; support: string }): string =>
      `${count(p.size, 'члан', 'члана', 'чланова')}, подршка ${p.support}`,
    keyPlayers: (p: { names: string }): string => `кључни актери: ${p.names}`,
    warnings: (n: number): string => count(n, 'упозорење', 'упозорења', 'упозорења'),
  },
  'role-coverage': {
    covered: (p: { step?: string; covered: number; roles: number }): string =>
      `${p.step === undefined ? '' : `${p.step}: `}покривене улоге: ${String(p.covered)} од ${String(p.roles)}`,
    missing: (p: { roles: string }): string => `недостају: ${p.roles}`,
  },
  'expected-size': {
    size: (p: { min: string; typical: string; max: string }): string =>
      `очекивани центар куповине: од ${p.min} до ${p.max} особа, обично ${p.typical}`,
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
    step: (p: { step: string; index: number; of: number }): string =>
      `у кораку „${p.step}“, ${String(p.index)} од ${String(p.of)}`,
    closed: (p: { outcome: string }): string => `куповина ${p.outcome}`,
    idle: (p: { days: string }): string => `${dayCount(p.days)} од последњег догађаја`,
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
    action: (p: { rank: number; message: string }): string => `${String(p.rank)}. ${p.message}`,
    moreActions: (n: number): string => `и још ${count(n, 'акција', 'акције', 'акција')}`,
  },
  'account-history': {
    stage: (p: { supplier: string; stage: string }): string => `${p.supplier}: ${p.stage}`,
    stages: {
      'pre-relationship': 'фаза пре односа',
      early: 'рана фаза',
      development: 'фаза развоја',
      'long-term': 'дугорочна фаза',
    },
    won: (p: { won: number; awarded: number; share?: string }): string =>
      `добијено ${String(p.won)} од ${String(p.awarded)} додељених${p.share === undefined ? '' : ` (удео ${p.share})`}`,
    purchases: (n: number): string => count(n, 'куповина', 'куповине', 'куповина'),
    trend: (p: { trend: string; from: string; to: string }): string => `${p.trend} (${p.from} → ${p.to})`,
    position: (p: { relationship: string; position: string }): string =>
      `однос са добављачем: ${p.relationship}, ${p.position}`,
  },
  'purchase-summary': {
    count: (n: number): string => count(n, 'куповина', 'куповине', 'куповина'),
    statuses: (p: { open: number; awarded: number; abandoned: number }): string =>
      `отворено ${String(p.open)}, додељено ${String(p.awarded)}, обустављено ${String(p.abandoned)}`,
    funnel: (p: { counts: string }): string => `левак ${p.counts}`,
    cycle: (p: { awarded?: string; abandoned?: string }): string =>
      `медијана трајања: ${[p.awarded === undefined ? '' : `${dayCount(p.awarded)} до доделе`, p.abandoned === undefined ? '' : `${dayCount(p.abandoned)} до обуставе`].filter((x) => x !== '').join(', ')}`,
    stall: (p: { step: string; open: number; idle?: string }): string =>
      `највише отворених у кораку „${p.step}“ (${String(p.open)}${p.idle === undefined ? '' : `, медијана мировања ${dayCount(p.idle)}`})`,
    group: (p: { key: string; line: string }): string => `- ${p.key}: ${p.line}`,
    moreGroups: (n: number): string => `- и још ${count(n, 'група', 'групе', 'група')}`,
  },
  'replay-many': {
    purchases: (p: { purchases: number; ok: number; problems: number; notStarted: number }): string =>
      `поново одиграно: ${count(p.purchases, 'куповина', 'куповине', 'куповина')}; у потпуности прихваћено ${String(p.ok)}, са изостављеним догађајима ${String(p.problems)}, није започето ${String(p.notStarted)}`,
    events: (p: { refused: number; malformed: number }): string =>
      `одбијено: ${count(p.refused, 'догађај', 'догађаја', 'догађаја')}, неисправно: ${String(p.malformed)}`,
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
      `прилика: ${p.deal}${p.outcome === undefined ? ', без исхода' : `; куповина ${p.outcome}`}`,
    unmapped: 'није мапирано',
  },
  'offer-evaluation': {
    none: 'нема понуда за рангирање',
    ranked: (n: number): string => `рангирано: ${count(n, 'понуда', 'понуде', 'понуда')}`,
    offer: (p: { rank: number; supplier: string; score: string; criteria: string }): string =>
      `${String(p.rank)}. ${p.supplier} ${p.score} (${p.criteria})`,
    criterion: (p: { criterion: string; contribution: string }): string => `${p.criterion} ${p.contribution}`,
  },
  'input-error': {
    issues: (n: number): string => `неисправан унос, ${count(n, 'грешка', 'грешке', 'грешака')}`,
    issue: (p: { path: string; expected: string; received: string }): string =>
      `- ${p.path}: очекивано ${p.expected}, примљено ${p.received}`,
  },
} as const satisfies ExplainTexts;

/** The Serbian Cyrillic catalog (draft until the `Catalog` type lands): tag, direction, labels, texts. */
const catalog = /* @__PURE__ */ deepFreeze({ tag: 'sr-Cyrl', dir: 'ltr', labels, texts } as const);

export default catalog;
