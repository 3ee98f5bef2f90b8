/**
 * The Dutch catalog (`buygrid/locales/nl`): the labels of every vocabulary, explain's sentences
 * and a template for every message code, in the terms of Dutch B2B marketing and purchasing
 * teaching (*inkoopcentrum*, *voorschrijver*, *gewijzigde herhalingsaankoop*, Van Weele's and
 * NEVI's purchasing words, the Dutch terms of Directive 2014/24/EU). Each term and its source is
 * in the Dutch glossary of the i18n guide.
 *
 * @example
 * ```ts
 * import nl from 'buygrid/locales/nl';
 * nl.labels.role.prescriber;
 * //=> 'voorschrijver'
 * nl.labels.buyclass['modified-rebuy'];
 * //=> 'gewijzigde herhalingsaankoop'
 * ```
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { LabelTable } from '../explain/labels.js';
import type { Catalog, Format } from './catalog.js';

/** The Dutch labels: lower case, as they read in the middle of a sentence. */
const labels = {
  step: {
    'need-recognition': 'behoefteherkenning',
    specification: 'specificatie',
    'supplier-search': 'zoeken naar leveranciers',
    negotiation: 'onderhandeling',
    decision: 'beslissing',
  },
  outcome: { awarded: 'gegund', abandoned: 'afgebroken' },
  role: {
    initiator: 'initiatiefnemer',
    user: 'gebruiker',
    prescriber: 'voorschrijver',
    advisor: 'adviseur',
    gatekeeper: 'gatekeeper',
    buyer: 'koper',
    decider: 'beslisser',
    approver: 'goedkeurder',
  },
  stance: {
    champion: 'champion',
    supporter: 'voorstander',
    neutral: 'neutraal',
    skeptic: 'scepticus',
    blocker: 'blokkeerder',
  },
  buyclass: {
    'new-task': 'nieuwe aankoop',
    'modified-rebuy': 'gewijzigde herhalingsaankoop',
    'straight-rebuy': 'ongewijzigde herhalingsaankoop',
  },
  quadrant: {
    strategic: 'strategische producten',
    leverage: 'hefboomproducten',
    bottleneck: 'knelpuntproducten',
    'non-critical': 'routineproducten',
  },
  importance: { banal: 'routinematig', strategic: 'strategisch' },
  regime: { private: 'private inkoop', 'public-tender': 'overheidsaanbesteding' },
  procedure: {
    open: 'openbare procedure',
    restricted: 'niet-openbare procedure',
    'competitive-with-negotiation': 'mededingingsprocedure met onderhandeling',
    'competitive-dialogue': 'concurrentiegerichte dialoog',
    'innovation-partnership': 'innovatiepartnerschap',
    'negotiated-without-publication': 'onderhandelingsprocedure zonder voorafgaande bekendmaking',
    'framework-call-off': 'afroep uit een raamovereenkomst',
    'dynamic-purchasing-system': 'dynamisch aankoopsysteem',
    'below-threshold': 'onder de Europese drempels (nationale regels)',
  },
  organizationType: { company: 'onderneming', 'public-body': 'overheidsinstantie', institution: 'instelling' },
  sizeBand: { micro: 'micro', small: 'klein', medium: 'middelgroot', large: 'groot' },
  level: { low: 'laag', medium: 'gemiddeld', high: 'hoog' },
  riskLevel: { low: 'laag', moderate: 'matig', high: 'hoog', critical: 'kritiek' },
  dimension: {
    financial: 'financieel',
    performance: 'prestatie',
    delivery: 'levering',
    supplier: 'leverancier',
    'after-sales': 'service na verkoop',
    currency: 'valuta',
    social: 'sociaal',
  },
  eventType: {
    needQualified: 'behoefte vastgesteld',
    requirementAdded: 'eis toegevoegd',
    requirementRemoved: 'eis verwijderd',
    specificationApproved: 'specificatie goedgekeurd',
    supplierIdentified: 'leverancier gevonden',
    supplierShortlisted: 'leverancier op de shortlist',
    supplierExcluded: 'leverancier uitgesloten',
    negotiationStarted: 'onderhandeling gestart',
    offerReceived: 'offerte ontvangen',
    decisionRequested: 'beslissing gevraagd',
    supplierSelected: 'leverancier gekozen',
    stepRevisited: 'terug naar een eerdere stap',
    stepSkipped: 'stap overgeslagen',
    purchaseAbandoned: 'aankoop afgebroken',
    performanceReviewed: 'prestatie beoordeeld',
  },
  guard: {
    chronological: 'gedateerd vóór de laatste gebeurtenis',
    role: 'niet vastgelegd door de rol die het beleid vraagt',
    'duplicate-id': 'id al gebruikt',
    'unknown-requirement': 'onbekende eis',
    'must-requirement': 'geen verplichte eis',
    'unknown-supplier': 'onbekende leverancier',
    'excluded-supplier': 'leverancier uitgesloten',
    'min-shortlisted': 'te weinig leveranciers op de shortlist',
    'not-shortlisted': 'leverancier niet op de shortlist',
    'min-offers': 'te weinig offertes',
    'no-offer': 'geen offerte van die leverancier',
    'not-earlier-step': 'geen eerdere stap',
    'skip-not-allowed': 'overslaan niet toegestaan door het beleid',
    'no-negotiation': 'in deze procedure mag niet over de inschrijvingen worden onderhandeld',
  },
  abandonReason: {
    'no-decision': 'geen beslissing',
    budget: 'budget',
    'need-withdrawn': 'behoefte vervallen',
    'no-suitable-offer': 'geen geschikte offerte',
    other: 'andere reden',
  },
  priority: { must: 'verplicht', should: 'gewenst', could: 'optioneel' },
  supplierStatus: { known: 'bekend', identified: 'gevonden', shortlisted: 'op de shortlist', excluded: 'uitgesloten' },
  supplierPosition: { 'in-supplier': 'zittende leverancier', 'out-supplier': 'uitdager' },
} as const satisfies LabelTable;

const days = (n: number, f: Format): string => f.plural(n, { one: '# dag', other: '# dagen' });
const purchases = (n: number, f: Format): string => f.plural(n, { one: '# aankoop', other: '# aankopen' });
const offers = (n: number, f: Format): string => f.plural(n, { one: '# offerte', other: '# offertes' });
const members = (n: number, f: Format): string => f.plural(n, { one: '# lid', other: '# leden' });

/** The Dutch sentences of `explain`, one table per kind of result. */
const texts = {
  common: {
    list: (items: readonly string[], f: Format): string => f.list(items),
    none: 'geen',
    more: (n: number, f: Format): string => `en nog ${f.number(n)}`,
  },
  'purchase-state': {
    open: (p: { id: string; need: string; step: string; index: number; of: number; days: number }, f: Format): string =>
      `${p.id} (${p.need}) · ${p.step}, stap ${f.number(p.index)} van ${f.number(p.of)} · ${days(p.days, f)} bezig`,
    awarded: (p: { id: string; need: string; supplier: string; days: number; reorder: boolean }, f: Format): string =>
      `${p.id} (${p.need}) · gegund aan ${p.supplier}${p.reorder ? ' als herhalingsbestelling' : ''} na ${days(p.days, f)}`,
    abandoned: (p: { id: string; need: string; step: string; reason: string; days: number }, f: Format): string =>
      `${p.id} (${p.need}) · afgebroken in de fase ${p.step} na ${days(p.days, f)}: ${p.reason}`,
    requirements: (n: number, f: Format): string => f.plural(n, { one: '# eis', other: '# eisen' }),
    shortlisted: (n: number, f: Format): string => `${f.number(n)} op de shortlist`,
    offers,
    revisits: (p: { count: number; steps: string }, f: Format): string =>
      `${f.plural(p.count, { one: '# terugstap', other: '# terugstappen' })} (${p.steps})`,
  },
  'transition-result': {
    accepted: 'geaccepteerd',
    refused: (p: { rule: string; message: string }): string => `geweigerd (${p.rule}): ${p.message}`,
  },
  'replay-result': {
    refused: (p: { index: number; rule: string; message: string }, f: Format): string =>
      `gestopt bij events[${f.number(p.index)}], geweigerd (${p.rule}): ${p.message}`,
  },
  'purchase-situation': {
    quadrant: (p: { quadrant: string; importance: string }): string => `Kraljic: ${p.quadrant} (${p.importance})`,
    importance: (p: { importance: string }): string => p.importance,
    procedure: (p: { regime: string; procedure: string }): string => `${p.regime}, ${p.procedure}`,
  },
  'buyclass-result': {
    buyclass: (p: { buyclass: string; confidence: string }): string => `${p.buyclass} (zekerheid ${p.confidence})`,
  },
  'portfolio-result': {
    quadrant: (p: {
      quadrant: string;
      importance: string;
      profitImpact: string;
      supplyRisk: string;
      threshold: string;
    }): string =>
      `Kraljic: ${p.quadrant} (${p.importance}): invloed op de winst ${p.profitImpact}, toeleveringsrisico ${p.supplyRisk}, drempel ${p.threshold}`,
  },
  'organization-result': {
    organization: (p: { type: string; size?: string }): string =>
      p.size === undefined ? p.type : `${p.type} (${p.size})`,
  },
  approach: {
    none: 'geen actie aanbevolen',
    action: (p: { rank: number; message: string }, f: Format): string => `${f.number(p.rank)}. ${p.message}`,
  },
  'buying-center': {
    members,
    member: (p: { name: string; roles: string; stance?: string; influence: string }): string =>
      `${p.name} (${p.roles}${p.stance === undefined ? '' : `; ${p.stance}`}; invloed ${p.influence})`,
    noRole: 'geen rol',
  },
  'buying-center-analysis': {
    summary: (p: { size: number; support: string }, f: Format): string => `${members(p.size, f)}, steun ${p.support}`,
    keyPlayers: (p: { names: string }): string => `sleutelfiguren: ${p.names}`,
    warnings: (n: number, f: Format): string => f.plural(n, { one: '# waarschuwing', other: '# waarschuwingen' }),
  },
  'role-coverage': {
    covered: (p: { step?: string; covered: number; roles: number }, f: Format): string =>
      `${p.step === undefined ? '' : `${p.step}: `}${f.number(p.covered)} van ${f.plural(p.roles, { one: '# rol', other: '# rollen' })} bezet`,
    missing: (p: { roles: string }): string => `ontbreekt: ${p.roles}`,
  },
  'expected-size': {
    size: (p: { min: string; typical: string; max: string }): string =>
      `verwacht inkoopcentrum: ${p.min} tot ${p.max} personen, doorgaans ${p.typical}`,
  },
  'risk-assessment': {
    score: (p: { level: string; score: string }): string => `${p.level} risico ${p.score}`,
    drivers: (p: { dimensions: string }): string => `risicobronnen: ${p.dimensions}`,
    reducer: (p: { reducer: string; reduction: string }): string =>
      `beste risicoverlager: ${p.reducer} (-${p.reduction})`,
    notAssessed: (p: { dimensions: string }): string => `niet beoordeeld: ${p.dimensions}`,
  },
  'risk-what-if': {
    change: (p: { before: string; after: string; delta: string }): string => `${p.before} → ${p.after} (${p.delta})`,
    largest: (p: { dimension: string; delta: string }): string => `grootste verandering: ${p.dimension} ${p.delta}`,
  },
  'buying-center-risk': {
    score: (p: { level: string; score: string }): string =>
      `${p.level} risico ${p.score}, gewogen over het inkoopcentrum`,
    highest: (p: { member: string; level: string; score: string }): string =>
      `hoogste: ${p.member} (${p.level} ${p.score})`,
  },
  'prospect-analysis': {
    account: (p: { name?: string; position: string; situation: string }): string =>
      `${p.name === undefined ? '' : `${p.name} · `}als ${p.position} · ${p.situation}`,
    step: (p: { step: string; index: number; of: number }, f: Format): string =>
      `in de fase ${p.step}, stap ${f.number(p.index)} van ${f.number(p.of)}`,
    closed: (p: { outcome: string }): string => `aankoop ${p.outcome}`,
    idle: (p: { days: number }, f: Format): string => `${days(p.days, f)} sinds de laatste gebeurtenis`,
    engage: (p: { names: string }): string => `betrekken: ${p.names}`,
    risk: (p: { level: string; score: string }): string => `${p.level} risico ${p.score}`,
    redFlags: (p: { flags: string }): string => `alarmsignalen: ${p.flags}`,
    redFlag: {
      'no-decider': 'geen beslisser',
      'influential-blocker': 'invloedrijke blokkeerder',
      stalled: 'stilgevallen',
      'going-back': 'terug naar eerdere fasen',
    },
    noAction: 'geen actie',
    action: (p: { rank: number; message: string }, f: Format): string => `${f.number(p.rank)}. ${p.message}`,
    moreActions: (n: number, f: Format): string => `en nog ${f.plural(n, { one: '# actie', other: '# acties' })}`,
  },
  'account-history': {
    stage: (p: { supplier: string; stage: string }): string => `${p.supplier}: ${p.stage}`,
    stages: {
      'pre-relationship': 'fase vóór de relatie',
      early: 'beginfase',
      development: 'ontwikkelingsfase',
      'long-term': 'langetermijnfase',
    },
    won: (p: { won: number; awarded: number; share?: string }, f: Format): string =>
      `${f.number(p.won)} van ${f.number(p.awarded)} gunningen gewonnen${p.share === undefined ? '' : ` (aandeel ${p.share})`}`,
    purchases,
    trend: (p: { trend: string; from: string; to: string }): string => `${p.trend} (${p.from} → ${p.to})`,
    trends: { routinizing: 'naar routine', steady: 'stabiel', reopening: 'weer open' },
    position: (p: { relationship: string; position: string }): string => `${p.relationship} leverancier, ${p.position}`,
    relationships: { incumbent: 'huidige', known: 'bekende', new: 'nieuwe' },
  },
  'purchase-summary': {
    count: purchases,
    statuses: (p: { open: number; awarded: number; abandoned: number }, f: Format): string =>
      `${f.number(p.open)} open, ${f.number(p.awarded)} gegund, ${f.number(p.abandoned)} afgebroken`,
    funnel: (p: { counts: string }): string => `trechter ${p.counts}`,
    cycle: (p: { awarded?: number; abandoned?: number }, f: Format): string =>
      `mediane doorlooptijd ${[p.awarded === undefined ? '' : `${days(p.awarded, f)} tot gunning`, p.abandoned === undefined ? '' : `${days(p.abandoned, f)} tot afbreken`].filter((x) => x !== '').join(', ')}`,
    stall: (p: { step: string; open: number; idle?: number }, f: Format): string =>
      `de meeste open in de fase ${p.step} (${f.number(p.open)}${p.idle === undefined ? '' : `, mediane stilstand ${days(p.idle, f)}`})`,
    group: (p: { key: string; line: string }): string => `- ${p.key}: ${p.line}`,
    moreGroups: (n: number, f: Format): string => `- en nog ${f.plural(n, { one: '# groep', other: '# groepen' })}`,
  },
  'replay-many': {
    purchases: (p: { purchases: number; ok: number; problems: number; notStarted: number }, f: Format): string =>
      `${purchases(p.purchases, f)} opnieuw afgespeeld: ${f.number(p.ok)} volledig geaccepteerd, ${f.number(p.problems)} met weggelaten gebeurtenissen, ${f.number(p.notStarted)} niet gestart`,
    events: (p: { refused: number; malformed: number }, f: Format): string =>
      `${f.plural(p.refused, { one: '# gebeurtenis', other: '# gebeurtenissen' })} geweigerd, ${f.number(p.malformed)} ongeldig`,
  },
  'crm-role': {
    mapped: (p: { roles: string; stance?: string }): string =>
      `${p.roles}${p.stance === undefined ? '' : `; ${p.stance}`}`,
    noRole: 'geen rol',
    unmapped: 'niet gekoppeld',
  },
  'crm-stage': {
    open: (p: { step?: string; probability?: string }): string =>
      `deal open${p.step === undefined ? '' : `, koper in de fase ${p.step}`}${p.probability === undefined ? '' : ` (kans volgens de verkoper ${p.probability})`}`,
    closed: (p: { deal: string; outcome?: string }): string =>
      `deal ${p.deal}${p.outcome === undefined ? ', geen uitkomst' : `: aankoop ${p.outcome}`}`,
    deals: { won: 'gewonnen', lost: 'verloren' },
    unmapped: 'niet gekoppeld',
  },
  'offer-evaluation': {
    none: 'geen offerte om te rangschikken',
    ranked: (n: number, f: Format): string => `${offers(n, f)} gerangschikt`,
    offer: (p: { rank: number; supplier: string; score: string; criteria: string }, f: Format): string =>
      `${f.number(p.rank)}. ${p.supplier} ${p.score} (${p.criteria})`,
    criterion: (p: { criterion: string; contribution: string }): string => `${p.criterion} ${p.contribution}`,
  },
  'input-error': {
    issues: (n: number, f: Format): string =>
      `ongeldige invoer, ${f.plural(n, { one: '# probleem', other: '# problemen' })}`,
    issue: (p: { path: string; expected: string; received: string }): string =>
      `- ${p.path}: verwacht ${p.expected}, ontvangen ${p.received}`,
  },
} as const;

/** One template per message code, in Dutch. */
const messages = {};

/**
 * The Dutch catalog: labels, explain's sentences and message templates, for
 * `explain(result, { locale: nl })` and `label(kind, value, { locale: nl })`.
 */
const catalog = /* @__PURE__ */ deepFreeze({
  tag: 'nl',
  dir: 'ltr',
  labels,
  texts,
  messages,
} as const satisfies Catalog);

export default catalog;
