/**
 * The Greek catalog (`buygrid/locales/el`): the labels of every vocabulary, explain's sentences
 * and a template for every message code, in the terms of Greek industrial (B2B) marketing and
 * purchasing teaching (*κέντρο αγορών*, *τροποποιημένη επαναγορά*, *είδη μόχλευσης*, the Greek
 * terms of Directive 2014/24/EU). Each term and its source is in the Greek glossary of the i18n
 * guide. A step is quoted «…» in a sentence, so that no article has to agree with it; the
 * Greek semicolon is the ano teleia `·` (`;` is the Greek question mark).
 *
 * @example
 * ```ts
 * import el from 'buygrid/locales/el';
 * el.labels.role.decider;
 * //=> 'αποφασίζων'
 * el.labels.buyclass['straight-rebuy'];
 * //=> 'απλή επαναγορά'
 * ```
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { LabelTable } from '../explain/labels.js';
import type { Catalog, Format } from './catalog.js';

/** The Greek labels: lower case, as they read in the middle of a sentence. */
const labels = {
  step: {
    'need-recognition': 'αναγνώριση της ανάγκης',
    specification: 'καθορισμός προδιαγραφών',
    'supplier-search': 'αναζήτηση προμηθευτών',
    negotiation: 'διαπραγμάτευση',
    decision: 'απόφαση',
  },
  outcome: { awarded: 'ανατέθηκε', abandoned: 'εγκαταλείφθηκε' },
  role: {
    initiator: 'εκκινητής',
    user: 'χρήστης',
    prescriber: 'επηρεαστής',
    advisor: 'σύμβουλος',
    gatekeeper: 'θυρωρός',
    buyer: 'αγοραστής',
    decider: 'αποφασίζων',
    approver: 'εγκρίνων',
  },
  stance: {
    champion: 'ένθερμος υποστηρικτής',
    supporter: 'υποστηρικτής',
    neutral: 'ουδέτερος',
    skeptic: 'επιφυλακτικός',
    blocker: 'πολέμιος',
  },
  buyclass: {
    'new-task': 'νέα αγορά',
    'modified-rebuy': 'τροποποιημένη επαναγορά',
    'straight-rebuy': 'απλή επαναγορά',
  },
  quadrant: {
    strategic: 'στρατηγικά είδη',
    leverage: 'είδη μόχλευσης',
    bottleneck: 'είδη συμφόρησης',
    'non-critical': 'μη κρίσιμα είδη',
  },
  importance: { banal: 'ρουτίνας', strategic: 'στρατηγικής σημασίας' },
  regime: { private: 'ιδιωτική προμήθεια', 'public-tender': 'δημόσιος διαγωνισμός' },
  procedure: {
    open: 'ανοικτή διαδικασία',
    restricted: 'κλειστή διαδικασία',
    'competitive-with-negotiation': 'ανταγωνιστική διαδικασία με διαπραγμάτευση',
    'competitive-dialogue': 'ανταγωνιστικός διάλογος',
    'innovation-partnership': 'σύμπραξη καινοτομίας',
    'negotiated-without-publication': 'διαδικασία με διαπραγμάτευση χωρίς προηγούμενη δημοσίευση',
    'framework-call-off': 'εκτελεστική σύμβαση συμφωνίας-πλαισίου',
    'dynamic-purchasing-system': 'δυναμικό σύστημα αγορών',
    'below-threshold': 'κάτω από τα ενωσιακά όρια (εθνικοί κανόνες)',
  },
  organizationType: { company: 'επιχείρηση', 'public-body': 'οργανισμός του Δημοσίου', institution: 'ίδρυμα' },
  sizeBand: {
    micro: 'πολύ μικρού μεγέθους',
    small: 'μικρού μεγέθους',
    medium: 'μεσαίου μεγέθους',
    large: 'μεγάλου μεγέθους',
  },
  level: { low: 'χαμηλό', medium: 'μέτριο', high: 'υψηλό' },
  riskLevel: { low: 'χαμηλός', moderate: 'μέτριος', high: 'υψηλός', critical: 'κρίσιμος' },
  dimension: {
    financial: 'οικονομικά',
    performance: 'απόδοση',
    delivery: 'παράδοση',
    supplier: 'προμηθευτής',
    'after-sales': 'εξυπηρέτηση μετά την πώληση',
    currency: 'συνάλλαγμα',
    social: 'κοινωνική εικόνα',
  },
  eventType: {
    needQualified: 'η ανάγκη προσδιορίστηκε',
    requirementAdded: 'προστέθηκε απαίτηση',
    requirementRemoved: 'αφαιρέθηκε απαίτηση',
    specificationApproved: 'εγκρίθηκαν οι προδιαγραφές',
    supplierIdentified: 'εντοπίστηκε προμηθευτής',
    supplierShortlisted: 'προεπιλέχθηκε προμηθευτής',
    supplierExcluded: 'αποκλείστηκε προμηθευτής',
    negotiationStarted: 'ξεκίνησε η διαπραγμάτευση',
    offerReceived: 'ελήφθη προσφορά',
    decisionRequested: 'ζητήθηκε απόφαση',
    supplierSelected: 'επιλέχθηκε προμηθευτής',
    stepRevisited: 'επιστροφή σε προηγούμενο στάδιο',
    stepSkipped: 'παράλειψη σταδίου',
    purchaseAbandoned: 'η προμήθεια εγκαταλείφθηκε',
    performanceReviewed: 'αξιολογήθηκε η απόδοση',
  },
  guard: {
    chronological: 'με ημερομηνία πριν από το τελευταίο γεγονός',
    role: 'δεν καταγράφηκε από τον ρόλο που ορίζει η πολιτική',
    'duplicate-id': 'το αναγνωριστικό χρησιμοποιείται ήδη',
    'unknown-requirement': 'άγνωστη απαίτηση',
    'must-requirement': 'καμία υποχρεωτική απαίτηση',
    'unknown-supplier': 'άγνωστος προμηθευτής',
    'excluded-supplier': 'αποκλεισμένος προμηθευτής',
    'min-shortlisted': 'πολύ λίγοι προεπιλεγμένοι προμηθευτές',
    'not-shortlisted': 'ο προμηθευτής δεν έχει προεπιλεγεί',
    'min-offers': 'πολύ λίγες προσφορές',
    'no-offer': 'καμία προσφορά από αυτόν τον προμηθευτή',
    'not-earlier-step': 'δεν είναι προηγούμενο στάδιο',
    'skip-not-allowed': 'η πολιτική δεν επιτρέπει την παράλειψη',
    'no-negotiation': 'στη διαδικασία αυτή δεν επιτρέπεται διαπραγμάτευση των προσφορών',
  },
  abandonReason: {
    'no-decision': 'καμία απόφαση',
    budget: 'προϋπολογισμός',
    'need-withdrawn': 'η ανάγκη αποσύρθηκε',
    'no-suitable-offer': 'καμία κατάλληλη προσφορά',
    other: 'άλλος λόγος',
  },
  priority: { must: 'υποχρεωτική', should: 'επιθυμητή', could: 'προαιρετική' },
  supplierStatus: {
    known: 'γνωστός',
    identified: 'εντοπισμένος',
    shortlisted: 'προεπιλεγμένος',
    excluded: 'αποκλεισμένος',
  },
  supplierPosition: { 'in-supplier': 'υφιστάμενος προμηθευτής', 'out-supplier': 'νέος διεκδικητής' },
} as const satisfies LabelTable;

const days = (n: number, f: Format): string => f.plural(n, { one: '# ημέρα', other: '# ημέρες' });
const purchases = (n: number, f: Format): string => f.plural(n, { one: '# προμήθεια', other: '# προμήθειες' });
const members = (n: number, f: Format): string => f.plural(n, { one: '# μέλος', other: '# μέλη' });

/** The Greek sentences of `explain`, one table per kind of result. */
const texts = {
  common: {
    list: (items: readonly string[], f: Format): string => f.list(items),
    none: 'κανένα',
    more: (n: number, f: Format): string => `και ${f.number(n)} ακόμη`,
  },
  'purchase-state': {
    open: (p: { id: string; need: string; step: string; index: number; of: number; days: number }, f: Format): string =>
      `${p.id} (${p.need}) · «${p.step}», βήμα ${f.number(p.index)} από ${f.number(p.of)} · εδώ και ${days(p.days, f)}`,
    awarded: (p: { id: string; need: string; supplier: string; days: number; reorder: boolean }, f: Format): string =>
      `${p.id} (${p.need}) · ανατέθηκε, ανάδοχος ${p.supplier}${p.reorder ? ' (επαναληπτική παραγγελία)' : ''}, μετά από ${days(p.days, f)}`,
    abandoned: (p: { id: string; need: string; step: string; reason: string; days: number }, f: Format): string =>
      `${p.id} (${p.need}) · εγκαταλείφθηκε στο στάδιο «${p.step}» μετά από ${days(p.days, f)}: ${p.reason}`,
    requirements: (n: number, f: Format): string => f.plural(n, { one: '# απαίτηση', other: '# απαιτήσεις' }),
    shortlisted: (n: number, f: Format): string => f.plural(n, { one: '# προεπιλεγμένος', other: '# προεπιλεγμένοι' }),
    offers: (n: number, f: Format): string => f.plural(n, { one: '# προσφορά', other: '# προσφορές' }),
    revisits: (p: { count: number; steps: string }, f: Format): string =>
      `${f.plural(p.count, { one: '# επιστροφή', other: '# επιστροφές' })} (${p.steps})`,
  },
  'transition-result': {
    accepted: 'έγινε δεκτό',
    refused: (p: { rule: string; message: string }): string => `απορρίφθηκε (${p.rule}): ${p.message}`,
  },
  'replay-result': {
    refused: (p: { index: number; rule: string; message: string }, f: Format): string =>
      `σταμάτησε στο events[${f.number(p.index)}], απορρίφθηκε (${p.rule}): ${p.message}`,
  },
  'purchase-situation': {
    quadrant: (p: { quadrant: string; importance: string }): string => `Kraljic: ${p.quadrant} (${p.importance})`,
    importance: (p: { importance: string }): string => p.importance,
    procedure: (p: { regime: string; procedure: string }): string => `${p.regime}, ${p.procedure}`,
  },
  'buyclass-result': {
    buyclass: (p: { buyclass: string; confidence: string }): string => `${p.buyclass} (βεβαιότητα ${p.confidence})`,
  },
  'portfolio-result': {
    quadrant: (p: {
      quadrant: string;
      importance: string;
      profitImpact: string;
      supplyRisk: string;
      threshold: string;
    }): string =>
      `Kraljic: ${p.quadrant} (${p.importance}): επίδραση στο κέρδος ${p.profitImpact}, κίνδυνος εφοδιασμού ${p.supplyRisk}, όριο ${p.threshold}`,
  },
  'organization-result': {
    organization: (p: { type: string; size?: string }): string =>
      p.size === undefined ? p.type : `${p.type} ${p.size}`,
  },
  approach: {
    none: 'δεν προτείνεται καμία ενέργεια',
    action: (p: { rank: number; message: string }, f: Format): string => `${f.number(p.rank)}. ${p.message}`,
  },
  'buying-center': {
    members,
    member: (p: { name: string; roles: string; stance?: string; influence: string }): string =>
      `${p.name} (${p.roles}${p.stance === undefined ? '' : `· ${p.stance}`}· επιρροή ${p.influence})`,
    noRole: 'χωρίς ρόλο',
  },
  'buying-center-analysis': {
    summary: (p: { size: number; support: string }, f: Format): string =>
      `${members(p.size, f)}, υποστήριξη ${p.support}`,
    keyPlayers: (p: { names: string }): string => `βασικά πρόσωπα: ${p.names}`,
    warnings: (n: number, f: Format): string => f.plural(n, { one: '# προειδοποίηση', other: '# προειδοποιήσεις' }),
  },
  'role-coverage': {
    covered: (p: { step?: string; covered: number; roles: number }, f: Format): string =>
      `${p.step === undefined ? '' : `«${p.step}»: `}καλύπτονται ${f.number(p.covered)} από ${f.plural(p.roles, { one: '# ρόλο', other: '# ρόλους' })}`,
    missing: (p: { roles: string }): string => `λείπουν: ${p.roles}`,
  },
  'expected-size': {
    size: (p: { min: string; typical: string; max: string }): string =>
      `αναμενόμενο κέντρο αγορών: ${p.min} έως ${p.max} άτομα, συνήθως ${p.typical}`,
  },
  'risk-assessment': {
    score: (p: { level: string; score: string }): string => `${p.level} κίνδυνος ${p.score}`,
    drivers: (p: { dimensions: string }): string => `κύριες πηγές: ${p.dimensions}`,
    reducer: (p: { reducer: string; reduction: string }): string =>
      `καλύτερος τρόπος μείωσης: ${p.reducer} (-${p.reduction})`,
    notAssessed: (p: { dimensions: string }): string => `δεν αξιολογήθηκαν: ${p.dimensions}`,
  },
  'risk-what-if': {
    change: (p: { before: string; after: string; delta: string }): string => `${p.before} → ${p.after} (${p.delta})`,
    largest: (p: { dimension: string; delta: string }): string => `μεγαλύτερη μεταβολή: ${p.dimension} ${p.delta}`,
  },
  'buying-center-risk': {
    score: (p: { level: string; score: string }): string =>
      `${p.level} κίνδυνος ${p.score}, σταθμισμένος στο κέντρο αγορών`,
    highest: (p: { member: string; level: string; score: string }): string =>
      `υψηλότερος: ${p.member} (${p.level} ${p.score})`,
  },
  'prospect-analysis': {
    account: (p: { name?: string; position: string; situation: string }): string =>
      `${p.name === undefined ? '' : `${p.name} · `}ως ${p.position} · ${p.situation}`,
    step: (p: { step: string; index: number; of: number }, f: Format): string =>
      `στο στάδιο «${p.step}», βήμα ${f.number(p.index)} από ${f.number(p.of)}`,
    closed: (p: { outcome: string }): string => `η προμήθεια ${p.outcome}`,
    idle: (p: { days: number }, f: Format): string => `${days(p.days, f)} από το τελευταίο γεγονός`,
    engage: (p: { names: string }): string => `προσεγγίστε: ${p.names}`,
    risk: (p: { level: string; score: string }): string => `${p.level} κίνδυνος ${p.score}`,
    redFlags: (p: { flags: string }): string => `προειδοποιητικά σημάδια: ${p.flags}`,
    redFlag: {
      'no-decider': 'κανένας αποφασίζων',
      'influential-blocker': 'πολέμιος με επιρροή',
      stalled: 'έχει σταματήσει',
      'going-back': 'επιστρέφει σε προηγούμενα στάδια',
    },
    noAction: 'καμία ενέργεια',
    action: (p: { rank: number; message: string }, f: Format): string => `${f.number(p.rank)}. ${p.message}`,
    moreActions: (n: number, f: Format): string =>
      `και ${f.plural(n, { one: '# ενέργεια ακόμη', other: '# ενέργειες ακόμη' })}`,
  },
  'account-history': {
    stage: (p: { supplier: string; stage: string }): string => `${p.supplier}: ${p.stage}`,
    stages: {
      'pre-relationship': 'στάδιο πριν από τη σχέση',
      early: 'αρχικό στάδιο',
      development: 'στάδιο ανάπτυξης',
      'long-term': 'μακροχρόνιο στάδιο',
    },
    won: (p: { won: number; awarded: number; share?: string }, f: Format): string =>
      `κέρδισε ${f.number(p.won)} από ${f.plural(p.awarded, { one: '# ανάθεση', other: '# αναθέσεις' })}${p.share === undefined ? '' : ` (μερίδιο ${p.share})`}`,
    purchases,
    trend: (p: { trend: string; from: string; to: string }): string => `${p.trend} (${p.from} → ${p.to})`,
    trends: { routinizing: 'προς τη ρουτίνα', steady: 'σταθερή', reopening: 'ξανανοίγει' },
    position: (p: { relationship: string; position: string }): string => `${p.relationship} προμηθευτής, ${p.position}`,
    relationships: { incumbent: 'τρέχων', known: 'γνωστός', new: 'νέος' },
  },
  'purchase-summary': {
    count: purchases,
    statuses: (p: { open: number; awarded: number; abandoned: number }, f: Format): string =>
      `ανοικτές ${f.number(p.open)}, ανατέθηκαν ${f.number(p.awarded)}, εγκαταλείφθηκαν ${f.number(p.abandoned)}`,
    funnel: (p: { counts: string }): string => `χοάνη ${p.counts}`,
    cycle: (p: { awarded?: number; abandoned?: number }, f: Format): string =>
      `διάμεση διάρκεια ${[p.awarded === undefined ? '' : `${days(p.awarded, f)} έως την ανάθεση`, p.abandoned === undefined ? '' : `${days(p.abandoned, f)} έως την εγκατάλειψη`].filter((x) => x !== '').join(', ')}`,
    stall: (p: { step: string; open: number; idle?: number }, f: Format): string =>
      `οι περισσότερες ανοικτές στο στάδιο «${p.step}» (${f.number(p.open)}${p.idle === undefined ? '' : `, διάμεση αδράνεια ${days(p.idle, f)}`})`,
    group: (p: { key: string; line: string }): string => `- ${p.key}: ${p.line}`,
    moreGroups: (n: number, f: Format): string =>
      `- και ${f.plural(n, { one: '# ομάδα ακόμη', other: '# ομάδες ακόμη' })}`,
  },
  'replay-many': {
    purchases: (p: { purchases: number; ok: number; problems: number; notStarted: number }, f: Format): string =>
      `αναπαραγωγή ${purchases(p.purchases, f)}: πλήρως αποδεκτές ${f.number(p.ok)}, με γεγονότα που παραλείφθηκαν ${f.number(p.problems)}, δεν ξεκίνησαν ${f.number(p.notStarted)}`,
    events: (p: { refused: number; malformed: number }, f: Format): string =>
      `${f.plural(p.refused, { one: '# γεγονός απορρίφθηκε', other: '# γεγονότα απορρίφθηκαν' })}, με λάθος μορφή ${f.number(p.malformed)}`,
  },
  'crm-role': {
    mapped: (p: { roles: string; stance?: string }): string =>
      `${p.roles}${p.stance === undefined ? '' : `· ${p.stance}`}`,
    noRole: 'χωρίς ρόλο',
    unmapped: 'δεν αντιστοιχίστηκε',
  },
  'crm-stage': {
    open: (p: { step?: string; probability?: string }): string =>
      `ευκαιρία ανοικτή${p.step === undefined ? '' : `, ο αγοραστής στο στάδιο «${p.step}»`}${p.probability === undefined ? '' : ` (πιθανότητα κατά τον πωλητή ${p.probability})`}`,
    closed: (p: { deal: string; outcome?: string }): string =>
      `ευκαιρία ${p.deal}${p.outcome === undefined ? ', χωρίς έκβαση' : `: η προμήθεια ${p.outcome}`}`,
    deals: { won: 'κερδήθηκε', lost: 'χάθηκε' },
    unmapped: 'δεν αντιστοιχίστηκε',
  },
  'offer-evaluation': {
    none: 'καμία προσφορά προς κατάταξη',
    ranked: (n: number, f: Format): string =>
      f.plural(n, { one: '# προσφορά κατατάχθηκε', other: '# προσφορές κατατάχθηκαν' }),
    offer: (p: { rank: number; supplier: string; score: string; criteria: string }, f: Format): string =>
      `${f.number(p.rank)}. ${p.supplier} ${p.score} (${p.criteria})`,
    criterion: (p: { criterion: string; contribution: string }): string => `${p.criterion} ${p.contribution}`,
  },
  'input-error': {
    issues: (n: number, f: Format): string =>
      `μη έγκυρη είσοδος, ${f.plural(n, { one: '# πρόβλημα', other: '# προβλήματα' })}`,
    issue: (p: { path: string; expected: string; received: string }): string =>
      `- ${p.path}: αναμενόταν ${p.expected}, δόθηκε ${p.received}`,
  },
} as const;

/** One template per message code, in Greek. */
const messages = {};

/**
 * The Greek catalog: labels, explain's sentences and message templates, for
 * `explain(result, { locale: el })` and `label(kind, value, { locale: el })`.
 */
const catalog = /* @__PURE__ */ deepFreeze({
  tag: 'el',
  dir: 'ltr',
  labels,
  texts,
  messages,
} as const satisfies Catalog);

export default catalog;
