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
import type { Procedure, Role, Step } from '../_lib/vocabulary.js';
import type { LabelTable } from '../explain/labels.js';
import type { MessageCode, MessageParams } from '../explain/messages.js';
import type { GuardParams } from '../process/messages.js';
import type { PurchaseEventType } from '../process/events.js';
import type { PurchaseStatus } from '../process/state.js';
import type { NegotiationTermCode } from '../prospect/terms.js';
import type { RiskDimension } from '../risk/dimensions.js';
import type { ProfileAnswerParams } from '../risk/messages.js';
import type { RiskReducerId } from '../risk/reducers.js';
import type { ApproachActionCode } from '../situation/approach-actions.js';
import type { PortfolioAxisParams, SizeBandParams, ThresholdParams } from '../situation/messages.js';
import type { Catalog, Format } from './catalog.js';

/** One template per code, typed by the code's params. */
type Templates = { readonly [C in MessageCode]: (params: MessageParams[C], f: Format) => string };

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
  reducer: {
    references: 'συστάσεις από συγκρίσιμους πελάτες',
    trial: 'μια δοκιμαστική παραγγελία ή πιλοτική εφαρμογή',
    'site-visit': 'μια επίσκεψη στις εγκαταστάσεις του προμηθευτή',
    certification: 'μια πιστοποίηση από τρίτο φορέα (σύστημα ποιότητας, δοκιμές προϊόντος)',
    warranty: 'μια εγγύηση',
    'sla-penalties': 'μια συμφωνία επιπέδου υπηρεσιών με ποινικές ρήτρες',
    'staged-payment': 'πληρωμή σε δόσεις, έναντι ορόσημων',
    'buyer-currency-pricing': 'τιμές στο νόμισμα του αγοραστή',
    'detailed-specification': 'αναλυτικές προδιαγραφές',
    'stakeholder-involvement': 'συμμετοχή των εμπλεκόμενων μελών στην επιλογή',
    'buffer-stock': 'ένα απόθεμα ασφαλείας',
    'dual-sourcing': 'μια δεύτερη πηγή προμήθειας',
    'currency-hedge': 'αντιστάθμιση του συναλλαγματικού κινδύνου (προθεσμιακό συμβόλαιο)',
  },
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
      `${p.step === undefined ? '' : `«${p.step}»: `}${f.plural(p.covered, { one: 'καλύπτεται', other: 'καλύπτονται' })} ${f.number(p.covered)} από ${f.plural(p.roles, { one: '# ρόλο', other: '# ρόλους' })}`,
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
      `αναπαραγωγή ${f.plural(p.purchases, { one: '# προμήθειας', other: '# προμηθειών' })}: πλήρως αποδεκτές ${f.number(p.ok)}, με γεγονότα που παραλείφθηκαν ${f.number(p.problems)}, δεν ξεκίνησαν ${f.number(p.notStarted)}`,
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

const PAYMENT =
  'Προτείνετε όρους πληρωμής που περιορίζουν την έκθεση του αγοραστή: πληρωμή σε δόσεις έναντι ορόσημων, ρήτρα αναθεώρησης τιμής.';
const PERFORMANCE =
  'Βάλτε στη σύμβαση δοκιμές παραλαβής και εγγύηση απόδοσης: ο αγοραστής πληρώνει για αποτελέσματα που μπορεί να ελέγξει.';
const DELIVERY = 'Δεσμευτείτε σε ημερομηνίες παράδοσης με ποινικές ρήτρες και πείτε πώς εξασφαλίζεται ο εφοδιασμός.';
const ASSURANCE =
  'Περιμένετε ερωτήσεις για τη φερεγγυότητά σας: έχετε έτοιμες οικονομικές καταστάσεις, συστάσεις και εγγύηση μητρικής εταιρείας ή τράπεζας.';
const SERVICE =
  'Προτείνετε συμφωνία επιπέδου υπηρεσιών: χρόνοι απόκρισης και διαθεσιμότητα ανταλλακτικών, με ποινικές ρήτρες.';
const CURRENCY =
  'Τιμολογήστε στο νόμισμα του αγοραστή ή συμφωνήστε ρήτρα αναπροσαρμογής: ο συναλλαγματικός κίνδυνος είναι μέρος των όρων.';
const SHARED =
  'Δώστε στους εμπλεκόμενους ό,τι χρειάζονται για να υπερασπιστούν την επιλογή εσωτερικά: συστάσεις από ομολόγους τους, κοινή αξιολόγηση.';
const SHAPE =
  'Συνεργαστείτε με τους χρήστες και τους επηρεαστές όσο ορίζουν την ανάγκη, ώστε οι προδιαγραφές να ταιριάζουν στα δυνατά σας σημεία.';
const LEVERAGE =
  'Αξιοποιήστε την πρόσβαση και την εμπιστοσύνη που ήδη έχετε στον πελάτη για να μάθετε νωρίς την ανάγκη και να σας συμβουλευτούν πρώτους.';
const REACH =
  'Ενημερώστε κάθε μέλος του κέντρου αγορών, τεχνικούς και ανώτερα στελέχη που αποφασίζουν, όχι μόνο το τμήμα προμηθειών.';
const REDUCE_RISK =
  'Προσφέρετε συστάσεις, δοκιμή ή πιλοτική εφαρμογή και επίσκεψη στις εγκαταστάσεις, ώστε ένας προμηθευτής νέος γι’ αυτούς να φαίνεται ασφαλής.';
const DEFEND =
  'Μάθετε τι θέλει να αλλάξει ο αγοραστής και προτείνετε εσείς την αλλαγή πριν το κάνει ένας ανταγωνιστής.';
const FIX =
  'Διευθετήστε γρήγορα κάθε παράπονο για ποιότητα, παράδοση ή τιμή· η δυσαρέσκεια είναι που ανοίγει την πόρτα σε άλλους.';
const SEIZE =
  'Κάντε μια προσφορά που απαντά ακριβώς σε ό,τι θέλει να αλλάξει ο αγοραστής: καλύτερες προδιαγραφές, τιμή ή όρους.';
const SHORTLIST_ACT =
  'Φροντίστε τώρα να εγκριθείτε και να προεπιλεγείτε: ο αγοραστής εξετάζει λίγους νέους προμηθευτές, όχι όλους.';
const KEEP =
  'Κρατήστε την ποιότητα, την παράδοση και την εξυπηρέτηση άψογες και επισκέπτεστε τακτικά τον πελάτη: εντατική εμπορική δουλειά.';
const AUTOMATE_ACT =
  'Προσφέρετε αυτόματη επαναπαραγγελία, συμβάσεις-πλαίσιο ή απόθεμα υπό τη διαχείριση του προμηθευτή, ώστε η επαναπαραγγελία από εσάς να μη θέλει κόπο.';
const REFRAME =
  'Φέρτε κάτι νέο — μια καλύτερη λύση, χαμηλότερο συνολικό κόστος — που κάνει τον αγοραστή να επανεξετάσει, μετατρέποντας την επαναπαραγγελία σε νέα αγορά.';
const TRIAL_ACT = 'Ζητήστε μια μικρή δοκιμαστική παραγγελία και αποδείξτε σε αυτήν την αξία σας.';
const PROVE =
  'Αποδείξτε την αξιοπιστία σας: οικονομική ευρωστία, συνέχεια εφοδιασμού, πιστοποιήσεις, μακροχρόνια δέσμευση.';
const PERFORM_ACT =
  'Εκτελέστε την τρέχουσα σύμβασή σας κατά γράμμα: το ιστορικό σας είναι η σύστασή σας για την επόμενη διαδικασία.';
const WATCH_ACT =
  'Παρακολουθείτε τις προκαταρκτικές προκηρύξεις και τις προκηρύξεις σύμβασης γι’ αυτόν τον αγοραστή και το αντικείμενο (TED και οι εθνικές πύλες).';
const CONSULT_ACT =
  'Πριν από τη διαδικασία, απαντήστε στην προκαταρκτική διαβούλευση του αγοραστή με την αγορά με ουδέτερες πληροφορίες βασισμένες σε πρότυπα, ανοικτές σε όλους τους ανταγωνιστές — ποτέ προδιαγραφές γραμμένες γύρω από το προϊόν σας.';
const QUALIFY_ACT =
  'Ετοιμάστε το Ευρωπαϊκό Ενιαίο Έγγραφο Σύμβασης (ΕΕΕΣ) και τα αποδεικτικά που ζητούν τα κριτήρια επιλογής (καταλληλότητα, οικονομική και χρηματοοικονομική επάρκεια, τεχνική και επαγγελματική ικανότητα) και ελέγξτε ότι δεν συντρέχει λόγος αποκλεισμού.';
const FOLLOW_ACT =
  'Υποβάλετε προσφορά ακριβώς όπως ζητούν τα έγγραφα της σύμβασης, εντός της προθεσμίας και μέσω του διαύλου που ορίζουν· κάντε ερωτήσεις μόνο μέσω αυτού. Σε ανοικτή ή κλειστή διαδικασία δεν γίνεται διαπραγμάτευση της προσφοράς: υποβάλετε την καλύτερή σας.';
const CALLOFF_ACT =
  'Εκτελείτε κάθε εκτελεστική σύμβαση με τους όρους της συμφωνίας-πλαισίου· όπου διεξάγεται νέος διαγωνισμός μεταξύ των μερών, υποβάλετε προσφορά με τους όρους και τα κριτήρια που αυτός ορίζει.';
const NEXTFW_ACT =
  'Εκτελεστική σύμβαση ανατίθεται μόνο σε μέρος της συμφωνίας-πλαισίου: προετοιμαστείτε για την επόμενη προκήρυξη διαγωνισμού της συμφωνίας-πλαισίου και διεκδικήστε τότε την ένταξή σας.';
const DPS_ACT =
  'Υποβάλετε αίτηση συμμετοχής στο δυναμικό σύστημα αγορών: οι προμηθευτές που γίνονται δεκτοί καλούνται να υποβάλουν προσφορά για κάθε συγκεκριμένη σύμβαση στο πλαίσιό του.';
const NATIONAL_ACT =
  'Κάτω από τα ενωσιακά όρια, διαβάστε τους εθνικούς κανόνες και τους κανονισμούς προμηθειών του ίδιου του αγοραστή πριν κινηθείτε: αυτοί ορίζουν τη διαδικασία (συχνά απλοποιημένη, ή απευθείας ανάθεση για μικρά ποσά).';
const INVITE_ACT =
  'Δεν δημοσιεύεται προκήρυξη διαγωνισμού: ο αγοραστής προσκαλεί τους προμηθευτές με τους οποίους διαβουλεύεται, μόνο στις περιπτώσεις που απαριθμεί η Οδηγία. Αν σας προσκαλέσει, υποβάλετε προσφορά και διαπραγματευτείτε εντός των όρων της πρόσκλησης.';
const STRATEGIC_BOTTLENECK =
  'Αγορά στρατηγικής σημασίας (είδος συμφόρησης): η συνέχεια του εφοδιασμού βαραίνει πολύ (ανάγνωση του τεταρτημορίου από το buygrid).';
const STRATEGIC_STRATEGIC =
  'Αγορά στρατηγικής σημασίας (στρατηγικό είδος): η αξιοπιστία του προμηθευτή και μια μακροχρόνια συνεργασία βαραίνουν πολύ (ανάγνωση του τεταρτημορίου από το buygrid).';
const BANAL_LEVERAGE =
  'Αγορά ρουτίνας (είδος μόχλευσης): η τιμή και οι όροι βαραίνουν πολύ — αγοραστική δύναμη, όχι αξιοπιστία του προμηθευτή· διακυβεύονται χρήματα (ανάγνωση του τεταρτημορίου από το buygrid).';
const BANAL_NONCRITICAL =
  'Αγορά ρουτίνας (μη κρίσιμο είδος): μετράει κυρίως η αποδοτική αγορά ρουτίνας (ανάγνωση του τεταρτημορίου από το buygrid).';
const REGIME_PUBLIC_BODY =
  'Ένας δημόσιος φορέας (το κράτος, μια περιφερειακή ή τοπική αρχή) είναι αναθέτουσα αρχή (Οδηγία 2014/24/ΕΕ, άρθρο 2 παρ. 1 σημείο 1): αγοράζει σύμφωνα με τους κανόνες των δημόσιων συμβάσεων — με διαδικασία της Οδηγίας πάνω από τα ενωσιακά όρια, με εθνικούς κανόνες κάτω από αυτά.';

const status = (s: PurchaseStatus, f: Format): string =>
  s === 'awarded' || s === 'abandoned' ? f.label('outcome', s) : f.label('step', s);
const eventName = (e: PurchaseEventType, f: Format): string => `«${f.label('eventType', e)}» (${e})`;
const stepName = (s: Step, f: Format): string => `«${f.label('step', s)}»`;
const roles = (list: readonly Role[], f: Format): string => f.list(list.map((r) => f.label('role', r)));
const dims = (list: readonly RiskDimension[], f: Format): string => f.list(list.map((d) => f.label('dimension', d)));
const quoted = (ids: readonly string[], f: Format): string => f.list(ids.map((id) => `"${id}"`));
const euro = (n: number, f: Format): string =>
  n >= 1_000_000 ? `${f.number(n / 1_000_000, 1)} εκατ. €` : `${f.number(n, 0)} €`;
/** An amount in full, with the Greek thousands separator (`5.404.000 €`): a threshold is a legal figure, not rounded. */
const exact = (n: number, f: Format): string => `${f.number(n, 0).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} €`;
const under = (procedure: Procedure | undefined, f: Format): string =>
  procedure === undefined
    ? ''
    : procedure === 'below-threshold'
      ? ' (δημόσια προμήθεια κάτω από τα ενωσιακά όρια)'
      : ` (${f.label('procedure', procedure)})`;
const employees = (n: number, f: Format): string => f.plural(n, { one: '# εργαζόμενος', other: '# εργαζόμενοι' });
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** A value shown to 3 decimals, or in full where, rounded, it would read as the threshold's rounding (the threshold is shown in full). */
const against = (value: number, threshold: number, f: Format): string =>
  f.number(value, 3) === f.number(threshold, 3) ? f.number(value, 12) : f.number(value, 3);

/** What each role does, as a clause after «κανένα μέλος που». */
const ROLE_CLAUSES: Readonly<Record<Role, string>> = {
  initiator:
    'αναγνωρίζει ότι ένα πρόβλημα του οργανισμού μπορεί να λυθεί ή να αποφευχθεί με την αγορά ενός προϊόντος ή μιας υπηρεσίας',
  user: 'χρησιμοποιεί το προϊόν ή την υπηρεσία (συχνά ξεκινά την αγορά και βοηθά στον καθορισμό των προδιαγραφών)',
  prescriber:
    'ορίζει το προϊόν ή την υπηρεσία που καλύπτει την ανάγκη (αυτός που συντάσσει τις προδιαγραφές, συχνά τεχνικός ειδικός, εσωτερικός ή εξωτερικός)',
  advisor: 'επηρεάζει την αγοραστική απόφαση χωρίς να έχει την εξουσία να τη λάβει',
  gatekeeper:
    'ελέγχει τη ροή των πληροφοριών και την πρόσβαση των προμηθευτών στο κέντρο αγορών (προσωπικό προμηθειών, βοηθοί, κατάλογος εγκεκριμένων προμηθευτών)',
  buyer: 'αναζητά δυνητικούς προμηθευτές, συλλέγει πληροφορίες γι’ αυτούς και διαπραγματεύεται τους όρους',
  decider: 'λέει ναι ή όχι στην αγορά και τελικά επιλέγει την προσφορά και τον προμηθευτή',
  approver: 'εγκρίνει τις προτεινόμενες ενέργειες των αποφασιζόντων ή των αγοραστών, συνήθως τον προϋπολογισμό',
};

/** The risk reducers, as an offer names them. */
const REDUCERS: Readonly<Record<RiskReducerId, string>> = labels.reducer;

/** The negotiation terms, one sentence each. */
const TERMS: Readonly<Record<NegotiationTermCode, string>> = {
  'payment-terms': PAYMENT,
  'performance-guarantee': PERFORMANCE,
  'delivery-commitment': DELIVERY,
  'supplier-assurance': ASSURANCE,
  'service-level': SERVICE,
  'currency-clause': CURRENCY,
  'shared-decision': SHARED,
};

/** The seller's actions of `recommendApproach`, one sentence each. */
const ACTIONS: Readonly<Record<ApproachActionCode, string>> = {
  'shape-the-specification': SHAPE,
  'get-in-early':
    'Μπείτε πριν γραφτούν οι προδιαγραφές: δώστε στους αγοραστές τις πληροφορίες που αναζητούν και βοηθήστε τους να ορίσουν την ανάγκη.',
  'leverage-the-relationship': LEVERAGE,
  'reach-the-whole-center': REACH,
  'reduce-perceived-risk': REDUCE_RISK,
  'defend-the-account': DEFEND,
  'fix-dissatisfaction': FIX,
  'seize-the-opening': SEIZE,
  'get-on-the-shortlist': SHORTLIST_ACT,
  'keep-the-routine': KEEP,
  'automate-reordering': AUTOMATE_ACT,
  'reframe-the-need': REFRAME,
  'win-a-trial-order': TRIAL_ACT,
  'prove-reliability': PROVE,
  'perform-the-contract': PERFORM_ACT,
  'watch-the-notices': WATCH_ACT,
  'join-market-consultation': CONSULT_ACT,
  'qualify-for-the-procedure': QUALIFY_ACT,
  'follow-the-procedure': FOLLOW_ACT,
  'follow-the-call-off-terms': CALLOFF_ACT,
  'prepare-for-the-next-framework': NEXTFW_ACT,
  'join-the-dynamic-purchasing-system': DPS_ACT,
  'check-the-national-rules': NATIONAL_ACT,
  'answer-the-invitation': INVITE_ACT,
};

const UPSTREAM =
  'Σε μια νέα αγορά οι αγοραστές συγκεντρώνουν τις περισσότερες πληροφορίες και σταθμίζουν τις περισσότερες εναλλακτικές· όποιος βοηθά να οριστεί η ανάγκη διαμορφώνει τις προδιαγραφές (ένα γαλλικό κείμενο διδασκαλίας B2B μάρκετινγκ: να είστε παρόντες από νωρίς· Robinson, Faris & Wind 1967).';
const LARGEST =
  'Μια νέα αγορά εμπλέκει το μεγαλύτερο κέντρο αγορών και ανώτερα στελέχη που αποφασίζουν (Kotler & Armstrong, κεφ. 6· Johnston & Bonoma 1981).';
const MODIFIED =
  'Σε μια τροποποιημένη επαναγορά ο αγοραστής θέλει να αλλάξει προδιαγραφές, τιμές, όρους ή προμηθευτές: οι υφιστάμενοι προμηθευτές υπερασπίζονται τον πελάτη, οι εξωτερικοί βλέπουν μια ευκαιρία (Kotler & Armstrong, κεφ. 6).';
const STRAIGHT =
  'Σε μια απλή επαναγορά ο αγοραστής παραγγέλνει ξανά από τον συνήθη προμηθευτή όσο η παράδοση, η ποιότητα και η τιμή τον ικανοποιούν· αυτή η ισορροπία δύσκολα ανατρέπεται (Kotler & Armstrong, κεφ. 6· ένα γαλλικό κείμενο διδασκαλίας B2B μάρκετινγκ: εντατική εμπορική δουλειά σε μια επαναλαμβανόμενη αγορά).';

/** Why each action of `recommendApproach` (with its source). */
const ACTION_REASONS: Readonly<Record<ApproachActionCode, string>> = {
  'shape-the-specification': UPSTREAM,
  'get-in-early': UPSTREAM,
  'leverage-the-relationship': `${UPSTREAM} Ένας υφιστάμενος προμηθευτής ξεκινά με πρόσβαση· σε μια νέα αγορά όμως ανταγωνίζεται με όλους.`,
  'reach-the-whole-center': LARGEST,
  'reduce-perceived-risk':
    'Όσο μεγαλύτερο το κόστος ή ο κίνδυνος μιας νέας αγοράς, τόσο περισσότερες πληροφορίες αναζητούν οι αγοραστές (Kotler & Armstrong, κεφ. 6).',
  'defend-the-account': MODIFIED,
  'fix-dissatisfaction': MODIFIED,
  'seize-the-opening': MODIFIED,
  'get-on-the-shortlist':
    'Μια τροποποιημένη επαναγορά εξετάζει νέες εναλλακτικές μόνο σε περιορισμένο βαθμό (Robinson, Faris & Wind 1967).',
  'keep-the-routine': STRAIGHT,
  'automate-reordering':
    'Οι υφιστάμενοι προμηθευτές διατηρούν μια απλή επαναγορά εξοικονομώντας χρόνο στον αγοραστή: «often propose automatic reordering systems» (Kotler & Armstrong, Principles of Marketing, εκδόσεις πριν από τη 17η, κεφ. 6).',
  'reframe-the-need': `${STRAIGHT} Οι εξωτερικοί προμηθευτές προσπαθούν να προσφέρουν κάτι νέο ή να αξιοποιήσουν τη δυσαρέσκεια, ώστε ο αγοραστής να τους εξετάσει.`,
  'win-a-trial-order':
    'Οι εξωτερικοί προμηθευτές «find new ways to add value or exploit dissatisfaction» (Kotler & Armstrong, 17η έκδ., κεφ. 6)· μια μικρή δοκιμαστική παραγγελία μειώνει τον κίνδυνο του αγοραστή να τους δοκιμάσει (δοκιμαστική αγορά, The Marketing Book, 5η έκδ., κεφ. 7, σ. 149) — η τακτική είναι ανάγνωση του buygrid.',
  'prove-reliability':
    'Σε μια αγορά στρατηγικής σημασίας το κέντρο αγορών αντιλαμβάνεται μεγαλύτερο κίνδυνο και δίνει μεγάλο βάρος στην αξιοπιστία του προμηθευτή (ένα γαλλικό κείμενο διδασκαλίας B2B μάρκετινγκ, κατά τους Salle, Valla & Michel της σχολής της Λυών· από ένα τεταρτημόριο Kraljic, ανάγνωση του buygrid: στρατηγικά είδη και είδη συμφόρησης).',
  'perform-the-contract':
    'Σοβαρές ή επαναλαμβανόμενες πλημμέλειες κατά την εκτέλεση προηγούμενης δημόσιας σύμβασης, που οδήγησαν σε πρόωρη καταγγελία, αποζημιώσεις ή άλλες παρόμοιες κυρώσεις, είναι λόγος αποκλεισμού (Οδηγία 2014/24/ΕΕ, άρθρο 57 παρ. 4 στοιχ. ζ).',
  'watch-the-notices':
    'Πάνω από τα ενωσιακά όρια, μια διαδικασία προκηρύσσεται με προκηρύξεις που δημοσιεύονται στην Επίσημη Εφημερίδα της ΕΕ (Οδηγία 2014/24/ΕΕ, άρθρα 48, 49, 51).',
  'join-market-consultation':
    'Μια αναθέτουσα αρχή μπορεί να διαβουλευθεί με την αγορά για να προετοιμάσει μια σύμβαση και να χρησιμοποιήσει τις συμβουλές μόνο αν αυτό δεν νοθεύει τον ανταγωνισμό ούτε παραβιάζει τις αρχές της απαγόρευσης των διακρίσεων και της διαφάνειας (Οδηγία 2014/24/ΕΕ, άρθρο 40). Οι πληροφορίες ενός υποψηφίου που συμμετείχε κοινοποιούνται στους άλλους υποψηφίους, και ο υποψήφιος αποκλείεται όταν η ίση μεταχείριση δεν μπορεί να διασφαλιστεί αλλιώς (άρθρα 41, 57 παρ. 4 στοιχ. στ)· οι προδιαγραφές δεν επιτρέπεται να αναφέρονται σε κατασκευή ή προέλευση που ευνοεί έναν προμηθευτή, εκτός αν το αντικείμενο της σύμβασης το δικαιολογεί (άρθρο 42 παρ. 4).',
  'qualify-for-the-procedure':
    'Οι υποψήφιοι επιλέγονται με τα κριτήρια του άρθρου 58 της Οδηγίας 2014/24/ΕΕ, αφού ελεγχθούν οι λόγοι αποκλεισμού του άρθρου 57· το ΕΕΕΣ γίνεται δεκτό ως προκαταρκτική απόδειξη (άρθρο 59).',
  'follow-the-procedure':
    'Οι αναθέτουσες αρχές αντιμετωπίζουν τους οικονομικούς φορείς ισότιμα και ενεργούν με διαφάνεια (Οδηγία 2014/24/ΕΕ, άρθρο 18 παρ. 1) και αναθέτουν στην πλέον συμφέρουσα από οικονομική άποψη προσφορά βάσει των δημοσιευμένων κριτηρίων (άρθρο 67)· η απόπειρα αθέμιτου επηρεασμού της απόφασης ή απόκτησης εμπιστευτικών πληροφοριών είναι λόγος αποκλεισμού (άρθρο 57 παρ. 4 στοιχ. θ).',
  'follow-the-call-off-terms':
    'Οι συμβάσεις που βασίζονται σε συμφωνία-πλαίσιο ανατίθενται εντός των όρων της ή μετά από νέο διαγωνισμό μεταξύ των μερών της (Οδηγία 2014/24/ΕΕ, άρθρο 33 παρ. 3–5).',
  'prepare-for-the-next-framework':
    'Οι συμβάσεις που βασίζονται σε συμφωνία-πλαίσιο ανατίθενται μόνο μεταξύ των αναθετουσών αρχών και των οικονομικών φορέων που είναι μέρη της (Οδηγία 2014/24/ΕΕ, άρθρο 33 παρ. 2).',
  'join-the-dynamic-purchasing-system':
    'Ένα δυναμικό σύστημα αγορών παραμένει ανοικτό, καθ’ όλη τη διάρκεια ισχύος του, σε κάθε οικονομικό φορέα που πληροί τα κριτήρια επιλογής (Οδηγία 2014/24/ΕΕ, άρθρο 34), και κάθε συμμετέχων που έγινε δεκτός καλείται σε κάθε συγκεκριμένη σύμβαση (άρθρο 34 παρ. 6).',
  'check-the-national-rules':
    'Η Οδηγία εφαρμόζεται πάνω από τα όρια του άρθρου 4 της Οδηγίας 2014/24/ΕΕ· για χαμηλότερες αξίες ισχύουν εθνικοί κανόνες, οι οποίοι πρέπει ωστόσο να σέβονται τις γενικές αρχές του δικαίου της ΕΕ (Ευρωπαϊκή Επιτροπή, «Thresholds»).',
  'answer-the-invitation':
    'Η διαδικασία με διαπραγμάτευση χωρίς προηγούμενη δημοσίευση επιτρέπεται μόνο στις περιπτώσεις του άρθρου 32 της Οδηγίας 2014/24/ΕΕ (καμία κατάλληλη προσφορά σε προηγούμενη διαδικασία, ένας μόνο δυνατός προμηθευτής, κατεπείγουσα ανάγκη, συμπληρωματικές παραδόσεις…).',
};

const size =
  (band: string) =>
  (p: SizeBandParams, f: Format): string => {
    const money = [
      p.turnover === undefined ? '' : `κύκλος εργασιών ${euro(p.turnover, f)}`,
      p.balanceSheet === undefined ? '' : `σύνολο ισολογισμού ${euro(p.balanceSheet, f)}`,
    ].filter((x) => x !== '');
    return money.length === 0
      ? `${employees(p.employees, f)}: ${band} επιχείρηση με βάση το προσωπικό (όρια της ΕΕ 10, 50, 250· ο κύκλος εργασιών και ο ισολογισμός δεν δόθηκαν).`
      : `${employees(p.employees, f)}, ${money.join(', ')}: ${band} επιχείρηση (όρια της ΕΕ: προσωπικό 10, 50, 250· κύκλος εργασιών 2, 10, 50 εκατ. € ή σύνολο ισολογισμού 2, 10, 43 εκατ. €).`;
  };

const axis =
  (name: string) =>
  (p: PortfolioAxisParams, f: Format): string => {
    const entries = Object.entries<number>(p.subcriteria ?? {});
    const subs = entries.map(([sub, v]) => `${sub} ${f.number(v, 3)}`).join(', ');
    const from =
      entries.length === 0
        ? ''
        : p.aggregate === 'mean'
          ? ` (ο μέσος όρος των ${subs})`
          : p.decidedBy === undefined || entries.length === 1
            ? ` (από ${subs})`
            : ` (καθορίζεται από το ${p.decidedBy}, το μεγαλύτερο από ${subs})`;
    const high = p.value >= p.threshold;
    return `${name}${from}: ${against(p.value, p.threshold, f)}, ${high ? 'ίσο ή πάνω από' : 'κάτω από'} το όριο ${f.number(p.threshold, 12)}: ${high ? 'υψηλό' : 'χαμηλό'}.`;
  };

const threshold = (p: ThresholdParams, f: Format): string => {
  const below = p.amount < p.threshold;
  const subject = { supplies: 'προμήθειες', services: 'υπηρεσίες', works: 'έργα' }[p.subject];
  const assumed =
    p.authority === undefined && p.subject !== 'works'
      ? ' (το επίπεδο της αρχής δεν δόθηκε: θεωρείται το χαμηλότερο όριο, των κεντρικών κυβερνητικών αρχών)'
      : '';
  const regulation = p.regulation.replace('Commission Delegated Regulation (EU)', 'Κατ’ εξουσιοδότηση Κανονισμός (ΕΕ)');
  return `${exact(p.amount, f)} για ${subject}: ${below ? 'κάτω από' : 'ίσο ή πάνω από'} το ενωσιακό όριο των ${exact(p.threshold, f)}${assumed} (${regulation}, ${p.validFrom.slice(0, 4)}–${p.validUntil.slice(0, 4)}): ${below ? 'ισχύουν εθνικοί κανόνες' : 'εφαρμόζεται η Οδηγία 2014/24/ΕΕ'}.`;
};

const PROFILE_ANSWERS = {
  'supplier-relationship': {
    new: 'Ο προμηθευτής είναι νέος για τον αγοραστή',
    known: 'Ο αγοραστής γνωρίζει τον προμηθευτή αλλά δεν αγοράζει αυτό από αυτόν τώρα',
    incumbent: 'Ο προμηθευτής είναι ο υφιστάμενος',
  },
  'after-sales-dependency': {
    high: 'Ο αγοραστής εξαρτάται πολύ από την εξυπηρέτηση μετά την πώληση',
    moderate: 'Ο αγοραστής εξαρτάται μέτρια από την εξυπηρέτηση μετά την πώληση',
    low: 'Ο αγοραστής εξαρτάται λίγο από την εξυπηρέτηση μετά την πώληση',
  },
  currency: {
    different: 'Ο προμηθευτής τιμολογεί σε άλλο νόμισμα από του αγοραστή',
    same: 'Αγοραστής και προμηθευτής έχουν το ίδιο νόμισμα',
  },
  importance: {
    strategic: 'Η αγορά είναι στρατηγικής σημασίας',
    banal: 'Η αγορά είναι αγορά ρουτίνας',
    unanswered: 'Η σημασία της αγοράς δεν είναι γνωστή (θεωρείται μια μέση τιμή)',
  },
  buyclass: {
    'new-task': 'Η αγορά είναι νέα αγορά',
    'modified-rebuy': 'Η αγορά είναι τροποποιημένη επαναγορά',
    'straight-rebuy': 'Η αγορά είναι απλή επαναγορά',
    unanswered: 'Η κατηγορία αγοράς δεν είναι γνωστή (θεωρείται μια μέση τιμή)',
  },
} as const;

/** `says: αυξάνει την αβεβαιότητα για …· τις συνέπειες για ….` */
const raises = (says: string, p: ProfileAnswerParams<unknown>, f: Format): string => {
  const parts = [
    p.uncertainty.length === 0 ? '' : `την αβεβαιότητα για ${dims(p.uncertainty, f)}`,
    p.consequence.length === 0 ? '' : `τις συνέπειες για ${dims(p.consequence, f)}`,
  ].filter((x) => x !== '');
  return `${says}: αυξάνει ${parts.join('· ')}.`;
};

const skip = (p: Extract<GuardParams, { guard: 'skip-not-allowed' }>, f: Format): string => {
  const route = `από το στάδιο ${stepName(p.from, f)} στο στάδιο ${stepName(p.to, f)}`;
  if (p.requires === 'known-suppliers')
    return `η μετάβαση ${route} χρειάζεται γνωστούς προμηθευτές· δεν δόθηκε κανένας στην αρχή`;
  if (p.requires === 'incumbent') return `η μετάβαση ${route} χρειάζεται υφιστάμενο προμηθευτή· δεν υπάρχει`;
  const whose =
    p.procedure === undefined
      ? `αυτής της προμήθειας (${f.label('buyclass', p.buyclass)})`
      : p.procedure === 'below-threshold'
        ? 'μιας δημόσιας προμήθειας κάτω από τα ενωσιακά όρια'
        : `της διαδικασίας «${f.label('procedure', p.procedure)}»`;
  return `η πολιτική ${whose} δεν επιτρέπει παράλειψη ${route}`;
};

const shortlist = (p: Extract<GuardParams, { guard: 'min-shortlisted' }>, f: Format): string => {
  if (p.inviteAll === 'always' && p.undecided.length > 0)
    return `κάθε προμηθευτής που δεν έχει αποκλειστεί καλείται να υποβάλει προσφορά${under(p.procedure, f)}· προεπιλέξτε ή αποκλείστε πρώτα: ${quoted(p.undecided, f)}`;
  const fewer = p.inviteAll === 'if-fewer' ? ', ή όλους όσοι πληρούν τις προϋποθέσεις αν είναι λιγότεροι' : '';
  const undecided =
    p.inviteAll === 'if-fewer' && p.undecided.length > 0
      ? `, και για ${quoted(p.undecided, f)} δεν έχει αποφασιστεί ακόμη (ούτε προεπιλογή ούτε αποκλεισμός)`
      : '';
  return `η διαπραγμάτευση χρειάζεται τουλάχιστον ${f.plural(p.minShortlisted, { one: '# προεπιλεγμένο προμηθευτή', other: '# προεπιλεγμένους προμηθευτές' })}${under(p.procedure, f)}${fewer}· προεπιλεγμένοι τώρα: ${f.number(p.shortlisted)}${undecided}`;
};

const guard = (p: GuardParams, f: Format): string => {
  switch (p.guard) {
    case 'chronological':
      return `το γεγονός έχει ημερομηνία ${p.at}, πριν από το τελευταίο γεγονός της προμήθειας (${p.last})`;
    case 'role': {
      const needed = `το γεγονός ${eventName(p.event, f)} πρέπει να καταγραφεί από μέλος του κέντρου αγορών με ρόλο ${p.roles.map((r) => f.label('role', r)).join(' ή ')}`;
      if (p.by === undefined) return `${needed}· δεν δόθηκε μέλος (by)`;
      if (p.held === undefined) return `${needed}· το "${p.by}" δεν είναι μέλος`;
      return `${needed}· ρόλοι του "${p.by}": ${p.held.length === 0 ? 'κανένας' : roles(p.held, f)}`;
    }
    case 'duplicate-id':
      return p.of === 'requirement'
        ? `η απαίτηση "${p.id}" υπάρχει ήδη στις προδιαγραφές`
        : `ο προμηθευτής "${p.id}" είναι ήδη στη λίστα (${f.label('supplierStatus', p.status)})`;
    case 'unknown-requirement':
      return `δεν υπάρχει απαίτηση "${p.id}" στις προδιαγραφές`;
    case 'must-requirement':
      return 'οι προδιαγραφές χρειάζονται τουλάχιστον μία υποχρεωτική απαίτηση πριν εγκριθούν· δεν έχουν καμία';
    case 'unknown-supplier':
      return `δεν υπάρχει προμηθευτής "${p.id}" στη λίστα αυτής της προμήθειας`;
    case 'excluded-supplier':
      return `ο προμηθευτής "${p.id}" έχει αποκλειστεί`;
    case 'min-shortlisted':
      return shortlist(p, f);
    case 'not-shortlisted':
      return `μια προσφορά από τον "${p.id}" προϋποθέτει ότι ο προμηθευτής έχει πρώτα προεπιλεγεί· είναι ${f.label('supplierStatus', p.status)}`;
    case 'no-negotiation':
      return `ο "${p.id}" έχει ήδη υποβάλει προσφορά, και οι προσφορές δεν αποτελούν αντικείμενο διαπραγμάτευσης${under(p.procedure, f)}`;
    case 'min-offers':
      return `η απόφαση χρειάζεται προσφορές από τουλάχιστον ${f.plural(p.minOffers, { one: '# προμηθευτή', other: '# προμηθευτές' })}${under(p.procedure, f)}· ελήφθησαν: ${f.plural(p.offers, { one: '# προσφορά', other: '# προσφορές' })}`;
    case 'no-offer':
      return `ο προμηθευτής "${p.id}" δεν έχει υποβάλει προσφορά${p.reorderWithoutOffer ? ' (μόνο από τον υφιστάμενο προμηθευτή επιτρέπεται επαναπαραγγελία χωρίς προσφορά)' : ''}`;
    case 'not-earlier-step':
      return `η επιστροφή γίνεται σε προηγούμενο στάδιο· το στάδιο ${stepName(p.to, f)} δεν προηγείται του «${status(p.status, f)}»`;
    case 'skip-not-allowed':
      return skip(p, f);
  }
};

const REVISIT_SPECIFICATION = {
  'in-supplier':
    'Ο αγοραστής επαναπροσδιορίζει τι θα αγοράσει: συμμετέχετε στις νέες προδιαγραφές και υπερασπιστείτε τον πελάτη — η θέση ενός υφιστάμενου προμηθευτή δεν είναι ασφαλής σε μια τροποποιημένη επαναγορά.',
  'out-supplier':
    'Ο αγοραστής επαναπροσδιορίζει τι θα αγοράσει: μια ευκαιρία — φροντίστε να σας συμβουλευτούν για τις νέες προδιαγραφές.',
} as const;

/** One template per message code, in Greek. */
const messages = {
  'purchased-before': () =>
    'Το είδος έχει αγοραστεί και στο παρελθόν: επαναγορά, απλή ή τροποποιημένη, εκτός αν το πρόβλημα έχει γίνει νέο.',
  'first-purchase': () => 'Το είδος δεν έχει αγοραστεί ποτέ: εξ ορισμού νέα αγορά.',
  'specification-changed': () =>
    'Οι προδιαγραφές άλλαξαν από την τελευταία αγορά: τροποποιημένη επαναγορά, ή νέα αγορά αν το πρόβλημα είναι νέο.',
  'specification-unchanged': () =>
    'Οι προδιαγραφές δεν άλλαξαν: απλή επαναγορά, εκτός αν αλλάξουν η τιμή, οι όροι ή ο προμηθευτής.',
  'incumbent-satisfies': () => 'Ο αγοραστής είναι ικανοποιημένος από τον υφιστάμενο προμηθευτή: απλή επαναγορά.',
  'incumbent-dissatisfies': () =>
    'Ο αγοραστής δεν είναι ικανοποιημένος από τον υφιστάμενο προμηθευτή: τροποποιημένη επαναγορά, ή νέα αγορά αν το πρόβλημα είναι νέο.',
  'new-suppliers-considered': () =>
    'Εξετάζονται νέοι προμηθευτές: νέα αγορά ή τροποποιημένη επαναγορά, όχι απλή επαναγορά.',
  'no-new-suppliers': () => 'Δεν εξετάζεται κανένας νέος προμηθευτής: απλή επαναγορά.',
  'novelty-high': () => 'Το πρόβλημα είναι νέο για τους αγοραστές: νέα αγορά.',
  'novelty-medium': () => 'Το πρόβλημα είναι εν μέρει νέο για τους αγοραστές: τροποποιημένη επαναγορά.',
  'novelty-low': () => 'Το πρόβλημα είναι γνώριμο στους αγοραστές: απλή επαναγορά.',
  'information-need-high': () => 'Οι αγοραστές χρειάζονται πολλές πληροφορίες: νέα αγορά.',
  'information-need-medium': () => 'Οι αγοραστές χρειάζονται κάποιες πληροφορίες: τροποποιημένη επαναγορά.',
  'information-need-low': () => 'Οι αγοραστές χρειάζονται λίγες πληροφορίες: απλή επαναγορά.',
  'secure-partnership': () =>
    'Διαχείριση εφοδιασμού: αναλύστε τη θέση ισχύος και κατόπιν εκμεταλλευτείτε, εξισορροπήστε ή διαφοροποιήστε· χτίστε μακροχρόνιες συνεργασίες που εξασφαλίζουν τον εφοδιασμό. Αποφασίζεται από την ανώτατη διοίκηση.',
  'exploit-purchasing-power': () =>
    'Διαχείριση υλικών: αξιοποιήστε την αγοραστική δύναμη — διαγωνισμοί, τιμές-στόχοι, υποκατάσταση προϊόντων ή προμηθευτών. Αποφασίζεται από τον προϊστάμενο προμηθειών.',
  'secure-volume': () =>
    'Διαχείριση πηγών προμήθειας: εξασφαλίστε όγκο και συνέχεια — ασφάλιση όγκου, έλεγχος προμηθευτών, απόθεμα ασφαλείας, εναλλακτικά σχέδια. Αποφασίζεται από τους προϊσταμένους τμημάτων.',
  'streamline-buying': () =>
    'Διαχείριση αγορών: αγοράστε αποδοτικά — τυποποίηση, ομαδοποίηση παραγγελιών, βελτιστοποίηση ποσοτήτων παραγγελίας και αποθεμάτων. Αποφασίζεται από τους αγοραστές.',
  'organization-type-assumed': () => 'Ο τύπος του οργανισμού δεν δόθηκε: θεωρείται επιχείρηση.',
  'regime-public-law': () =>
    'Ένας οργανισμός δημοσίου δικαίου είναι αναθέτουσα αρχή (Οδηγία 2014/24/ΕΕ, άρθρο 2 παρ. 1 σημείο 4): αγοράζει σύμφωνα με τους κανόνες των δημόσιων συμβάσεων.',
  'no-decider': () => 'Κανένα μέλος δεν είναι γνωστό ότι αποφασίζει: βρείτε ποιος λέει ναι ή όχι στην αγορά.',
  'no-champion': () => 'Κανένας ένθερμος υποστηρικτής: χωρίς αυτόν, πολλές αγορές δεν γίνονται ποτέ (Bonoma 1982).',
  'single-select': () =>
    'Το Salesforce OpportunityContactRole.Role δέχεται μία τιμή: γράψτε εκεί την πρώτη, ή το `value` στο πεδίο πολλαπλής επιλογής AccountContactRelation.Roles.',
  'derived-demand': () =>
    'Η ζήτηση μιας επιχείρησης είναι παράγωγη: προκύπτει από τη ζήτηση των δικών της πελατών (ένα γαλλικό κείμενο διδασκαλίας B2B μάρκετινγκ: η απόφαση του πελάτη εξαρτάται σε μεγάλο βαθμό από τις ανάγκες των δικών του πελατών).',
  'fact-not-applicable': (p: MessageParams['fact-not-applicable'], f: Format): string =>
    `Δεν ισχύει για πρώτη αγορά, οπότε αγνοείται: ${f.list(p.facts)}.`,
  'facts-missing': (p: MessageParams['facts-missing'], f: Format): string =>
    `Δεν είναι γνωστό, οπότε η βεβαιότητα είναι μικρότερη: ${f.list(p.facts)}.`,
  'mixed-profile': (p: MessageParams['mixed-profile'], f: Format): string =>
    `Μικτό προφίλ: ${f.list(p.facts)} δεν ${f.plural(p.facts.length, { one: 'ταιριάζει', other: 'ταιριάζουν' })} πλήρως με «${f.label('buyclass', p.buyclass)}».`,
  'rebuy-undecided': (p: MessageParams['rebuy-undecided'], f: Format): string =>
    `Τα γνωστά στοιχεία δεν ξεχωρίζουν «${f.label('buyclass', p.buyclass)}» από «${f.label('buyclass', p.runnerUp)}»· θεωρείται αυτή με την περισσότερη αγοραστική εργασία.`,
  'profit-impact-high': axis('Επίδραση στο κέρδος'),
  'profit-impact-low': axis('Επίδραση στο κέρδος'),
  'supply-risk-high': axis('Κίνδυνος εφοδιασμού'),
  'supply-risk-low': axis('Κίνδυνος εφοδιασμού'),
  'strategic-purchase': (p: MessageParams['strategic-purchase']): string =>
    p.quadrant === 'bottleneck' ? STRATEGIC_BOTTLENECK : STRATEGIC_STRATEGIC,
  'banal-purchase': (p: MessageParams['banal-purchase']): string =>
    p.quadrant === 'leverage' ? BANAL_LEVERAGE : BANAL_NONCRITICAL,
  'organization-type': (p: MessageParams['organization-type'], f: Format): string =>
    `Ο αγοραστής: ${f.label('organizationType', p.type)}.`,
  'size-micro': size('πολύ μικρή'),
  'size-small': size('μικρή'),
  'size-medium': size('μεσαία'),
  'size-large': size('μεγάλη'),
  'no-size-band': (p: MessageParams['no-size-band'], f: Format): string =>
    `${employees(p.employees, f)}· καμία κατηγορία μεγέθους: τα όρια της ΕΕ (Σύσταση 2003/361/ΕΚ) ορίζουν επιχειρήσεις, όχι ${p.type === 'public-body' ? 'οργανισμούς του Δημοσίου' : 'ιδρύματα'}.`,
  'regime-default': (p: MessageParams['regime-default'], f: Format): string =>
    p.type === 'public-body'
      ? REGIME_PUBLIC_BODY
      : `Όχι οργανισμός δημοσίου δικαίου: ${f.label('organizationType', p.type)} που αγοράζει με το ιδιωτικό καθεστώς.`,
  'regime-assumed': (p: MessageParams['regime-assumed']): string =>
    p.type === 'institution'
      ? 'Ένα ίδρυμα θεωρείται ότι αγοράζει με το ιδιωτικό καθεστώς· πολλά νοσοκομεία, πανεπιστήμια και σχολεία με δημόσια χρηματοδότηση είναι οργανισμοί δημοσίου δικαίου (Οδηγία 2014/24/ΕΕ, άρθρο 2 παρ. 1 σημείο 4) και αγοράζουν με τους δημόσιους κανόνες: δώστε publicLaw: true.'
      : 'Μια επιχείρηση θεωρείται ότι αγοράζει με το ιδιωτικό καθεστώς (εκτός αν είναι οργανισμός δημοσίου δικαίου, Οδηγία 2014/24/ΕΕ, άρθρο 2 παρ. 1 σημείο 4: δώστε publicLaw: true).',
  'regime-given': (p: MessageParams['regime-given'], f: Format): string =>
    `Το καθεστώς δόθηκε: ${f.label('regime', p.regime)}.`,
  'buyclass-given': (p: MessageParams['buyclass-given'], f: Format): string =>
    `Η κατηγορία αγοράς δόθηκε: ${f.label('buyclass', p.buyclass)}.`,
  'threshold-not-applicable': (): string =>
    'Τα ενωσιακά όρια δεσμεύουν τις αναθέτουσες αρχές· ένας ιδιώτης αγοραστής δεν είναι αναθέτουσα αρχή, οπότε η αξία δεν συγκρίνεται.',
  'threshold-not-checked': (p: MessageParams['threshold-not-checked']): string =>
    p.currency === undefined
      ? 'Δεν δόθηκε αξία σύμβασης: το ενωσιακό όριο δεν ελέγχθηκε (κάτω από αυτό ισχύουν εθνικοί κανόνες).'
      : `Η αξία είναι σε ${p.currency}· τα ενωσιακά όρια είναι σε ευρώ: μετατρέψτε την (η Επιτροπή δημοσιεύει τα ισοδύναμα σε εθνικά νομίσματα).`,
  'below-threshold': threshold,
  'above-threshold': threshold,
  'procedure-given': (p: MessageParams['procedure-given'], f: Format): string =>
    `Η διαδικασία δόθηκε: ${f.label('procedure', p.procedure)}.`,
  'procedure-below-threshold': (): string =>
    'Κάτω από το όριο η διαδικασία ακολουθεί εθνικούς κανόνες (το buygrid θεωρεί το ιδιωτικό ελάχιστο: αντικαταστήστε το).',
  'procedure-default': (p: MessageParams['procedure-default']): string =>
    `Θεωρείται η ανοικτή διαδικασία, η πιο συνηθισμένη (Οδηγία 2014/24/ΕΕ, άρθρο 27).${p.buyclass === 'straight-rebuy' ? ' Μια δημόσια επαναπαραγγελία ρουτίνας είναι συνήθως εκτελεστική σύμβαση συμφωνίας-πλαισίου (άρθρο 33): δώστε procedure "framework-call-off".' : ''}`,
  'shape-the-specification': (): string => ACTIONS['shape-the-specification'],
  'get-in-early': (): string => ACTIONS['get-in-early'],
  'leverage-the-relationship': (): string => ACTIONS['leverage-the-relationship'],
  'reach-the-whole-center': (): string => ACTIONS['reach-the-whole-center'],
  'reduce-perceived-risk': (): string => ACTIONS['reduce-perceived-risk'],
  'defend-the-account': (): string => ACTIONS['defend-the-account'],
  'fix-dissatisfaction': (): string => ACTIONS['fix-dissatisfaction'],
  'seize-the-opening': (): string => ACTIONS['seize-the-opening'],
  'get-on-the-shortlist': (): string => ACTIONS['get-on-the-shortlist'],
  'keep-the-routine': (): string => ACTIONS['keep-the-routine'],
  'automate-reordering': (): string => ACTIONS['automate-reordering'],
  'reframe-the-need': (): string => ACTIONS['reframe-the-need'],
  'win-a-trial-order': (): string => ACTIONS['win-a-trial-order'],
  'prove-reliability': (): string => ACTIONS['prove-reliability'],
  'perform-the-contract': (): string => ACTIONS['perform-the-contract'],
  'watch-the-notices': (): string => ACTIONS['watch-the-notices'],
  'join-market-consultation': (): string => ACTIONS['join-market-consultation'],
  'qualify-for-the-procedure': (): string => ACTIONS['qualify-for-the-procedure'],
  'follow-the-procedure': (): string => ACTIONS['follow-the-procedure'],
  'follow-the-call-off-terms': (): string => ACTIONS['follow-the-call-off-terms'],
  'prepare-for-the-next-framework': (): string => ACTIONS['prepare-for-the-next-framework'],
  'join-the-dynamic-purchasing-system': (): string => ACTIONS['join-the-dynamic-purchasing-system'],
  'check-the-national-rules': (): string => ACTIONS['check-the-national-rules'],
  'answer-the-invitation': (): string => ACTIONS['answer-the-invitation'],
  // risk
  'supplier-relationship': (p: MessageParams['supplier-relationship'], f: Format): string =>
    raises(PROFILE_ANSWERS['supplier-relationship'][p.answer], p, f),
  'buys-from-competitor': (p: MessageParams['buys-from-competitor'], f: Format): string =>
    raises(
      p.answer
        ? 'Ο πελάτης αγοράζει τώρα αυτό από έναν ανταγωνιστή, άρα θα άλλαζε προμηθευτή'
        : 'Ο πελάτης δεν αγοράζει αυτό από ανταγωνιστή',
      p,
      f,
    ),
  'lead-time-critical': (p: MessageParams['lead-time-critical'], f: Format): string =>
    raises(p.answer ? 'Οι χρόνοι παράδοσης είναι κρίσιμοι' : 'Οι χρόνοι παράδοσης δεν είναι κρίσιμοι', p, f),
  currency: (p: MessageParams['currency'], f: Format): string => raises(PROFILE_ANSWERS.currency[p.answer], p, f),
  'after-sales-dependency': (p: MessageParams['after-sales-dependency'], f: Format): string =>
    raises(PROFILE_ANSWERS['after-sales-dependency'][p.answer], p, f),
  importance: (p: MessageParams['importance'], f: Format): string => raises(PROFILE_ANSWERS.importance[p.answer], p, f),
  buyclass: (p: MessageParams['buyclass'], f: Format): string => raises(PROFILE_ANSWERS.buyclass[p.answer], p, f),
  'budget-share': (p: MessageParams['budget-share'], f: Format): string => {
    const says =
      p.budgetShare === undefined
        ? 'Το μερίδιο του προϋπολογισμού δεν είναι γνωστό (θεωρείται μια μέση τιμή)'
        : `Η αγορά απορροφά το ${f.percent(p.budgetShare)} του προϋπολογισμού`;
    const shares = (Object.entries(p.consequence) as [RiskDimension, number][]).map(
      ([d, v]) => `${f.label('dimension', d)} ${f.number(v, 3)}`,
    );
    return `${says}: συνέπειες για ${f.list(shares)}.`;
  },
  given: (p: MessageParams['given'], f: Format): string =>
    `Δόθηκαν ρητά${p.overridingProfile ? ' (υπερισχύουν του προφίλ)' : ''}: ${dims(p.dimensions, f)}.`,
  situation: (p: MessageParams['situation'], f: Format): string =>
    `Από την αγοραστική κατάσταση: ${f.list([
      ...(p.importance === undefined ? [] : [`σημασία: ${f.label('importance', p.importance)}`]),
      ...(p.buyclass === undefined ? [] : [`κατηγορία αγοράς: ${f.label('buyclass', p.buyclass)}`]),
    ])}.`,
  'profile-over-situation': (p: MessageParams['profile-over-situation'], f: Format): string =>
    `Η απάντηση του προφίλ υπερισχύει της κατάστασης: ${f.list([
      ...(p.importance === undefined || p.situationImportance === undefined
        ? []
        : [
            `σημασία: ${f.label('importance', p.importance)} (η κατάσταση λέει: ${f.label('importance', p.situationImportance)})`,
          ]),
      ...(p.buyclass === undefined || p.situationBuyclass === undefined
        ? []
        : [
            `κατηγορία αγοράς: ${f.label('buyclass', p.buyclass)} (η κατάσταση λέει: ${f.label('buyclass', p.situationBuyclass)})`,
          ]),
    ])}.`,
  'situation-without-profile': (): string =>
    'Η κατάσταση απλώς αντικαθιστά τη σημασία και την κατηγορία αγοράς του προφίλ· χωρίς προφίλ δεν αλλάζει τίποτα.',
  'not-assessed': (p: MessageParams['not-assessed'], f: Format): string =>
    `Δεν αξιολογήθηκαν (ούτε δόθηκαν ούτε προέκυψαν) και μένουν εκτός βαθμολογίας: ${dims(p.dimensions, f)}.`,
  'reducer-applied': (p: MessageParams['reducer-applied'], f: Format): string =>
    `Εφαρμόστηκε: ${REDUCERS[p.reducer]} (${p.reducer}): ${
      p.dimensions.length === 0
        ? 'δεν αφορά καμία αξιολογημένη πηγή κινδύνου'
        : `${p.targets === 'uncertainty' ? 'αβεβαιότητα' : 'συνέπειες'} για ${dims(p.dimensions, f)} × ${f.number(p.factor, 3)}`
    }.`,
  // buying center
  'single-threaded': (p: MessageParams['single-threaded'], f: Format): string =>
    `Το κέντρο αγορών έχει ${f.plural(p.members, { one: '# γνωστό μέλος', other: '# γνωστά μέλη' })}: μία επαφή είναι ένα μοναδικό σημείο αποτυχίας· προσεγγίστε περισσότερους από τους εμπλεκόμενους.`,
  'influential-blocker': (p: MessageParams['influential-blocker'], f: Format): string =>
    `${f.plural(p.names.length, { one: 'Πολέμιος με επιρροή', other: 'Πολέμιοι με επιρροή' })} (επιρροή ≥ ${f.number(p.threshold)}): ${f.list(p.names)}.`,
  'missing-role': (p: MessageParams['missing-role'], f: Format): string =>
    `Κανένας ${f.label('role', p.role)} για το στάδιο ${stepName(p.step, f)}: κανένα μέλος που ${ROLE_CLAUSES[p.role]}.`,
  'buyclass-base': (p: MessageParams['buyclass-base'], f: Format): string =>
    `${capital(f.label('buyclass', p.buyclass))}: βάση ${f.plural(p.base, { one: '# ατόμου', other: '# ατόμων' })} (για 250–999 εργαζόμενους, μέτρια πολυπλοκότητα, αγορά ρουτίνας).`,
  'complexity-factor': (p: MessageParams['complexity-factor'], f: Format): string =>
    `Επίπεδο πολυπλοκότητας ${f.label('level', p.complexity)}: × ${f.number(p.factor, 3)}.`,
  'importance-factor': (p: MessageParams['importance-factor'], f: Format): string =>
    `Αγορά ${f.label('importance', p.importance)}: × ${f.number(p.factor, 3)}.`,
  'employees-factor': (p: MessageParams['employees-factor'], f: Format): string =>
    `${employees(p.employees, f)}${p.below === undefined ? '' : ` (κάτω από ${f.number(p.below, 0)})`}: × ${f.number(p.factor, 3)}.`,
  'budget-share-factor': (p: MessageParams['budget-share-factor'], f: Format): string =>
    `${f.percent(p.budgetShare)} του προϋπολογισμού: × ${f.number(p.factor, 3)}${p.atLeast === undefined ? '' : `· σημαντικός προϋπολογισμός, οπότε δεν αποφασίζει ένα μόνο πρόσωπο (τουλάχιστον ${f.number(p.atLeast, 0)})`}.`,
  'capped-by-employees': (p: MessageParams['capped-by-employees'], f: Format): string =>
    `Όχι περισσότερα άτομα από τους εργαζόμενους (${f.number(p.employees, 0)}).`,
  // process
  terminal: (p: MessageParams['terminal'], f: Format): string =>
    `η προμήθεια ${f.label('outcome', p.status)}· δεν δέχεται άλλα γεγονότα${p.status === 'awarded' ? ' εκτός από αξιολόγηση της απόδοσης' : ''}`,
  'not-allowed': (p: MessageParams['not-allowed'], f: Format): string =>
    `το γεγονός ${eventName(p.event, f)} δεν γίνεται δεκτό στο στάδιο «${status(p.status, f)}»· δεκτά: ${p.accepted.length === 0 ? 'κανένα' : f.list(p.accepted.map((e) => f.label('eventType', e)))}`,
  guard,
  'criterion-leading': (p: MessageParams['criterion-leading'], f: Format): string =>
    `"${p.supplierId}": βαθμολογία ${f.number(p.score)}· τη μεγαλύτερη συμβολή έχει το ${p.criterion} (${f.number(p.contribution)}).`,
  'criterion-missing': (p: MessageParams['criterion-missing']): string =>
    `"${p.supplierId}": δεν προσφέρθηκε χρόνος παράδοσης: το ${p.criterion} βαθμολογείται με 0.`,
  'ranked-not-selected': (p: MessageParams['ranked-not-selected'], f: Format): string =>
    `${f.plural(p.offers, { one: '# προσφορά κατατάχθηκε', other: '# προσφορές κατατάχθηκαν' })} με βάση ${f.list(p.criteria.map((c) => `${c.criterion} ${f.number(c.weight)}`))}· η επιλογή μένει στον αγοραστή (supplierSelected).`,
  // crm
  mapped: (p: MessageParams['mapped'], f: Format): string =>
    'roles' in p
      ? `${p.crm} "${p.value}" → ${f.list([...p.roles.map((r) => f.label('role', r)), ...(p.stance === undefined ? [] : [`στάση: ${f.label('stance', p.stance)}`])])}.`
      : `${p.crm} "${p.value}" → ${p.step === undefined ? (p.outcome === undefined ? { open: 'ανοικτή', won: 'κερδήθηκε', lost: 'χάθηκε' }[p.deal] : f.label('outcome', p.outcome)) : f.label('step', p.step)}: ${p.why}`,
  'no-role': (p: MessageParams['no-role']): string =>
    `${p.crm} "${p.value}": δεν αντιστοιχεί σε κανέναν ρόλο του κέντρου αγορών.`,
  'unknown-value': (p: MessageParams['unknown-value']): string =>
    `Η τιμή ${JSON.stringify(p.value)} δεν υπάρχει στον πίνακα του ${p.crm}: μένει χωρίς αντιστοίχιση αντί να μαντέψουμε.`,
  'conflicting-stances': (p: MessageParams['conflicting-stances'], f: Format): string =>
    `Οι τιμές δηλώνουν διαφορετικές στάσεις (${f.list(p.stances.map((s) => f.label('stance', s)))}): δεν δίνεται στάση αντί να μαντέψουμε μία.`,
  'seller-view': (): string =>
    'Ένα στάδιο CRM παρακολουθεί την ευκαιρία του πωλητή, όχι τη διαδικασία του αγοραστή: το στάδιο είναι κατά προσέγγιση (ανάγνωση του buygrid).',
  closed: (p: MessageParams['closed']): string =>
    `Η ευκαιρία έκλεισε (${p.deal === 'won' ? 'κερδήθηκε' : 'χάθηκε'}): η προμήθεια δεν βρίσκεται σε κανένα ανοικτό στάδιο.`,
  'lost-ambiguous': (): string =>
    'Μια χαμένη ευκαιρία δεν λέει αν ο αγοραστής εγκατέλειψε την προμήθεια ή την ανέθεσε σε ανταγωνιστή: δεν δίνεται έκβαση· ένας λόγος απώλειας θα το έλεγε.',
  'unknown-stage': (p: MessageParams['unknown-stage']): string =>
    `Το ${JSON.stringify(p.stage)} δεν είναι στάδιο του πίνακα του ${p.crm} (προσαρμοσμένο στάδιο;): μένει χωρίς αντιστοίχιση αντί να μαντέψουμε· δώστε τον πίνακα της δικής σας ροής πωλήσεων.`,
  written: (p: MessageParams['written'], f: Format): string =>
    `${p.role === undefined ? (p.stance === undefined ? '' : `στάση: ${f.label('stance', p.stance)}`) : f.label('role', p.role)} → ${p.crm} "${p.value}".`,
  lost: (p: MessageParams['lost'], f: Format): string =>
    `Το ${p.crm} δεν έχει τιμή για: ${f.list([...p.roles.map((r) => f.label('role', r)), ...(p.stance === undefined ? [] : [`στάση: ${f.label('stance', p.stance)}`])])}· δεν γράφτηκε.`,
  // prospect
  'win-over-the-blocker': (): string =>
    'Ένα μέλος με επιρροή μπλοκάρει την αγορά ή εσάς: μάθετε την αντίρρησή του και απαντήστε της μέσω κάποιου που εμπιστεύεται.',
  'find-the-decider': (): string =>
    'Δεν είναι γνωστός κανένας αποφασίζων: βρείτε ποιος λέει ναι ή όχι και πώς θα τον προσεγγίσετε.',
  'follow-the-revisit': (p: MessageParams['follow-the-revisit'], f: Format): string =>
    p.regime === 'public-tender'
      ? `Ο αγοραστής επέστρεψε στο στάδιο ${stepName(p.step, f)}: ακολουθήστε τη διαδικασία όπως δημοσιεύθηκε και απαντήστε σε κάθε νέα πρόσκληση· μην προσπαθήσετε να την κατευθύνετε (Οδηγία 2014/24/ΕΕ, άρθρα 18 και 42).`
      : p.step === 'specification'
        ? REVISIT_SPECIFICATION[p.position]
        : p.position === 'in-supplier'
          ? `Ο αγοραστής επέστρεψε στο στάδιο ${stepName(p.step, f)}: μάθετε τι άλλαξε και απαντήστε πριν το κάνει ένας ανταγωνιστής.`
          : `Ο αγοραστής επέστρεψε στο στάδιο ${stepName(p.step, f)}: μάθετε τι άλλαξε — ένα στάδιο που ξανανοίγει είναι ευκαιρία να μπείτε.`,
  'revive-the-purchase': (): string =>
    'Δεν έχει συμβεί τίποτα εδώ και καιρό: τηλεφωνήστε στην επαφή σας, βρείτε τι εμποδίζει και προτείνετε το επόμενο συγκεκριμένο βήμα.',
  'meet-who-matters-now': (p: MessageParams['meet-who-matters-now'], f: Format): string =>
    `Συναντήστε τώρα: ${p.name} — το μέλος που βαραίνει περισσότερο στο στάδιο ${stepName(p.step, f)} και δεν είναι ακόμη με το μέρος σας.`,
  'reach-missing-roles': (p: MessageParams['reach-missing-roles'], f: Format): string =>
    `Κανένας από όσους γνωρίζετε δεν είναι ${p.roles.map((r) => f.label('role', r)).join(' ή ')}, όπως χρειάζεται το στάδιο ${stepName(p.step, f)}: βρείτε τους.`,
  'put-reducers-in-the-offer': (p: MessageParams['put-reducers-in-the-offer']): string =>
    `Βάλτε στην προσφορά: ${p.reducers.map((r) => REDUCERS[r]).join('· ')}.`,
  'prepare-the-terms': (p: MessageParams['prepare-the-terms']): string =>
    `Προετοιμάστε τη διαπραγμάτευση γύρω από τον κίνδυνο: ${p.terms.map((t) => TERMS[t]).join(' ')}`,
  'find-a-champion': (): string =>
    'Βρείτε έναν ένθερμο υποστηρικτή: κάποιον μέσα στον οργανισμό που θέλει αυτή την αγορά και θα την υποστηρίξει εσωτερικά.',
  'widen-the-contacts': (): string =>
    'Προσεγγίστε περισσότερους από τους εμπλεκόμενους: μία επαφή είναι ένα μοναδικό σημείο αποτυχίας.',
  'serve-the-purpose': (p: MessageParams['serve-the-purpose']): string =>
    ({
      resale:
        'Ο αγοραστής μεταπωλεί: αποφασίζει η ζήτηση των πελατών του — προσφέρετε περιθώριο κέρδους, διαθεσιμότητα και βοήθεια στη μεταπώληση.',
      production:
        'Ο αγοραστής παράγει με αυτό άλλα αγαθά: η συμμόρφωση με τις προδιαγραφές, η ποιότητα και η συνέχεια του εφοδιασμού μετρούν περισσότερο.',
      operations:
        'Ο αγοραστής το χρησιμοποιεί για τις δικές του εργασίες: το συνολικό κόστος χρήσης, η αξιοπιστία και η εξυπηρέτηση μετρούν περισσότερο.',
    })[p.purpose],
  'follow-downstream-demand': (p: MessageParams['follow-downstream-demand']): string =>
    ({
      growing:
        'Η ζήτηση των δικών του πελατών αυξάνεται: δείξτε ότι μπορείτε να ανταποκριθείτε — δυναμικότητα, χρόνοι παράδοσης, δυνατότητα κλιμάκωσης.',
      stable:
        'Η ζήτηση των δικών του πελατών είναι σταθερή: ανταγωνιστείτε στην αποδοτικότητα και την αξιοπιστία του εφοδιασμού.',
      declining:
        'Η ζήτηση των δικών του πελατών μειώνεται: περιμένετε πίεση στο κόστος και μικρότερους όγκους — προσφέρετε ευελιξία και μικρότερες δεσμεύσεις.',
    })[p.demand],
  stalled: (p: MessageParams['stalled'], f: Format): string =>
    `Κανένα γεγονός εδώ και ${days(Math.floor(p.days), f)} στο στάδιο ${stepName(p.step, f)} (θεωρείται σταματημένη μετά από ${days(p.after, f)}, μια παραδοχή).`,
  'going-back': (p: MessageParams['going-back'], f: Format): string =>
    `Η προμήθεια επέστρεψε στο στάδιο ${stepName(p.step, f)}: ο αγοραστής το ξανασκέφτεται.`,
  engage: (p: MessageParams['engage'], f: Format): string =>
    `${p.name} (${p.roles.length === 0 ? 'κανένας γνωστός ρόλος' : roles(p.roles, f)}): συμμετοχή ${f.number(p.participation)} στο στάδιο ${stepName(p.step, f)} × επιρροή ${f.number(p.influence)} = ${f.number(p.score)}${p.stance === undefined ? '' : `· ${f.label('stance', p.stance)}`}.`,
  'perceived-risk': (p: MessageParams['perceived-risk'], f: Format): string =>
    `Ο αντιλαμβανόμενος κίνδυνος του αγοραστή είναι ${f.label('riskLevel', p.level)} (${f.number(p.score)}), κυρίως λόγω: ${dims(p.drivers, f)}.`,
  'risk-driver': (p: MessageParams['risk-driver'], f: Format): string =>
    `Η πηγή «${f.label('dimension', p.dimension)}» καθορίζει τον αντιλαμβανόμενο κίνδυνο: διαμορφώνει τους όρους (ένα ολλανδικό κείμενο διδασκαλίας B2B μάρκετινγκ).`,
  approach: (p: MessageParams['approach']): string => ACTION_REASONS[p.action],
  purpose: (p: MessageParams['purpose']): string =>
    `Ο οργανισμός αγοράζει για ${{ resale: 'μεταπώληση', production: 'την παραγωγή άλλων αγαθών', operations: 'τις δικές του εργασίες' }[p.purpose]} (ένα ελληνικό κείμενο διδασκαλίας μάρκετινγκ)· τι ζητά αυτό από την προσφορά είναι ανάγνωση του buygrid.`,
  'payment-terms': (): string => PAYMENT,
  'performance-guarantee': (): string => PERFORMANCE,
  'delivery-commitment': (): string => DELIVERY,
  'supplier-assurance': (): string => ASSURANCE,
  'service-level': (): string => SERVICE,
  'currency-clause': (): string => CURRENCY,
  'shared-decision': (): string => SHARED,
  stage: (p: MessageParams['stage'], f: Format): string =>
    `Κέρδισε ${f.number(p.won)} από ${f.plural(p.awarded, { one: '# ανατεθειμένη προμήθεια', other: '# ανατεθειμένες προμήθειες' })}${p.latestWon ? ', μαζί και την τελευταία' : ''}: ${texts['account-history'].stages[p.stage]} (κατά Ford 1980· τα όρια είναι ανάγνωση του buygrid).`,
  relationship: (p: MessageParams['relationship']): string =>
    p.relationship === 'incumbent'
      ? `${p.supplierId}: κέρδισε την τελευταία ανάθεση· είναι ο υφιστάμενος προμηθευτής.`
      : p.relationship === 'known'
        ? `${p.supplierId}: συμμετείχε σε προηγούμενες προμήθειες αλλά δεν έχει την τελευταία ανάθεση.`
        : `${p.supplierId}: δεν εμφανίζεται σε καμία προμήθεια αυτού του πελάτη.`,
  trend: (p: MessageParams['trend'], f: Format): string =>
    `Από «${f.label('buyclass', p.from)}» σε «${f.label('buyclass', p.to)}»: ${texts['account-history'].trends[p.trend]}.`,
} satisfies Templates;

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
