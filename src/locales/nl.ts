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
import type { Procedure, Role } from '../_lib/vocabulary.js';
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
  reducer: {
    references: 'referenties van vergelijkbare klanten',
    trial: 'een proefbestelling of pilot',
    'site-visit': 'een bezoek aan de vestiging van de leverancier',
    certification: 'een certificering door een derde (kwaliteitssysteem, producttests)',
    warranty: 'een garantie',
    'sla-penalties': 'een service level agreement met boetes',
    'staged-payment': 'betaling in termijnen, tegen mijlpalen',
    'buyer-currency-pricing': 'prijzen in de valuta van de koper',
    'detailed-specification': 'een gedetailleerde specificatie',
    'stakeholder-involvement': 'de betrokken leden bij de keuze betrekken',
    'buffer-stock': 'een buffervoorraad',
    'dual-sourcing': 'een tweede bron',
    'currency-hedge': 'een valuta-afdekking (termijncontract)',
  },
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
      `${f.number(p.won)} van ${f.plural(p.awarded, { one: '# gunning', other: '# gunningen' })} gewonnen${p.share === undefined ? '' : ` (aandeel ${p.share})`}`,
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
      `de meeste open aankopen in de fase ${p.step} (${f.number(p.open)}${p.idle === undefined ? '' : `, mediane stilstand ${days(p.idle, f)}`})`,
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

const PAYMENT =
  'Bied betalingsvoorwaarden die het risico van de koper beperken: betaling in termijnen tegen mijlpalen, een prijsherzieningsclausule.';
const PERFORMANCE =
  'Neem acceptatietests en een prestatiegarantie op in het contract: de koper betaalt voor resultaten die hij kan controleren.';
const DELIVERY = 'Verbind je aan leverdata met boetes, en zeg hoe de toelevering is gewaarborgd.';
const ASSURANCE =
  'Verwacht vragen over je soliditeit: houd jaarrekeningen, referenties en een concern- of bankgarantie gereed.';
const SERVICE = 'Bied een service level agreement: responstijden en beschikbaarheid van reserveonderdelen, met boetes.';
const CURRENCY =
  'Prijs in de valuta van de koper of spreek een indexeringsclausule af: het wisselkoersrisico hoort bij de voorwaarden.';
const SHARED =
  'Geef de betrokkenen wat ze nodig hebben om de keuze intern te verdedigen: referenties van vakgenoten, een gezamenlijke evaluatie.';
const SHAPE =
  'Werk samen met de gebruikers en voorschrijvers terwijl zij de behoefte bepalen, zodat de specificatie bij je sterke punten past.';
const LEVERAGE =
  'Gebruik de toegang en het vertrouwen die je al bij de klant hebt om de behoefte vroeg te kennen en als eerste geraadpleegd te worden.';
const REACH = 'Informeer elk lid van het inkoopcentrum, technici en beslissers aan de top, niet alleen de inkoop.';
const REDUCE_RISK =
  'Bied referenties, een proef of pilot en een bedrijfsbezoek, zodat een voor hen nieuwe leverancier veilig lijkt.';
const DEFEND =
  'Zoek uit wat de koper veranderd wil zien en stel de verandering zelf voor, voordat een concurrent het doet.';
const FIX = 'Los klachten over kwaliteit, levering of prijs snel op; ontevredenheid zet de deur open voor anderen.';
const SEIZE =
  'Doe een aanbod dat precies beantwoordt aan wat de koper wil veranderen: een betere specificatie, prijs of voorwaarden.';
const SHORTLIST_ACT =
  'Laat je nu kwalificeren en op de shortlist zetten: de koper bekijkt een paar nieuwe leveranciers, niet allemaal.';
const KEEP = 'Houd kwaliteit, levering en service foutloos en bezoek de klant regelmatig: intensief commercieel werk.';
const AUTOMATE_ACT =
  'Bied automatisch nabestellen, raamcontracten of voorraadbeheer door de leverancier, zodat nabestellen bij jou geen moeite kost.';
const REFRAME =
  'Breng iets nieuws — een betere oplossing, lagere totale kosten — dat de koper doet heroverwegen, zodat de herhalingsbestelling een nieuwe aankoop wordt.';
const TRIAL_ACT = 'Vraag om een kleine proefbestelling en bewijs je daarmee.';
const PROVE =
  'Bewijs je betrouwbaarheid: financiële soliditeit, continuïteit van levering, certificeringen, verbintenis op lange termijn.';
const PERFORM_ACT =
  'Voer je huidige contract naar de letter uit: je staat van dienst is je referentie voor de volgende procedure.';
const WATCH_ACT =
  'Volg de vooraankondigingen en aankondigingen van opdrachten voor deze koper en dit onderwerp (TED en de nationale portalen).';
const CONSULT_ACT =
  'Beantwoord vóór de procedure de voorafgaande marktconsultatie van de koper met neutrale, op normen gebaseerde informatie die voor alle concurrenten open is — nooit een specificatie die rond je product is geschreven.';
const QUALIFY_ACT =
  'Bereid het Uniform Europees Aanbestedingsdocument (UEA) voor en de bewijsstukken die de selectiecriteria vragen (geschiktheid, economische en financiële draagkracht, technische en beroepsbekwaamheid), en controleer dat geen uitsluitingsgrond van toepassing is.';
const FOLLOW_ACT =
  'Schrijf in precies zoals de aanbestedingsstukken vragen, vóór de termijn en via het kanaal dat ze noemen; stel vragen alleen via dat kanaal. In een openbare of niet-openbare procedure wordt over een inschrijving niet onderhandeld: dien je beste in.';
const CALLOFF_ACT =
  'Lever elke afroep volgens de voorwaarden van de raamovereenkomst; wordt de mededinging tussen de partijen heropend, schrijf dan in op de voorwaarden en criteria die daarbij gelden.';
const NEXTFW_ACT =
  'Een afroep gaat alleen naar een partij bij de raamovereenkomst: bereid je voor op de volgende oproep tot mededinging voor de raamovereenkomst en kwalificeer je dan.';
const DPS_ACT =
  'Vraag toelating tot het dynamisch aankoopsysteem: toegelaten leveranciers worden uitgenodigd in te schrijven op elke specifieke opdracht daarbinnen.';
const NATIONAL_ACT =
  'Lees onder de Europese drempels de nationale regels en het eigen inkoopbeleid van de koper voordat je handelt: die bepalen de procedure (vaak vereenvoudigd, of een onderhandse gunning bij lage bedragen).';
const INVITE_ACT =
  'Er wordt geen oproep tot mededinging bekendgemaakt: de koper nodigt de leveranciers uit die hij raadpleegt, alleen in de gevallen die de richtlijn opsomt. Word je uitgenodigd, schrijf dan in en onderhandel binnen de voorwaarden van de uitnodiging.';

const status = (s: PurchaseStatus, f: Format): string =>
  s === 'awarded' || s === 'abandoned' ? f.label('outcome', s) : f.label('step', s);
/** Where the purchase stands: in a step, or ended (an outcome is no step). */
const where = (s: PurchaseStatus, f: Format): string =>
  s === 'awarded' || s === 'abandoned'
    ? `nu de aankoop ${f.label('outcome', s)} is`
    : `in de fase ${f.label('step', s)}`;
const eventName = (e: PurchaseEventType, f: Format): string => `„${f.label('eventType', e)}” (${e})`;
const roles = (list: readonly Role[], f: Format): string => f.list(list.map((r) => f.label('role', r)));
const dims = (list: readonly RiskDimension[], f: Format): string => f.list(list.map((d) => f.label('dimension', d)));
const quoted = (ids: readonly string[], f: Format): string => f.list(ids.map((id) => `"${id}"`));
/** An amount in whole euros, its thousands grouped with a point as Dutch amounts are (`€ 143.000`). */
const exactEuros = (n: number, f: Format): string => `€ ${f.number(n, 0).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
const euro = (n: number, f: Format): string =>
  n >= 1_000_000 ? `€ ${f.number(n / 1_000_000, 1)} mln` : exactEuros(n, f);
/** A procedure with its article; a purchase below the thresholds is no procedure of the Directive. */
const aProcedure = (procedure: Procedure, f: Format): string =>
  procedure === 'below-threshold'
    ? 'een overheidsaankoop onder de Europese drempels'
    : `een ${f.label('procedure', procedure)}`;
const under = (procedure: Procedure | undefined, f: Format): string =>
  procedure === undefined ? '' : ` ${procedure === 'below-threshold' ? 'bij' : 'in'} ${aProcedure(procedure, f)}`;
const employees = (n: number, f: Format): string => f.plural(n, { one: '# werknemer', other: '# werknemers' });
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** A value shown to 3 decimals, or in full where rounding would make it look equal to the threshold. */
const against = (value: number, threshold: number, f: Format): string =>
  f.number(value, 3) === f.number(threshold, 3) && value !== threshold ? f.number(value, 12) : f.number(value, 3);

/** What each role does, as a clause after "geen lid dat". */
const ROLE_CLAUSES: Readonly<Record<Role, string>> = {
  initiator:
    'herkent dat een probleem van de organisatie kan worden opgelost of vermeden door een product of dienst te kopen',
  user: 'het product of de dienst gebruikt (vaak zet die de aankoop in gang en helpt die de specificatie te bepalen)',
  prescriber:
    'het product of de dienst definieert die aan de behoefte voldoet (de specificeerder, vaak een technisch expert, intern of extern)',
  advisor: 'de aankoopbeslissing beïnvloedt zonder de macht om die te nemen',
  gatekeeper:
    'de informatiestroom en de toegang van leveranciers tot het inkoopcentrum beheerst (inkooppersoneel, assistenten, een lijst van goedgekeurde leveranciers)',
  buyer:
    'potentiële leveranciers zoekt, informatie over hen verzamelt en over de voorwaarden onderhandelt (de inkoper)',
  decider: 'ja of nee zegt tegen de aankoop en uiteindelijk het aanbod en de leverancier kiest',
  approver: 'de voorgestelde acties van beslissers of kopers goedkeurt, doorgaans het budget',
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
    'Kom binnen voordat de specificatie geschreven is: geef de kopers de informatie die ze zoeken en help hen de behoefte te bepalen.',
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
  'Bij een nieuwe aankoop verzamelen de kopers de meeste informatie en wegen ze de meeste alternatieven af; wie helpt de behoefte te bepalen, geeft de specificatie vorm (een Franse B2B-marketingtekst: wees stroomopwaarts aanwezig; Robinson, Faris & Wind 1967).';
const LARGEST =
  'Bij een nieuwe aankoop is het inkoopcentrum het grootst en beslist het hoger management mee (Kotler & Armstrong, hfst. 6; Johnston & Bonoma 1981).';
const MODIFIED =
  'Bij een gewijzigde herhalingsaankoop wil de koper specificaties, prijzen, voorwaarden of leveranciers veranderen: zittende leveranciers verdedigen de klant, buitenstaanders zien een kans (Kotler & Armstrong, hfst. 6).';
const STRAIGHT =
  'Bij een ongewijzigde herhalingsaankoop bestelt de koper opnieuw bij de vaste leverancier zolang levering, kwaliteit en prijs voldoen; dat evenwicht is moeilijk te doorbreken (Kotler & Armstrong, hfst. 6; een Franse B2B-marketingtekst: intensief commercieel werk bij een herhalingsaankoop).';

/** Why each action of `recommendApproach` (with its source). */
const ACTION_REASONS: Readonly<Record<ApproachActionCode, string>> = {
  'shape-the-specification': UPSTREAM,
  'get-in-early': UPSTREAM,
  'leverage-the-relationship': `${UPSTREAM} Een zittende leverancier heeft al toegang; bij een nieuwe aankoop concurreert hij toch met iedereen.`,
  'reach-the-whole-center': LARGEST,
  'reduce-perceived-risk':
    'Hoe hoger de kosten of het risico van een nieuwe aankoop, hoe meer informatie de kopers zoeken (Kotler & Armstrong, hfst. 6).',
  'defend-the-account': MODIFIED,
  'fix-dissatisfaction': MODIFIED,
  'seize-the-opening': MODIFIED,
  'get-on-the-shortlist':
    'Bij een gewijzigde herhalingsaankoop worden nieuwe alternatieven maar beperkt overwogen (Robinson, Faris & Wind 1967).',
  'keep-the-routine': STRAIGHT,
  'automate-reordering':
    'Zittende leveranciers houden een ongewijzigde herhalingsaankoop vast door de koper tijd te besparen: ze "often propose automatic reordering systems" (Kotler & Armstrong, Principles of Marketing, edities vóór de 17e, hfst. 6).',
  'reframe-the-need': `${STRAIGHT} Buitenstaanders proberen iets nieuws te bieden of ontevredenheid te benutten, zodat de koper hen overweegt.`,
  'win-a-trial-order':
    'Buitenstaanders "find new ways to add value or exploit dissatisfaction" (Kotler & Armstrong, 17e ed., hfst. 6); een kleine proefbestelling verlaagt voor de koper het risico om hen te proberen (proefaankoop, The Marketing Book, 5e ed., hfst. 7, p. 149) — de tactiek is buygrids lezing.',
  'prove-reliability':
    'Bij een strategische aankoop ziet het inkoopcentrum meer risico en weegt het de betrouwbaarheid van de leverancier zwaar (een Franse B2B-marketingtekst, naar Salle, Valla & Michel van de Lyonse school; vanuit een Kraljic-kwadrant, buygrids lezing: strategische producten en knelpuntproducten).',
  'perform-the-contract':
    'Aanzienlijke of blijvende tekortkomingen bij de uitvoering van een eerdere overheidsopdracht die hebben geleid tot vroegtijdige beëindiging, schadevergoeding of vergelijkbare sancties zijn een uitsluitingsgrond (Richtlijn 2014/24/EU, art. 57, lid 4, onder g).',
  'watch-the-notices':
    'Boven de Europese drempels wordt een procedure ingeleid met aankondigingen in het Publicatieblad van de EU (Richtlijn 2014/24/EU, art. 48, 49 en 51).',
  'join-market-consultation':
    'Een aanbestedende dienst mag de markt raadplegen om een aanbesteding voor te bereiden en het advies alleen gebruiken als dat de mededinging niet vervalst en non-discriminatie en transparantie niet schendt (Richtlijn 2014/24/EU, art. 40). Informatie van een gegadigde die heeft meegedaan, wordt gedeeld met de andere gegadigden, en de gegadigde wordt uitgesloten als gelijke behandeling niet anders te verzekeren is (art. 41 en 57, lid 4, onder f); specificaties mogen niet verwijzen naar een merk of herkomst die één leverancier bevoordeelt, tenzij het voorwerp van de opdracht dat rechtvaardigt (art. 42, lid 4).',
  'qualify-for-the-procedure':
    'Gegadigden worden geselecteerd op de criteria van Richtlijn 2014/24/EU, art. 58, nadat de uitsluitingsgronden van art. 57 zijn getoetst; het UEA wordt aanvaard als voorlopig bewijs (art. 59).',
  'follow-the-procedure':
    'Aanbestedende diensten behandelen ondernemers gelijk en handelen transparant (Richtlijn 2014/24/EU, art. 18, lid 1) en gunnen aan de economisch meest voordelige inschrijving op de bekendgemaakte criteria (art. 67); proberen de besluitvorming onrechtmatig te beïnvloeden of vertrouwelijke informatie te verkrijgen is een uitsluitingsgrond (art. 57, lid 4, onder i).',
  'follow-the-call-off-terms':
    'Opdrachten op grond van een raamovereenkomst worden gegund binnen de voorwaarden ervan, of na een nieuwe mededinging tussen de partijen (Richtlijn 2014/24/EU, art. 33, lid 3 tot en met 5).',
  'prepare-for-the-next-framework':
    'Opdrachten op grond van een raamovereenkomst worden alleen gegund tussen de aanbestedende diensten en de ondernemers die partij zijn bij de overeenkomst (Richtlijn 2014/24/EU, art. 33, lid 2).',
  'join-the-dynamic-purchasing-system':
    'Een dynamisch aankoopsysteem staat gedurende zijn hele looptijd open voor elke ondernemer die aan de selectiecriteria voldoet (Richtlijn 2014/24/EU, art. 34), en elke toegelaten deelnemer wordt uitgenodigd voor elke specifieke opdracht (art. 34, lid 6).',
  'check-the-national-rules':
    'De richtlijn geldt boven de drempels van Richtlijn 2014/24/EU, art. 4; voor lagere bedragen gelden nationale regels, die de algemene beginselen van het EU-recht moeten blijven eerbiedigen (Europese Commissie, "Thresholds").',
  'answer-the-invitation':
    'De onderhandelingsprocedure zonder voorafgaande bekendmaking is alleen toegestaan in de gevallen van Richtlijn 2014/24/EU, art. 32 (geen geschikte inschrijving in een eerdere procedure, één mogelijke leverancier, dwingende spoed, aanvullende leveringen…).',
};

const STRATEGIC_BOTTLENECK =
  'Een strategische aankoop (knelpuntproduct): de continuïteit van de toelevering weegt zwaar (buygrids lezing van het kwadrant).';
const STRATEGIC_STRATEGIC =
  'Een strategische aankoop (strategisch product): de betrouwbaarheid van de leverancier en een langetermijnpartnerschap wegen zwaar (buygrids lezing van het kwadrant).';
const BANAL_LEVERAGE =
  'Een routineaankoop (hefboomproduct): prijs en voorwaarden wegen zwaar — inkoopmacht, niet de betrouwbaarheid van de leverancier; de inzet is geld (buygrids lezing van het kwadrant).';
const BANAL_NONCRITICAL =
  'Een routineaankoop (routineproduct): efficiënt routinematig inkopen weegt het zwaarst (buygrids lezing van het kwadrant).';
const REGIME_PUBLIC_BODY =
  'Een overheidsinstantie (de staat, een regionale of lokale overheid) is een aanbestedende dienst (Richtlijn 2014/24/EU, art. 2, lid 1, punt 1): zij koopt in volgens de regels voor overheidsopdrachten — een procedure van de richtlijn boven de Europese drempels, nationale regels daaronder.';

const size =
  (band: string) =>
  (p: SizeBandParams, f: Format): string => {
    const money = [
      p.turnover === undefined ? '' : `omzet ${euro(p.turnover, f)}`,
      p.balanceSheet === undefined ? '' : `balanstotaal ${euro(p.balanceSheet, f)}`,
    ].filter((x) => x !== '');
    return money.length === 0
      ? `${employees(p.employees, f)}: een ${band} naar personeelsomvang (EU-drempels 10, 50, 250; omzet en balanstotaal niet gegeven).`
      : `${employees(p.employees, f)}, ${money.join(', ')}: een ${band} (EU-drempels: personeelsomvang 10, 50, 250; omzet € 2 mln, € 10 mln, € 50 mln of balanstotaal € 2 mln, € 10 mln, € 43 mln).`;
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
          ? ` (het gemiddelde van ${subs})`
          : p.decidedBy === undefined || entries.length === 1
            ? ` (uit ${subs})`
            : ` (bepaald door ${p.decidedBy}, de grootste van ${subs})`;
    const high = p.value >= p.threshold;
    return `${name}${from} ${against(p.value, p.threshold, f)} ligt ${high ? 'op of boven' : 'onder'} de drempel ${f.number(p.threshold, 3)}: ${high ? 'hoog' : 'laag'}.`;
  };

const threshold = (p: ThresholdParams, f: Format): string => {
  const below = p.amount < p.threshold;
  const subject = { supplies: 'leveringen', services: 'diensten', works: 'werken' }[p.subject];
  const assumed =
    p.authority === undefined && p.subject !== 'works'
      ? ' (bestuursniveau niet gegeven: de lagere drempel voor centrale overheidsinstanties wordt aangenomen)'
      : '';
  const regulation = p.regulation.replace('Commission Delegated Regulation (EU)', 'Gedelegeerde Verordening (EU)');
  return `${exactEuros(p.amount, f)} aan ${subject} ligt ${below ? 'onder' : 'op of boven'} de Europese drempel van ${exactEuros(p.threshold, f)}${assumed} (${regulation}, ${p.validFrom.slice(0, 4)}–${p.validUntil.slice(0, 4)}): ${below ? 'nationale regels zijn van toepassing' : 'Richtlijn 2014/24/EU is van toepassing'}.`;
};

const PROFILE_ANSWERS = {
  'supplier-relationship': {
    new: 'De leverancier is nieuw voor de koper',
    known: 'De koper kent de leverancier maar koopt dit nu niet bij hem',
    incumbent: 'De leverancier is de zittende leverancier',
  },
  'after-sales-dependency': {
    high: 'De koper is sterk afhankelijk van service na verkoop',
    moderate: 'De koper is matig afhankelijk van service na verkoop',
    low: 'De koper is weinig afhankelijk van service na verkoop',
  },
  currency: {
    different: 'De leverancier factureert in een andere valuta dan die van de koper',
    same: 'Koper en leverancier gebruiken dezelfde valuta',
  },
  importance: {
    strategic: 'De aankoop is strategisch',
    banal: 'De aankoop is routinematig',
    unanswered: 'Het belang van de aankoop is niet bekend (een middenwaarde wordt aangenomen)',
  },
  buyclass: {
    'new-task': 'De aankoop is een nieuwe aankoop',
    'modified-rebuy': 'De aankoop is een gewijzigde herhalingsaankoop',
    'straight-rebuy': 'De aankoop is een ongewijzigde herhalingsaankoop',
    unanswered: 'De koopsituatie is niet bekend (een middenwaarde wordt aangenomen)',
  },
} as const;

/** `says: verhoogt de onzekerheid van …; de gevolgen van ….` */
const raises = (says: string, p: ProfileAnswerParams<unknown>, f: Format): string => {
  const parts = [
    p.uncertainty.length === 0 ? '' : `de onzekerheid van ${dims(p.uncertainty, f)}`,
    p.consequence.length === 0 ? '' : `de gevolgen van ${dims(p.consequence, f)}`,
  ].filter((x) => x !== '');
  return `${says}: verhoogt ${parts.join('; ')}.`;
};

const skip = (p: Extract<GuardParams, { guard: 'skip-not-allowed' }>, f: Format): string => {
  const route = `van ${f.label('step', p.from)} naar ${f.label('step', p.to)}`;
  if (p.requires === 'known-suppliers')
    return `een sprong ${route} vereist bekende leveranciers; bij de start is er geen gegeven`;
  if (p.requires === 'incumbent') return `een sprong ${route} vereist een zittende leverancier; die is er niet`;
  const whose = p.procedure === undefined ? `een ${f.label('buyclass', p.buyclass)}` : aProcedure(p.procedure, f);
  return `het beleid van ${whose} staat geen sprong ${route} toe`;
};

const shortlist = (p: Extract<GuardParams, { guard: 'min-shortlisted' }>, f: Format): string => {
  if (p.inviteAll === 'always' && p.undecided.length > 0)
    return `elke leverancier die niet is uitgesloten, wordt uitgenodigd in te schrijven${under(p.procedure, f)}; zet eerst ${quoted(p.undecided, f)} op de shortlist of sluit ze uit`;
  const fewer = p.inviteAll === 'if-fewer' ? ', of allen die zich kwalificeren als dat er minder zijn' : '';
  const undecided =
    p.inviteAll === 'if-fewer' && p.undecided.length > 0
      ? ` en over ${quoted(p.undecided, f)} is nog niet beslist (niet op de shortlist, niet uitgesloten)`
      : '';
  return `voor de onderhandeling ${f.plural(p.minShortlisted, { one: 'is minstens # leverancier', other: 'zijn minstens # leveranciers' })} op de shortlist nodig${under(p.procedure, f)}${fewer}; ${f.plural(p.shortlisted, { one: '# staat', other: '# staan' })} op de shortlist${undecided}`;
};

const guard = (p: GuardParams, f: Format): string => {
  switch (p.guard) {
    case 'chronological':
      return `de gebeurtenis is gedateerd ${p.at}, vóór de laatste gebeurtenis van de aankoop (${p.last})`;
    case 'role': {
      const needed = `${eventName(p.event, f)} moet worden vastgelegd door een ${p.roles.map((r) => f.label('role', r)).join(' of een ')} van het inkoopcentrum`;
      if (p.by === undefined) return `${needed}; er is geen lid genoemd (by)`;
      if (p.held === undefined) return `${needed}; "${p.by}" is geen lid`;
      return `${needed}; "${p.by}" is ${p.held.length === 0 ? 'zonder rol' : roles(p.held, f)}`;
    }
    case 'duplicate-id':
      return p.of === 'requirement'
        ? `eis "${p.id}" staat al in de specificatie`
        : `leverancier "${p.id}" staat al op de lijst (${f.label('supplierStatus', p.status)})`;
    case 'unknown-requirement':
      return `er staat geen eis "${p.id}" in de specificatie`;
    case 'must-requirement':
      return 'de specificatie heeft minstens één verplichte eis nodig voordat ze wordt goedgekeurd; ze heeft er geen';
    case 'unknown-supplier':
      return `er staat geen leverancier "${p.id}" op de lijst van deze aankoop`;
    case 'excluded-supplier':
      return `leverancier "${p.id}" is uitgesloten`;
    case 'min-shortlisted':
      return shortlist(p, f);
    case 'not-shortlisted':
      return `een offerte van "${p.id}" vereist dat de leverancier eerst op de shortlist staat; de leverancier is ${f.label('supplierStatus', p.status)}`;
    case 'no-negotiation':
      return `"${p.id}" heeft al ingeschreven, en over inschrijvingen wordt niet onderhandeld${under(p.procedure, f)}`;
    case 'min-offers':
      return `de beslissing vereist offertes van minstens ${f.plural(p.minOffers, { one: '# leverancier', other: '# leveranciers' })}${under(p.procedure, f)}; ${f.plural(p.offers, { one: '# offerte', other: '# offertes' })} ontvangen`;
    case 'no-offer':
      return `leverancier "${p.id}" heeft geen offerte gedaan${p.reorderWithoutOffer ? ' (alleen bij de zittende leverancier mag zonder offerte worden nabesteld)' : ''}`;
    case 'not-earlier-step':
      return `een terugstap gaat naar een eerdere fase; ${f.label('step', p.to)} komt niet vóór ${status(p.status, f)}`;
    case 'skip-not-allowed':
      return skip(p, f);
  }
};

const REVISIT_SPECIFICATION = {
  'in-supplier':
    'De koper bepaalt opnieuw wat hij koopt: neem deel aan de nieuwe specificatie en verdedig de klant — de plaats van een zittende leverancier is bij een gewijzigde herhalingsaankoop niet veilig.',
  'out-supplier':
    'De koper bepaalt opnieuw wat hij koopt: een opening — zorg dat je over de nieuwe specificatie wordt geraadpleegd.',
} as const;

/** One template per message code, in Dutch. */
const messages = {
  'purchased-before': () =>
    'Het artikel is eerder gekocht: een herhalingsaankoop, ongewijzigd of gewijzigd, tenzij het probleem nieuw is geworden.',
  'first-purchase': () => 'Het artikel is nooit eerder gekocht: per definitie een nieuwe aankoop.',
  'specification-changed': () =>
    'De specificatie is sinds de vorige aankoop gewijzigd: een gewijzigde herhalingsaankoop, of een nieuwe aankoop als het probleem nieuw is.',
  'specification-unchanged': () =>
    'De specificatie is ongewijzigd: een ongewijzigde herhalingsaankoop, tenzij prijs, voorwaarden of leverancier veranderen.',
  'incumbent-satisfies': () => 'De koper is tevreden over de huidige leverancier: een ongewijzigde herhalingsaankoop.',
  'incumbent-dissatisfies': () =>
    'De koper is ontevreden over de huidige leverancier: een gewijzigde herhalingsaankoop, of een nieuwe aankoop als het probleem nieuw is.',
  'new-suppliers-considered': () =>
    'Er worden nieuwe leveranciers overwogen: een nieuwe aankoop of een gewijzigde herhalingsaankoop, geen ongewijzigde.',
  'no-new-suppliers': () => 'Er wordt geen nieuwe leverancier overwogen: een ongewijzigde herhalingsaankoop.',
  'novelty-high': () => 'Het probleem is nieuw voor de kopers: een nieuwe aankoop.',
  'novelty-medium': () => 'Het probleem is deels nieuw voor de kopers: een gewijzigde herhalingsaankoop.',
  'novelty-low': () => 'Het probleem is vertrouwd voor de kopers: een ongewijzigde herhalingsaankoop.',
  'information-need-high': () => 'De kopers hebben veel informatie nodig: een nieuwe aankoop.',
  'information-need-medium': () => 'De kopers hebben enige informatie nodig: een gewijzigde herhalingsaankoop.',
  'information-need-low': () => 'De kopers hebben weinig informatie nodig: een ongewijzigde herhalingsaankoop.',
  'secure-partnership': () =>
    'Supply management: analyseer de machtspositie en buit die dan uit, breng haar in evenwicht of spreid; bouw langetermijnpartnerschappen die de toelevering zekerstellen. Besloten op het hoogste niveau.',
  'exploit-purchasing-power': () =>
    'Materials management: gebruik de inkoopmacht — aanbestedingen, richtprijzen, vervanging van producten of leveranciers. Besloten door de hoofdinkoper.',
  'secure-volume': () =>
    'Sourcing management: stel volume en continuïteit zeker — volumegaranties, controle op leveranciers, veiligheidsvoorraad, noodplannen. Besloten door afdelingshoofden.',
  'streamline-buying': () =>
    'Purchasing management: koop efficiënt in — standaardiseer, bundel bestellingen, optimaliseer bestelhoeveelheden en voorraad. Besloten door inkopers.',
  'organization-type-assumed': () => 'Het type organisatie is niet gegeven: een onderneming wordt aangenomen.',
  'regime-public-law': () =>
    'Een publiekrechtelijke instelling is een aanbestedende dienst (Richtlijn 2014/24/EU, art. 2, lid 1, punt 4): zij koopt in volgens de regels voor overheidsopdrachten.',
  'no-decider': () => 'Van geen enkel lid is bekend dat het beslist: zoek uit wie ja of nee zegt tegen de aankoop.',
  'no-champion': () => 'Geen champion: zonder champion komen veel aankopen nooit tot stand (Bonoma 1982).',
  'single-select': () =>
    'Salesforce OpportunityContactRole.Role neemt één waarde: schrijf daar de eerste, of `value` naar de meerkeuzelijst AccountContactRelation.Roles.',
  'derived-demand': () =>
    'De vraag van een bedrijf is afgeleid van de vraag van zijn eigen klanten (een Franse B2B-marketingtekst: de beslissing van de klant hangt grotendeels af van de behoeften van zijn eigen klanten).',
  'fact-not-applicable': (p: MessageParams['fact-not-applicable'], f: Format): string =>
    `Niet van toepassing op een eerste aankoop, dus genegeerd: ${f.list(p.facts)}.`,
  'facts-missing': (p: MessageParams['facts-missing'], f: Format): string =>
    `Niet bekend, dus is de zekerheid lager: ${f.list(p.facts)}.`,
  'mixed-profile': (p: MessageParams['mixed-profile'], f: Format): string =>
    `Een gemengd profiel: ${f.list(p.facts)} ${f.plural(p.facts.length, { one: 'past', other: 'passen' })} niet volledig bij een ${f.label('buyclass', p.buyclass)}.`,
  'rebuy-undecided': (p: MessageParams['rebuy-undecided'], f: Format): string =>
    `De bekende feiten maken geen onderscheid tussen een ${f.label('buyclass', p.buyclass)} en een ${f.label('buyclass', p.runnerUp)}; de situatie met meer inkoopwerk wordt aangenomen.`,
  'profit-impact-high': axis('Invloed op de winst'),
  'profit-impact-low': axis('Invloed op de winst'),
  'supply-risk-high': axis('Toeleveringsrisico'),
  'supply-risk-low': axis('Toeleveringsrisico'),
  'strategic-purchase': (p: MessageParams['strategic-purchase']): string =>
    p.quadrant === 'bottleneck' ? STRATEGIC_BOTTLENECK : STRATEGIC_STRATEGIC,
  'banal-purchase': (p: MessageParams['banal-purchase']): string =>
    p.quadrant === 'leverage' ? BANAL_LEVERAGE : BANAL_NONCRITICAL,
  'organization-type': (p: MessageParams['organization-type'], f: Format): string =>
    `De koper is een ${f.label('organizationType', p.type)}.`,
  'size-micro': size('micro-onderneming'),
  'size-small': size('kleine onderneming'),
  'size-medium': size('middelgrote onderneming'),
  'size-large': size('grote onderneming'),
  'no-size-band': (p: MessageParams['no-size-band'], f: Format): string =>
    `${employees(p.employees, f)}; geen grootteklasse: de EU-drempels (Aanbeveling 2003/361/EG) definiëren ondernemingen, geen ${p.type === 'public-body' ? 'overheidsinstanties' : 'instellingen'}.`,
  'regime-default': (p: MessageParams['regime-default'], f: Format): string =>
    p.type === 'public-body'
      ? REGIME_PUBLIC_BODY
      : `Geen publiekrechtelijke instelling: de ${f.label('organizationType', p.type)} koopt in onder het private regime.`,
  'regime-assumed': (p: MessageParams['regime-assumed']): string =>
    p.type === 'institution'
      ? 'Een instelling wordt verondersteld privaat in te kopen; veel met publiek geld gefinancierde ziekenhuizen, universiteiten en scholen zijn publiekrechtelijke instellingen (Richtlijn 2014/24/EU, art. 2, lid 1, punt 4) en kopen in volgens de publieke regels: geef publicLaw: true mee.'
      : 'Een onderneming wordt verondersteld privaat in te kopen (tenzij zij een publiekrechtelijke instelling is, Richtlijn 2014/24/EU, art. 2, lid 1, punt 4: geef publicLaw: true mee).',
  'regime-given': (p: MessageParams['regime-given'], f: Format): string =>
    `Het regime is gegeven: ${f.label('regime', p.regime)}.`,
  'buyclass-given': (p: MessageParams['buyclass-given'], f: Format): string =>
    `De koopsituatie is gegeven: ${f.label('buyclass', p.buyclass)}.`,
  'threshold-not-applicable': (): string =>
    'De Europese drempels binden aanbestedende diensten; een private koper is er geen, dus de waarde wordt niet vergeleken.',
  'threshold-not-checked': (p: MessageParams['threshold-not-checked']): string =>
    p.currency === undefined
      ? 'Er is geen opdrachtwaarde gegeven: de Europese drempel is niet getoetst (daaronder gelden nationale regels).'
      : `De waarde is in ${p.currency}; de Europese drempels zijn in euro: reken haar om (de Commissie publiceert de tegenwaarden in nationale valuta).`,
  'below-threshold': threshold,
  'above-threshold': threshold,
  'procedure-given': (p: MessageParams['procedure-given'], f: Format): string =>
    `De procedure is gegeven: ${f.label('procedure', p.procedure)}.`,
  'procedure-below-threshold': (): string =>
    'Onder de drempel volgt de procedure nationale regels (buygrid neemt het private minimum aan: overschrijf het).',
  'procedure-default': (p: MessageParams['procedure-default']): string =>
    `De openbare procedure wordt aangenomen, de meest gebruikte (Richtlijn 2014/24/EU, art. 27).${p.buyclass === 'straight-rebuy' ? ' Een publieke routinematige nabestelling is meestal een afroep uit een raamovereenkomst (art. 33): geef procedure "framework-call-off" mee.' : ''}`,
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
        ? 'De klant koopt dit nu bij een concurrent en zou dus overstappen'
        : 'De klant koopt dit niet bij een concurrent',
      p,
      f,
    ),
  'lead-time-critical': (p: MessageParams['lead-time-critical'], f: Format): string =>
    raises(p.answer ? 'Levertijden zijn kritiek' : 'Levertijden zijn niet kritiek', p, f),
  currency: (p: MessageParams['currency'], f: Format): string => raises(PROFILE_ANSWERS.currency[p.answer], p, f),
  'after-sales-dependency': (p: MessageParams['after-sales-dependency'], f: Format): string =>
    raises(PROFILE_ANSWERS['after-sales-dependency'][p.answer], p, f),
  importance: (p: MessageParams['importance'], f: Format): string => raises(PROFILE_ANSWERS.importance[p.answer], p, f),
  buyclass: (p: MessageParams['buyclass'], f: Format): string => raises(PROFILE_ANSWERS.buyclass[p.answer], p, f),
  'budget-share': (p: MessageParams['budget-share'], f: Format): string => {
    const says =
      p.budgetShare === undefined
        ? 'Het budgetaandeel is niet bekend (een middenwaarde wordt aangenomen)'
        : `De aankoop beslaat ${f.percent(p.budgetShare)} van het budget`;
    const shares = (Object.entries(p.consequence) as [RiskDimension, number][]).map(
      ([d, v]) => `${f.label('dimension', d)} ${f.number(v, 3)}`,
    );
    return `${says}: gevolgen van ${f.list(shares)}.`;
  },
  given: (p: MessageParams['given'], f: Format): string =>
    `Expliciet gegeven${p.overridingProfile ? ' (gaat vóór het profiel)' : ''}: ${dims(p.dimensions, f)}.`,
  situation: (p: MessageParams['situation'], f: Format): string =>
    `Overgenomen uit de koopsituatie: ${f.list([
      ...(p.importance === undefined ? [] : [`belang ${f.label('importance', p.importance)}`]),
      ...(p.buyclass === undefined ? [] : [`koopsituatie ${f.label('buyclass', p.buyclass)}`]),
    ])}.`,
  'profile-over-situation': (p: MessageParams['profile-over-situation'], f: Format): string =>
    `Het antwoord van het profiel gaat vóór de situatie: ${f.list([
      ...(p.importance === undefined || p.situationImportance === undefined
        ? []
        : [
            `belang ${f.label('importance', p.importance)} (de situatie zegt ${f.label('importance', p.situationImportance)})`,
          ]),
      ...(p.buyclass === undefined || p.situationBuyclass === undefined
        ? []
        : [
            `koopsituatie ${f.label('buyclass', p.buyclass)} (de situatie zegt ${f.label('buyclass', p.situationBuyclass)})`,
          ]),
    ])}.`,
  'situation-without-profile': (): string =>
    'De situatie vervangt alleen het belang en de koopsituatie van het profiel; zonder profiel verandert ze niets.',
  'not-assessed': (p: MessageParams['not-assessed'], f: Format): string =>
    `Niet beoordeeld (gegeven noch afgeleid), buiten de score gelaten: ${dims(p.dimensions, f)}.`,
  'reducer-applied': (p: MessageParams['reducer-applied'], f: Format): string =>
    `Toegepast: ${REDUCERS[p.reducer]} (${p.reducer}): ${
      p.dimensions.length === 0
        ? 'geen beoordeelde dimensie is betrokken'
        : `${p.targets === 'uncertainty' ? 'onzekerheid' : 'gevolgen'} van ${dims(p.dimensions, f)} × ${f.number(p.factor, 3)}`
    }.`,
  // buying center
  'single-threaded': (p: MessageParams['single-threaded'], f: Format): string =>
    `Het inkoopcentrum heeft ${f.plural(p.members, { one: '# bekend lid', other: '# bekende leden' })}: één contactpersoon is één zwakke schakel; bereik meer van de betrokkenen.`,
  'influential-blocker': (p: MessageParams['influential-blocker'], f: Format): string =>
    `${f.plural(p.names.length, { one: 'Invloedrijke blokkeerder', other: 'Invloedrijke blokkeerders' })} (invloed ≥ ${f.number(p.threshold)}): ${f.list(p.names)}.`,
  'missing-role': (p: MessageParams['missing-role'], f: Format): string =>
    `Geen ${f.label('role', p.role)} voor de fase ${f.label('step', p.step)}: geen lid dat ${ROLE_CLAUSES[p.role]}.`,
  'buyclass-base': (p: MessageParams['buyclass-base'], f: Format): string =>
    `Een ${f.label('buyclass', p.buyclass)}: een basis van ${f.plural(p.base, { one: '# persoon', other: '# personen' })} (voor 250–999 werknemers, gemiddelde complexiteit, routinematig).`,
  'complexity-factor': (p: MessageParams['complexity-factor'], f: Format): string =>
    `Complexiteit ${f.label('level', p.complexity)}: × ${f.number(p.factor, 3)}.`,
  'importance-factor': (p: MessageParams['importance-factor'], f: Format): string =>
    `Een ${p.importance === 'strategic' ? 'strategische' : 'routinematige'} aankoop: × ${f.number(p.factor, 3)}.`,
  'employees-factor': (p: MessageParams['employees-factor'], f: Format): string =>
    `${employees(p.employees, f)}${p.below === undefined ? '' : ` (minder dan ${f.number(p.below, 0)})`}: × ${f.number(p.factor, 3)}.`,
  'budget-share-factor': (p: MessageParams['budget-share-factor'], f: Format): string =>
    `${f.percent(p.budgetShare)} van het budget: × ${f.number(p.factor, 3)}${p.atLeast === undefined ? '' : `; een aanzienlijk budget, dus beslist niet één persoon (minstens ${f.number(p.atLeast, 0)})`}.`,
  'capped-by-employees': (p: MessageParams['capped-by-employees'], f: Format): string =>
    `Niet meer personen dan de ${employees(p.employees, f)}.`,
  // process
  terminal: (p: MessageParams['terminal'], f: Format): string =>
    `de aankoop is ${f.label('outcome', p.status)}; er zijn geen gebeurtenissen meer mogelijk${p.status === 'awarded' ? ', behalve een prestatiebeoordeling' : ''}`,
  'not-allowed': (p: MessageParams['not-allowed'], f: Format): string =>
    `${eventName(p.event, f)} is niet mogelijk ${where(p.status, f)}; mogelijk zijn: ${p.accepted.length === 0 ? 'geen' : f.list(p.accepted.map((e) => f.label('eventType', e)))}`,
  guard,
  'criterion-leading': (p: MessageParams['criterion-leading'], f: Format): string =>
    `"${p.supplierId}" scoort ${f.number(p.score)}; het meest door ${p.criterion} (${f.number(p.contribution)}).`,
  'criterion-missing': (p: MessageParams['criterion-missing']): string =>
    `"${p.supplierId}": geen levertijd aangeboden: ${p.criterion} scoort 0.`,
  'ranked-not-selected': (p: MessageParams['ranked-not-selected'], f: Format): string =>
    `${f.plural(p.offers, { one: '# offerte', other: '# offertes' })} gerangschikt op ${f.list(p.criteria.map((c) => `${c.criterion} ${f.number(c.weight)}`))}; de keuze blijft aan de koper (supplierSelected).`,
  // crm
  mapped: (p: MessageParams['mapped'], f: Format): string =>
    'roles' in p
      ? `${p.crm} "${p.value}" → ${f.list([...p.roles.map((r) => f.label('role', r)), ...(p.stance === undefined ? [] : [`houding ${f.label('stance', p.stance)}`])])}.`
      : `${p.crm} "${p.value}" → ${p.step === undefined ? (p.outcome === undefined ? 'geen uitkomst' : f.label('outcome', p.outcome)) : f.label('step', p.step)}: ${p.why}`,
  'no-role': (p: MessageParams['no-role']): string => `${p.crm} "${p.value}" noemt geen rol in het inkoopcentrum.`,
  'unknown-value': (p: MessageParams['unknown-value']): string =>
    `${JSON.stringify(p.value)} is geen waarde van de ${p.crm}-tabel: niet gekoppeld in plaats van geraden.`,
  'conflicting-stances': (p: MessageParams['conflicting-stances'], f: Format): string =>
    `De waarden noemen verschillende houdingen (${f.list(p.stances.map((s) => f.label('stance', s)))}): er wordt geen houding gegeven in plaats van er een te raden.`,
  'seller-view': (): string =>
    'Een CRM-fase volgt de deal van de verkoper, niet het proces van de koper: de fase is bij benadering (buygrids lezing).',
  closed: (p: MessageParams['closed']): string =>
    `De deal is gesloten (${p.deal === 'won' ? 'gewonnen' : 'verloren'}): de aankoop staat in geen open fase.`,
  'lost-ambiguous': (): string =>
    'Een verloren deal zegt niet of de koper de aankoop heeft afgebroken of aan een concurrent heeft gegund: er wordt geen uitkomst gegeven; een verliesreden zou het zeggen.',
  'unknown-stage': (p: MessageParams['unknown-stage']): string =>
    `${JSON.stringify(p.stage)} is geen fase van de ${p.crm}-tabel (een eigen fase?): niet gekoppeld in plaats van geraden; geef de tabel van je eigen pijplijn mee.`,
  written: (p: MessageParams['written'], f: Format): string =>
    `${p.role === undefined ? (p.stance === undefined ? '' : `houding ${f.label('stance', p.stance)}`) : f.label('role', p.role)} → ${p.crm} "${p.value}".`,
  lost: (p: MessageParams['lost'], f: Format): string =>
    `${p.crm} heeft geen waarde voor ${f.list([...p.roles.map((r) => f.label('role', r)), ...(p.stance === undefined ? [] : [`houding ${f.label('stance', p.stance)}`])])}: niet geschreven.`,
  // prospect
  'win-over-the-blocker': (): string =>
    'Een invloedrijk lid blokkeert de aankoop of jou: achterhaal het bezwaar en beantwoord het via iemand die dat lid vertrouwt.',
  'find-the-decider': (): string => 'Er is geen beslisser bekend: zoek uit wie ja of nee zegt en hoe je die bereikt.',
  'follow-the-revisit': (p: MessageParams['follow-the-revisit'], f: Format): string =>
    p.regime === 'public-tender'
      ? `De koper is teruggegaan naar de fase ${f.label('step', p.step)}: volg de procedure zoals bekendgemaakt en beantwoord elke nieuwe oproep; probeer haar niet te sturen (Richtlijn 2014/24/EU, art. 18 en 42).`
      : p.step === 'specification'
        ? REVISIT_SPECIFICATION[p.position]
        : p.position === 'in-supplier'
          ? `De koper is teruggegaan naar de fase ${f.label('step', p.step)}: zoek uit wat er veranderd is en speel erop in voordat een concurrent het doet.`
          : `De koper is teruggegaan naar de fase ${f.label('step', p.step)}: zoek uit wat er veranderd is — een heropende fase is een kans om binnen te komen.`,
  'revive-the-purchase': (): string =>
    'Er is al een tijd niets gebeurd: bel je contactpersoon, zoek uit wat blokkeert en stel de volgende concrete stap voor.',
  'meet-who-matters-now': (p: MessageParams['meet-who-matters-now'], f: Format): string =>
    `Spreek nu ${p.name}: het lid dat in de fase ${f.label('step', p.step)} het zwaarst weegt en nog niet aan jouw kant staat.`,
  'reach-missing-roles': (p: MessageParams['reach-missing-roles'], f: Format): string =>
    `Niemand die je kent is een ${p.roles.map((r) => f.label('role', r)).join(' of een ')}, en de fase ${f.label('step', p.step)} heeft die nodig: vind ze.`,
  'put-reducers-in-the-offer': (p: MessageParams['put-reducers-in-the-offer']): string =>
    `Neem in het aanbod op: ${p.reducers.map((r) => REDUCERS[r]).join('; ')}.`,
  'prepare-the-terms': (p: MessageParams['prepare-the-terms']): string =>
    `Bereid de onderhandeling rond het risico voor: ${p.terms.map((t) => TERMS[t]).join(' ')}`,
  'find-a-champion': (): string =>
    'Zoek een champion: iemand binnen de organisatie die deze aankoop wil en hem intern verkoopt.',
  'widen-the-contacts': (): string => 'Bereik meer van de betrokkenen: één contactpersoon is één zwakke schakel.',
  'serve-the-purpose': (p: MessageParams['serve-the-purpose']): string =>
    ({
      resale:
        'De koper verkoopt door: de vraag van zijn klanten beslist — bied marge, beschikbaarheid en hulp bij de doorverkoop.',
      production:
        'De koper maakt er andere goederen mee: conformiteit met de specificatie, kwaliteit en continuïteit van levering wegen het zwaarst.',
      operations:
        'De koper gebruikt het voor zijn eigen bedrijfsvoering: totale gebruikskosten, betrouwbaarheid en service wegen het zwaarst.',
    })[p.purpose],
  'follow-downstream-demand': (p: MessageParams['follow-downstream-demand']): string =>
    ({
      growing:
        'De vraag van zijn eigen klanten groeit: laat zien dat je kunt bijbenen — capaciteit, levertijden, schaalbaarheid.',
      stable: 'De vraag van zijn eigen klanten is stabiel: concurreer op efficiëntie en betrouwbaarheid van levering.',
      declining:
        'De vraag van zijn eigen klanten daalt: verwacht kostendruk en kleinere volumes — bied flexibiliteit en lagere verplichtingen.',
    })[p.demand],
  stalled: (p: MessageParams['stalled'], f: Format): string =>
    `Al ${days(Math.floor(p.days), f)} geen gebeurtenis in de fase ${f.label('step', p.step)} (stilgevallen vanaf ${days(p.after, f)}, een aanname).`,
  'going-back': (p: MessageParams['going-back'], f: Format): string =>
    `De aankoop is teruggegaan naar de fase ${f.label('step', p.step)}: de koper heroverweegt.`,
  engage: (p: MessageParams['engage'], f: Format): string =>
    `${p.name} (${p.roles.length === 0 ? 'geen bekende rol' : roles(p.roles, f)}): deelname ${f.number(p.participation)} in de fase ${f.label('step', p.step)} × invloed ${f.number(p.influence)} = ${f.number(p.score)}${p.stance === undefined ? '' : `; ${f.label('stance', p.stance)}`}.`,
  'perceived-risk': (p: MessageParams['perceived-risk'], f: Format): string =>
    `Het waargenomen risico van de koper is ${f.label('riskLevel', p.level)} (${f.number(p.score)}), vooral door ${dims(p.drivers, f)}.`,
  'risk-driver': (p: MessageParams['risk-driver'], f: Format): string =>
    `${capital(f.label('dimension', p.dimension))} drijft het waargenomen risico: dat bepaalt de voorwaarden (een Nederlandse B2B-marketingtekst).`,
  approach: (p: MessageParams['approach']): string => ACTION_REASONS[p.action],
  purpose: (p: MessageParams['purpose']): string =>
    `De organisatie koopt voor ${{ resale: 'doorverkoop', production: 'productie', operations: 'eigen gebruik' }[p.purpose]} (een Griekse marketingtekst); wat dat van het aanbod vraagt, is buygrids lezing.`,
  'payment-terms': (): string => PAYMENT,
  'performance-guarantee': (): string => PERFORMANCE,
  'delivery-commitment': (): string => DELIVERY,
  'supplier-assurance': (): string => ASSURANCE,
  'service-level': (): string => SERVICE,
  'currency-clause': (): string => CURRENCY,
  'shared-decision': (): string => SHARED,
  stage: (p: MessageParams['stage'], f: Format): string =>
    `${f.number(p.won)} van ${f.plural(p.awarded, { one: '# gegunde aankoop', other: '# gegunde aankopen' })} gewonnen${p.latestWon ? ', de laatste inbegrepen' : ''}: ${texts['account-history'].stages[p.stage]} (naar Ford 1980; de drempels zijn buygrids lezing).`,
  relationship: (p: MessageParams['relationship']): string =>
    p.relationship === 'incumbent'
      ? `${p.supplierId} won de laatste gunning: de zittende leverancier.`
      : p.relationship === 'known'
        ? `${p.supplierId} deed mee aan eerdere aankopen maar kreeg de laatste gunning niet.`
        : `${p.supplierId} komt in geen aankoop van deze klant voor.`,
  trend: (p: MessageParams['trend'], f: Format): string =>
    `Van ${f.label('buyclass', p.from)} naar ${f.label('buyclass', p.to)}: ${texts['account-history'].trends[p.trend]}.`,
} satisfies Templates;

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
