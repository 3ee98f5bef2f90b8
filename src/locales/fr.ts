/**
 * The French catalog (`buygrid/locales/fr`): the labels, explain's sentences and a template for
 * every message code, in the terms of French B2B marketing textbooks — the *centre d'achat*
 * and its roles (*initiateur, utilisateur, prescripteur, conseiller, filtre, acheteur,
 * décideur, approbateur*), the buying situations (*achat nouveau, achat modifié, réachat à
 * l'identique*), the *achat banal* and *achat stratégique* of the Lyon school, and the
 * procedures of the French version of Directive 2014/24/UE. Sources of each term: the
 * glossary in `docs/i18n.md`.
 *
 * @example
 * ```ts
 * import { explain, label } from 'buygrid/explain';
 * import fr from 'buygrid/locales/fr';
 * import { classifyBuyclass } from 'buygrid/situation';
 * label('role', 'gatekeeper', { locale: fr });
 * //=> 'filtre'
 * explain(classifyBuyclass({ purchasedBefore: false }), { locale: fr });
 * //=> 'achat nouveau (confiance 0,25)'
 * ```
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Buyclass, Procedure, Role, Step } from '../_lib/vocabulary.js';
import type { GuardParams } from '../process/messages.js';
import type { ProfileAnswerParams } from '../risk/messages.js';
import type { RiskReducerId } from '../risk/reducers.js';
import type { PortfolioAxisParams, SizeBandParams, ThresholdParams } from '../situation/messages.js';
import type { Catalog, Format, MessageTable } from './catalog.js';

const days = (n: number, f: Format): string => f.plural(n, { one: '# jour', other: '# jours' });

/** The French labels, in lower case, as they read in the middle of a sentence. */
const labels = {
  step: {
    'need-recognition': 'reconnaissance du besoin',
    specification: 'cahier des charges',
    'supplier-search': 'recherche de fournisseurs',
    negotiation: 'négociation',
    decision: 'décision',
  },
  outcome: { awarded: 'attribué', abandoned: 'abandonné' },
  role: {
    initiator: 'initiateur',
    user: 'utilisateur',
    prescriber: 'prescripteur',
    advisor: 'conseiller',
    gatekeeper: 'filtre',
    buyer: 'acheteur',
    decider: 'décideur',
    approver: 'approbateur',
  },
  stance: { champion: 'champion', supporter: 'soutien', neutral: 'neutre', skeptic: 'sceptique', blocker: 'opposant' },
  buyclass: {
    'new-task': 'achat nouveau',
    'modified-rebuy': 'achat modifié',
    'straight-rebuy': "réachat à l'identique",
  },
  quadrant: {
    strategic: 'stratégique',
    leverage: 'levier',
    bottleneck: "goulot d'étranglement",
    'non-critical': 'non critique',
  },
  importance: { banal: 'banal', strategic: 'stratégique' },
  regime: { private: 'achat privé', 'public-tender': 'marché public' },
  procedure: {
    open: 'procédure ouverte',
    restricted: 'procédure restreinte',
    'competitive-with-negotiation': 'procédure concurrentielle avec négociation',
    'competitive-dialogue': 'dialogue compétitif',
    'innovation-partnership': "partenariat d'innovation",
    'negotiated-without-publication': 'procédure négociée sans publication préalable',
    'framework-call-off': 'marché fondé sur un accord-cadre',
    'dynamic-purchasing-system': "système d'acquisition dynamique",
    'below-threshold': 'sous les seuils européens (règles nationales)',
  },
  organizationType: { company: 'entreprise', 'public-body': 'organisme public', institution: 'institution' },
  sizeBand: { micro: 'micro', small: 'petite', medium: 'moyenne', large: 'grande' },
  level: { low: 'faible', medium: 'moyen', high: 'élevé' },
  riskLevel: { low: 'faible', moderate: 'modéré', high: 'élevé', critical: 'critique' },
  dimension: {
    financial: 'financier',
    performance: 'performance',
    delivery: 'délais',
    supplier: 'fournisseur',
    'after-sales': 'service après-vente',
    currency: 'change',
    social: 'social',
  },
  eventType: {
    needQualified: 'besoin qualifié',
    requirementAdded: 'exigence ajoutée',
    requirementRemoved: 'exigence retirée',
    specificationApproved: 'cahier des charges approuvé',
    supplierIdentified: 'fournisseur identifié',
    supplierShortlisted: 'fournisseur présélectionné',
    supplierExcluded: 'fournisseur écarté',
    negotiationStarted: 'négociation engagée',
    offerReceived: 'offre reçue',
    decisionRequested: 'décision demandée',
    supplierSelected: 'fournisseur retenu',
    stepRevisited: 'retour à une étape',
    stepSkipped: 'étape sautée',
    purchaseAbandoned: 'achat abandonné',
    performanceReviewed: 'performance évaluée',
  },
  guard: {
    chronological: "daté d'avant le dernier événement",
    role: "pas enregistré par le rôle qu'exige la politique",
    'duplicate-id': 'identifiant déjà utilisé',
    'unknown-requirement': 'exigence inconnue',
    'must-requirement': 'aucune exigence impérative',
    'unknown-supplier': 'fournisseur inconnu',
    'excluded-supplier': 'fournisseur écarté',
    'min-shortlisted': 'trop peu de fournisseurs présélectionnés',
    'not-shortlisted': 'fournisseur non présélectionné',
    'min-offers': "trop peu d'offres",
    'no-offer': 'aucune offre de ce fournisseur',
    'not-earlier-step': 'pas une étape antérieure',
    'skip-not-allowed': "saut d'étape non permis par la politique",
    'no-negotiation': 'offres non négociables dans cette procédure',
  },
  abandonReason: {
    'no-decision': 'pas de décision',
    budget: 'budget',
    'need-withdrawn': 'besoin retiré',
    'no-suitable-offer': 'aucune offre convenable',
    other: 'autre raison',
  },
  priority: { must: 'impératif', should: 'souhaitable', could: 'facultatif' },
  supplierStatus: { known: 'connu', identified: 'identifié', shortlisted: 'présélectionné', excluded: 'écarté' },
  supplierPosition: { 'in-supplier': 'fournisseur en place', 'out-supplier': 'fournisseur extérieur' },
  reducer: {
    references: 'des références de clients comparables',
    trial: 'une commande d’essai ou un pilote',
    'site-visit': 'une visite du site du fournisseur',
    certification: 'une certification par un tiers (système qualité, essais de produit)',
    warranty: 'une garantie',
    'sla-penalties': 'un contrat de niveau de service avec pénalités',
    'staged-payment': 'un paiement échelonné, sur jalons',
    'buyer-currency-pricing': 'des prix dans la devise de l’acheteur',
    'detailed-specification': 'un cahier des charges détaillé',
    'stakeholder-involvement': 'l’association des membres concernés au choix',
    'buffer-stock': 'un stock tampon',
    'dual-sourcing': 'une seconde source',
    'currency-hedge': 'une couverture de change (contrat à terme)',
  },
} as const satisfies Catalog['labels'];

/** explain's sentences in French. */
const texts = {
  common: {
    list: (items, f) => f.list(items),
    none: 'aucun',
    more: (n, f) => f.plural(n, { one: '# autre', other: '# autres' }),
  },
  'purchase-state': {
    open: (p, f) =>
      `${p.id} (${p.need}) · ${p.step}, étape ${f.number(p.index)} sur ${f.number(p.of)} · depuis ${days(p.days, f)}`,
    awarded: (p, f) =>
      `${p.id} (${p.need}) · attribué à ${p.supplier}${p.reorder ? ' en réachat' : ''} après ${days(p.days, f)}`,
    abandoned: (p, f) => `${p.id} (${p.need}) · abandonné en ${p.step} après ${days(p.days, f)} : ${p.reason}`,
    requirements: (n, f) => f.plural(n, { one: '# exigence', other: '# exigences' }),
    shortlisted: (n, f) => f.plural(n, { one: '# présélectionné', other: '# présélectionnés' }),
    offers: (n, f) => f.plural(n, { one: '# offre', other: '# offres' }),
    revisits: (p, f) => `${f.plural(p.count, { one: '# retour', other: '# retours' })} (${p.steps})`,
  },
  'transition-result': {
    accepted: 'accepté',
    refused: (p) => `refusé (${p.rule}) : ${p.message}`,
  },
  'replay-result': {
    refused: (p, f) => `arrêté à events[${f.number(p.index)}], refusé (${p.rule}) : ${p.message}`,
  },
  'purchase-situation': {
    quadrant: (p) => `Kraljic ${p.quadrant} (${p.importance})`,
    importance: (p) => `achat ${p.importance}`,
    procedure: (p) => `${p.regime}, ${p.procedure}`,
  },
  'buyclass-result': {
    buyclass: (p) => `${p.buyclass} (confiance ${p.confidence})`,
  },
  'portfolio-result': {
    quadrant: (p) =>
      `Kraljic ${p.quadrant} (${p.importance}) : impact sur le résultat ${p.profitImpact}, risque d'approvisionnement ${p.supplyRisk}, seuil ${p.threshold}`,
  },
  'organization-result': {
    organization: (p) => (p.size === undefined ? p.type : `${p.type}, ${p.size}`),
  },
  approach: {
    none: 'aucune action recommandée',
    action: (p, f) => `${f.number(p.rank)}. ${p.message}`,
  },
  'buying-center': {
    members: (n, f) => f.plural(n, { one: '# membre', other: '# membres' }),
    member: (p) => `${p.name} (${p.roles}${p.stance === undefined ? '' : ` ; ${p.stance}`} ; influence ${p.influence})`,
    noRole: 'aucun rôle',
  },
  'buying-center-analysis': {
    summary: (p, f) => `${f.plural(p.size, { one: '# membre', other: '# membres' })}, soutien ${p.support}`,
    keyPlayers: (p) => `acteurs clés : ${p.names}`,
    warnings: (n, f) => f.plural(n, { one: '# alerte', other: '# alertes' }),
  },
  'role-coverage': {
    covered: (p, f) =>
      `${p.step === undefined ? '' : `${p.step} : `}${f.plural(p.covered, { one: '# rôle tenu', other: '# rôles tenus' })} sur ${f.number(p.roles)}`,
    missing: (p) => `rôles manquants : ${p.roles}`,
  },
  'expected-size': {
    size: (p) => `centre d'achat attendu : de ${p.min} à ${p.max} personnes, ${p.typical} en général`,
  },
  'risk-assessment': {
    score: (p) => `risque ${p.level} ${p.score}`,
    drivers: (p) => `facteurs : ${p.dimensions}`,
    reducer: (p) => `meilleur réducteur : ${p.reducer} (-${p.reduction})`,
    notAssessed: (p) => `non évalué : ${p.dimensions}`,
  },
  'risk-what-if': {
    change: (p) => `${p.before} → ${p.after} (${p.delta})`,
    largest: (p) => `plus forte variation : ${p.dimension} ${p.delta}`,
  },
  'buying-center-risk': {
    score: (p) => `risque ${p.level} ${p.score}, pondéré sur le centre d'achat`,
    highest: (p) => `le plus élevé : ${p.member} (${p.level} ${p.score})`,
  },
  'prospect-analysis': {
    account: (p) => `${p.name === undefined ? '' : `${p.name} · `}en ${p.position} · ${p.situation}`,
    step: (p, f) => `en ${p.step}, étape ${f.number(p.index)} sur ${f.number(p.of)}`,
    closed: (p) => `achat ${p.outcome}`,
    idle: (p, f) => `${days(p.days, f)} depuis le dernier événement`,
    engage: (p) => `à rencontrer : ${p.names}`,
    risk: (p) => `risque ${p.level} ${p.score}`,
    redFlags: (p) => `signaux d'alerte : ${p.flags}`,
    redFlag: {
      'no-decider': 'aucun décideur',
      'influential-blocker': 'opposant influent',
      stalled: 'à l’arrêt',
      'going-back': 'retour en arrière',
    },
    noAction: 'aucune action',
    action: (p, f) => `${f.number(p.rank)}. ${p.message}`,
    moreActions: (n, f) => `et ${f.plural(n, { one: '# autre action', other: '# autres actions' })}`,
  },
  'account-history': {
    stage: (p) => `${p.supplier} : ${p.stage}`,
    stages: {
      'pre-relationship': 'phase de pré-relation',
      early: 'phase initiale',
      development: 'phase de développement',
      'long-term': 'phase de long terme',
    },
    won: (p, f) =>
      `${f.plural(p.won, { one: '# gagné', other: '# gagnés' })} sur ${f.plural(p.awarded, { one: '# attribué', other: '# attribués' })}${p.share === undefined ? '' : ` (part ${p.share})`}`,
    purchases: (n, f) => f.plural(n, { one: '# achat', other: '# achats' }),
    trend: (p) => `${p.trend} (${p.from} → ${p.to})`,
    trends: { routinizing: 'routinisation', steady: 'stable', reopening: 'réouverture' },
    position: (p) => `fournisseur ${p.relationship}, ${p.position}`,
    relationships: { incumbent: 'en place', known: 'connu', new: 'nouveau' },
  },
  'purchase-summary': {
    count: (n, f) => f.plural(n, { one: '# achat', other: '# achats' }),
    statuses: (p, f) =>
      `${f.number(p.open)} en cours, ${f.plural(p.awarded, { one: '# attribué', other: '# attribués' })}, ${f.plural(p.abandoned, { one: '# abandonné', other: '# abandonnés' })}`,
    funnel: (p) => `entonnoir ${p.counts}`,
    cycle: (p, f) =>
      `cycle médian ${[p.awarded === undefined ? '' : `${days(p.awarded, f)} jusqu'à l'attribution`, p.abandoned === undefined ? '' : `${days(p.abandoned, f)} jusqu'à l'abandon`].filter((x) => x !== '').join(', ')}`,
    stall: (p, f) =>
      `le plus d'achats en cours en ${p.step} (${f.number(p.open)}${p.idle === undefined ? '' : `, inactifs depuis ${days(p.idle, f)} en médiane`})`,
    group: (p) => `- ${p.key} : ${p.line}`,
    moreGroups: (n, f) => `- et ${f.plural(n, { one: '# autre groupe', other: '# autres groupes' })}`,
  },
  'replay-many': {
    purchases: (p, f) =>
      `${f.plural(p.purchases, { one: '# achat rejoué', other: '# achats rejoués' })} : ${f.plural(p.ok, { one: '# accepté en entier', other: '# acceptés en entier' })}, ${f.number(p.problems)} avec des événements écartés, ${f.plural(p.notStarted, { one: '# non démarré', other: '# non démarrés' })}`,
    events: (p, f) =>
      `${f.plural(p.refused, { one: '# événement refusé', other: '# événements refusés' })}, ${f.plural(p.malformed, { one: '# mal formé', other: '# mal formés' })}`,
  },
  'crm-role': {
    mapped: (p) => `${p.roles}${p.stance === undefined ? '' : ` ; ${p.stance}`}`,
    noRole: 'aucun rôle',
    unmapped: 'non associé',
  },
  'crm-stage': {
    open: (p) =>
      `affaire en cours${p.step === undefined ? '' : `, acheteur en ${p.step}`}${p.probability === undefined ? '' : ` (probabilité du vendeur ${p.probability})`}`,
    closed: (p) => `affaire ${p.deal}${p.outcome === undefined ? ', sans issue connue' : ` : achat ${p.outcome}`}`,
    deals: { won: 'gagnée', lost: 'perdue' },
    unmapped: 'non associé',
  },
  'offer-evaluation': {
    none: 'aucune offre à classer',
    ranked: (n, f) => f.plural(n, { one: '# offre classée', other: '# offres classées' }),
    offer: (p, f) => `${f.number(p.rank)}. ${p.supplier} ${p.score} (${p.criteria})`,
    criterion: (p) => `${p.criterion} ${p.contribution}`,
  },
  'input-error': {
    issues: (n, f) => `entrée invalide, ${f.plural(n, { one: '# problème', other: '# problèmes' })}`,
    issue: (p) => `- ${p.path} : attendu ${p.expected}, reçu ${p.received}`,
  },
} as const satisfies Catalog['texts'];

const UN_ACHAT: Readonly<Record<Buyclass, string>> = {
  'new-task': 'un achat nouveau',
  'modified-rebuy': 'un achat modifié',
  'straight-rebuy': 'un réachat à l’identique',
};
const DEFINITIONS: Readonly<Record<Role, string>> = {
  initiator: 'reconnaît un problème que l’achat d’un produit ou d’un service peut résoudre ou éviter.',
  user: 'utilise le produit ou le service ; souvent à l’origine de l’achat, il aide à définir le cahier des charges.',
  prescriber:
    'définit le produit ou le service qui répond au besoin (souvent un expert technique, interne ou externe).',
  advisor: 'influence la décision d’achat sans avoir le pouvoir de la prendre.',
  gatekeeper:
    'contrôle le flux d’information et l’accès des fournisseurs au centre d’achat (service achats, assistants, liste de fournisseurs agréés).',
  buyer: 'recherche les fournisseurs potentiels, recueille l’information à leur sujet et négocie les conditions.',
  decider: 'dit oui ou non à l’achat et choisit en dernier lieu l’offre et le fournisseur.',
  approver: 'autorise les actions proposées par les décideurs ou les acheteurs, en général le budget.',
};
const REDUCERS: Readonly<Record<RiskReducerId, string>> = labels.reducer;
const PROCEDURES: Readonly<Record<Procedure, string>> = {
  open: 'une procédure ouverte',
  restricted: 'une procédure restreinte',
  'competitive-with-negotiation': 'une procédure concurrentielle avec négociation',
  'competitive-dialogue': 'un dialogue compétitif',
  'innovation-partnership': 'un partenariat d’innovation',
  'negotiated-without-publication': 'une procédure négociée sans publication préalable',
  'framework-call-off': 'un marché fondé sur un accord-cadre',
  'dynamic-purchasing-system': 'un système d’acquisition dynamique',
  'below-threshold': 'un achat public sous les seuils européens',
};

const step = (s: Step, f: Format): string => f.label('step', s);
/** The organization type with its article: `une entreprise`, `un organisme public`. */
const anOrganization = (t: 'company' | 'public-body' | 'institution', f: Format): string =>
  `${t === 'public-body' ? 'un' : 'une'} ${f.label('organizationType', t)}`;
const steps = (s: string, f: Format): string =>
  s === 'awarded' || s === 'abandoned' ? f.label('outcome', s) : f.label('step', s as Step);
const roles = (rs: readonly Role[], f: Format): string => f.list(rs.map((r) => f.label('role', r)));
const dims = (ds: readonly Parameters<Format['label']>[1][], f: Format): string =>
  f.list(ds.map((d) => f.label('dimension', d as never)));
const euros = (n: number, f: Format): string => `${f.number(n, 0)} €`;
const under = (p: { readonly procedure?: Procedure }): string =>
  p.procedure === undefined ? '' : ` dans ${PROCEDURES[p.procedure]}`;

function axis(name: string, p: PortfolioAxisParams, level: 'high' | 'low', f: Format): string {
  const subs = Object.entries(p.subcriteria ?? {});
  const from = f.list(subs.map(([sub, v]) => `${sub} ${f.number(v, 3)}`));
  const origin =
    subs.length === 0
      ? ''
      : p.aggregate === 'mean'
        ? ` (moyenne de ${from})`
        : subs.length === 1
          ? ` (d’après ${from})`
          : ` (décidé par ${String(p.decidedBy)}, le plus élevé de ${from})`;
  // A value just below or above its threshold keeps its digits: `0,4996, sous le seuil 0,5`, not `0,5`.
  const near = p.value !== p.threshold && Math.abs(p.value - p.threshold) < 0.0005;
  return `${name}${origin} : ${f.number(p.value, near ? 15 : 3)}, ${level === 'high' ? 'au moins égal au' : 'sous le'} seuil ${f.number(p.threshold, 3)} : ${level === 'high' ? 'élevé' : 'faible'}.`;
}

function sizeBand(band: 'micro' | 'small' | 'medium' | 'large', p: SizeBandParams, f: Format): string {
  const name = {
    micro: 'une micro-entreprise',
    small: 'une petite entreprise',
    medium: 'une entreprise moyenne',
    large: 'une grande entreprise',
  }[band];
  const money = [
    p.turnover === undefined ? '' : `chiffre d’affaires ${euros(p.turnover, f)}`,
    p.balanceSheet === undefined ? '' : `total du bilan ${euros(p.balanceSheet, f)}`,
  ].filter((m) => m !== '');
  const employees = f.plural(p.employees, { one: '# salarié', other: '# salariés' });
  return money.length === 0
    ? `${employees} : ${name} par l’effectif (seuils de l’UE 10, 50, 250 ; chiffre d’affaires et bilan non donnés).`
    : `${employees}, ${f.list(money)} : ${name} (seuils de l’UE : effectif 10, 50, 250 ; chiffre d’affaires 2, 10, 50 M€ ou bilan 2, 10, 43 M€).`;
}

function threshold(p: ThresholdParams, below: boolean, f: Format): string {
  const subject = { supplies: 'fournitures', services: 'services', works: 'travaux' }[p.subject as string] ?? p.subject;
  const assumed =
    p.authority === undefined && p.subject !== 'works'
      ? ' (niveau de l’acheteur non donné : le seuil le plus bas, celui des autorités centrales, est retenu)'
      : '';
  return `${euros(p.amount, f)} de ${subject} : ${below ? 'sous le' : 'au moins égal au'} seuil européen de ${euros(p.threshold, f)}${assumed} (${p.regulation}, ${p.validFrom.slice(0, 4)}–${p.validUntil.slice(0, 4)}) : ${below ? 'les règles nationales s’appliquent' : 'la directive 2014/24/UE s’applique'}.`;
}

function answer(says: string, p: ProfileAnswerParams<unknown>, f: Format): string {
  const u = dims(p.uncertainty, f);
  const c = dims(p.consequence, f);
  const said =
    p.uncertainty.length === 0
      ? `l’enjeu (${c})`
      : p.consequence.length === 0
        ? `l’incertitude (${u})`
        : `l’incertitude (${u}) et l’enjeu (${c})`;
  return `${says} : accroît ${said}.`;
}

function guardMessage(p: GuardParams, f: Format): string {
  switch (p.guard) {
    case 'chronological':
      return `l’événement est daté du ${p.at}, avant le dernier événement (${p.last})`;
    case 'role': {
      const needed = `l’événement « ${f.label('eventType', p.event)} » doit être enregistré par un ${p.roles.map((r) => f.label('role', r)).join(' ou ')} du centre d’achat`;
      if (p.by === undefined) return `${needed} ; aucun membre n’est nommé (by)`;
      if (p.held === undefined) return `${needed} ; « ${p.by} » n’est pas membre`;
      return `${needed} ; « ${p.by} » est ${p.held.length === 0 ? 'sans rôle' : roles(p.held, f)}`;
    }
    case 'duplicate-id':
      return p.of === 'requirement'
        ? `l’exigence « ${p.id} » figure déjà au cahier des charges`
        : `le fournisseur « ${p.id} » est déjà sur la liste (${f.label('supplierStatus', p.status)})`;
    case 'unknown-requirement':
      return `aucune exigence « ${p.id} » au cahier des charges`;
    case 'must-requirement':
      return 'le cahier des charges doit contenir au moins une exigence impérative avant d’être approuvé ; il n’en a aucune';
    case 'unknown-supplier':
      return `aucun fournisseur « ${p.id} » sur la liste de cet achat`;
    case 'excluded-supplier':
      return `le fournisseur « ${p.id} » a été écarté`;
    case 'min-shortlisted': {
      const listed = f.list(p.undecided.map((id) => `« ${id} »`));
      if (p.inviteAll === 'always' && p.undecided.length > 0)
        return `tout fournisseur non écarté est invité à soumissionner${under(p)} ; présélectionnez ou écartez d’abord ${listed}`;
      const now = f.plural(p.shortlisted, { one: '# présélectionné', other: '# présélectionnés' });
      return `la négociation exige au moins ${f.plural(p.minShortlisted, { one: '# fournisseur présélectionné', other: '# fournisseurs présélectionnés' })}${under(p)}${p.inviteAll === 'if-fewer' ? ', ou tous ceux qui se qualifient s’ils sont moins nombreux' : ''} ; ${now}${p.inviteAll === 'if-fewer' && p.undecided.length > 0 ? `, et ${listed} ${f.plural(p.undecided.length, { one: 'ni présélectionné ni écarté', other: 'ni présélectionnés ni écartés' })}` : ''}`;
    }
    case 'not-shortlisted':
      return `une offre de « ${p.id} » exige que le fournisseur soit d’abord présélectionné ; il est ${f.label('supplierStatus', p.status)}`;
    case 'no-negotiation':
      return `« ${p.id} » a déjà soumissionné, et les offres ne se négocient pas${under(p)}`;
    case 'min-offers':
      return `la décision exige des offres d’au moins ${f.plural(p.minOffers, { one: '# fournisseur', other: '# fournisseurs' })}${under(p)} ; ${f.plural(p.offers, { one: '# offre reçue', other: '# offres reçues' })}`;
    case 'no-offer':
      return `le fournisseur « ${p.id} » n’a fait aucune offre${p.reorderWithoutOffer ? ' (seul le fournisseur en place peut être réapprovisionné sans offre)' : ''}`;
    case 'not-earlier-step':
      return `un retour revient à une étape antérieure ; ${step(p.to, f)} ne précède pas ${steps(p.status, f)}`;
    case 'skip-not-allowed': {
      const label = `de ${step(p.from, f)} à ${step(p.to, f)}`;
      if (p.requires === 'known-suppliers')
        return `un saut ${label} exige des fournisseurs connus ; aucun n’a été donné au départ`;
      if (p.requires === 'incumbent') return `un saut ${label} exige un fournisseur en place ; il n’y en a pas`;
      const whose =
        p.procedure === undefined
          ? `de ce${p.buyclass === 'straight-rebuy' ? '' : 't'} ${f.label('buyclass', p.buyclass)}`
          : `d’${PROCEDURES[p.procedure]}`;
      return `la politique ${whose} ne permet aucun saut ${label}`;
    }
  }
}

const PURPOSES = {
  resale: 'L’acheteur revend : la demande de ses clients décide — offrez marge, disponibilité et aide à la revente.',
  production:
    'L’acheteur en fabrique d’autres biens : conformité au cahier des charges, qualité et continuité d’approvisionnement priment.',
  operations: 'L’acheteur s’en sert pour son propre fonctionnement : coût total d’usage, fiabilité et service priment.',
} as const;
const DOWNSTREAM = {
  growing: 'La demande de ses propres clients croît : montrez que vous suivez — capacité, délais, montée en charge.',
  stable: 'La demande de ses propres clients est stable : jouez l’efficacité et la fiabilité d’approvisionnement.',
  declining:
    'La demande de ses propres clients baisse : attendez-vous à une pression sur les coûts et à de moindres volumes — offrez souplesse et engagements réduits.',
} as const;

/** The negotiation terms that answer each driver of the perceived risk. */
const TERMS = {
  'payment-terms':
    'Proposez des conditions de paiement qui limitent l’exposition de l’acheteur : paiement échelonné sur jalons, clause de révision de prix.',
  'performance-guarantee':
    'Prévoyez au contrat des essais de réception et une garantie de performance : l’acheteur paie des résultats qu’il peut vérifier.',
  'delivery-commitment':
    'Engagez-vous sur des dates de livraison avec pénalités, et dites comment l’approvisionnement est sécurisé.',
  'supplier-assurance':
    'Attendez-vous à des questions sur votre solidité : tenez prêts états financiers, références et garantie de la maison mère ou bancaire.',
  'service-level':
    'Proposez un contrat de niveau de service : délais d’intervention et disponibilité des pièces détachées, avec pénalités.',
  'currency-clause':
    'Facturez dans la devise de l’acheteur ou convenez d’une clause d’indexation : le risque de change fait partie des conditions.',
  'shared-decision':
    'Donnez aux personnes concernées de quoi défendre le choix en interne : des références de leurs pairs, une évaluation conjointe.',
} as const;

/** One template per message code, in French. */
const messages = {
  // classifyBuyclass
  'purchased-before': () =>
    'Le produit a déjà été acheté : un réachat, à l’identique ou modifié, sauf si le problème est devenu nouveau.',
  'first-purchase': () => 'Le produit n’a jamais été acheté : un achat nouveau par définition.',
  'specification-changed': () =>
    'Le cahier des charges a changé depuis le dernier achat : un achat modifié, ou un achat nouveau si le problème est nouveau.',
  'specification-unchanged': () =>
    'Le cahier des charges est inchangé : un réachat à l’identique, sauf si le prix, les conditions ou le fournisseur changent.',
  'incumbent-satisfies': () => 'L’acheteur est satisfait du fournisseur en place : un réachat à l’identique.',
  'incumbent-dissatisfies': () =>
    'L’acheteur est insatisfait du fournisseur en place : un achat modifié, ou un achat nouveau si le problème est nouveau.',
  'new-suppliers-considered': () =>
    'De nouveaux fournisseurs sont envisagés : un achat nouveau ou modifié, pas un réachat à l’identique.',
  'no-new-suppliers': () => 'Aucun nouveau fournisseur n’est envisagé : un réachat à l’identique.',
  'novelty-high': () => 'Le problème est nouveau pour les acheteurs : un achat nouveau.',
  'novelty-medium': () => 'Le problème est en partie nouveau pour les acheteurs : un achat modifié.',
  'novelty-low': () => 'Le problème est familier aux acheteurs : un réachat à l’identique.',
  'information-need-high': () => 'Les acheteurs ont besoin de beaucoup d’information : un achat nouveau.',
  'information-need-medium': () => 'Les acheteurs ont besoin d’un peu d’information : un achat modifié.',
  'information-need-low': () => 'Les acheteurs ont besoin de peu d’information : un réachat à l’identique.',
  'fact-not-applicable': (p, f) =>
    `Sans objet pour un premier achat, donc ${p.facts.length === 1 ? 'ignoré' : 'ignorés'} : ${f.list(p.facts)}.`,
  'facts-missing': (p, f) =>
    `${p.facts.length === 1 ? 'Inconnu' : 'Inconnus'}, d’où une confiance moindre : ${f.list(p.facts)}.`,
  'mixed-profile': (p, f) =>
    `Un profil mixte : ${f.list(p.facts)} ne ${p.facts.length === 1 ? 'correspond' : 'correspondent'} pas tout à fait à ${UN_ACHAT[p.buyclass]}.`,
  'rebuy-undecided': (p) =>
    `Les faits connus ne distinguent pas ${UN_ACHAT[p.buyclass]} d’${UN_ACHAT[p.runnerUp]} ; celui qui demande le plus de travail d’achat est retenu.`,
  // classifyPortfolio
  'profit-impact-high': (p, f) => axis('Impact sur le résultat', p, 'high', f),
  'profit-impact-low': (p, f) => axis('Impact sur le résultat', p, 'low', f),
  'supply-risk-high': (p, f) => axis('Risque d’approvisionnement', p, 'high', f),
  'supply-risk-low': (p, f) => axis('Risque d’approvisionnement', p, 'low', f),
  'strategic-purchase': (p) =>
    p.quadrant === 'bottleneck'
      ? 'Un achat stratégique (produit goulot d’étranglement) : la continuité d’approvisionnement pèse lourd (lecture du quadrant par buygrid).'
      : 'Un achat stratégique (produit stratégique) : la fiabilité du fournisseur et un partenariat durable pèsent lourd (lecture du quadrant par buygrid).',
  'banal-purchase': (p) =>
    p.quadrant === 'leverage'
      ? 'Un achat banal (produit levier) : le prix et les conditions pèsent lourd — le pouvoir d’achat, non la fiabilité du fournisseur ; l’enjeu est financier (lecture du quadrant par buygrid).'
      : 'Un achat banal (produit non critique) : un achat de routine efficace prime (lecture du quadrant par buygrid).',
  'secure-partnership': () =>
    'Gestion de l’approvisionnement : analyser le rapport de force, puis exploiter, équilibrer ou diversifier ; bâtir des partenariats durables qui sécurisent l’approvisionnement. Décidé au plus haut niveau.',
  'exploit-purchasing-power': () =>
    'Gestion des matières : utiliser le pouvoir d’achat — appels d’offres, prix cibles, substitution de produits ou de fournisseurs. Décidé par le chef des achats.',
  'secure-volume': () =>
    'Gestion des sources : sécuriser volume et continuité — garanties de volume, suivi des fournisseurs, stock de sécurité, plans de secours. Décidé par les chefs de service.',
  'streamline-buying': () =>
    'Gestion des achats : acheter efficacement — standardiser, regrouper les commandes, optimiser volumes et stocks. Décidé par les acheteurs.',
  // classifyOrganization
  'organization-type': (p, f) => `L’acheteur est ${anOrganization(p.type, f)}.`,
  'organization-type-assumed': () => 'Le type d’organisation n’est pas donné : une entreprise est supposée.',
  'size-micro': (p, f) => sizeBand('micro', p, f),
  'size-small': (p, f) => sizeBand('small', p, f),
  'size-medium': (p, f) => sizeBand('medium', p, f),
  'size-large': (p, f) => sizeBand('large', p, f),
  'no-size-band': (p, f) =>
    `${f.plural(p.employees, { one: '# salarié', other: '# salariés' })} ; pas de catégorie de taille : les seuils de l’UE (recommandation 2003/361/CE) définissent des entreprises, non ${p.type === 'public-body' ? 'des organismes publics' : 'des institutions'}.`,
  'regime-default': (p, f) =>
    p.type === 'public-body'
      ? 'Un organisme public (État, autorité régionale ou locale) est un pouvoir adjudicateur (directive 2014/24/UE, art. 2(1)(1)) : il achète selon les règles des marchés publics — une procédure de la directive au-dessus des seuils européens, les règles nationales en dessous.'
      : `Pas un organisme de droit public : ${anOrganization(p.type, f)} achète selon le régime privé.`,
  'regime-public-law': () =>
    'Un organisme de droit public est un pouvoir adjudicateur (directive 2014/24/UE, art. 2(1)(4)) : il achète selon les règles des marchés publics.',
  'regime-assumed': (p) =>
    p.type === 'institution'
      ? 'Une institution est supposée acheter selon le régime privé ; beaucoup d’hôpitaux, d’universités et d’écoles financés sur fonds publics sont des organismes de droit public (directive 2014/24/UE, art. 2(1)(4)) et achètent selon les règles publiques : passez publicLaw: true.'
      : 'Une entreprise est supposée acheter selon le régime privé (sauf si c’est un organisme de droit public, directive 2014/24/UE, art. 2(1)(4) : passez publicLaw: true).',
  'regime-given': (p, f) => `Le régime est donné : ${f.label('regime', p.regime)}.`,
  // classifySituation
  'buyclass-given': (p) => `La situation d’achat est donnée : ${UN_ACHAT[p.buyclass]}.`,
  'threshold-not-applicable': () =>
    'Les seuils européens s’imposent aux pouvoirs adjudicateurs ; un acheteur privé n’en est pas un, la valeur n’est donc pas comparée.',
  'threshold-not-checked': (p) =>
    p.currency === undefined
      ? 'Aucune valeur du marché n’est donnée : le seuil européen n’a pas été vérifié (en dessous, les règles nationales s’appliquent).'
      : `La valeur est en ${p.currency} ; les seuils européens sont en euros : convertissez-la (la Commission publie les contre-valeurs en monnaie nationale).`,
  'below-threshold': (p, f) => threshold(p, true, f),
  'above-threshold': (p, f) => threshold(p, false, f),
  'procedure-given': (p, f) => `La procédure est donnée : ${f.label('procedure', p.procedure)}.`,
  'procedure-below-threshold': () =>
    'Sous le seuil, la procédure suit les règles nationales (buygrid suppose le minimum du privé : à remplacer).',
  'procedure-default': (p) =>
    `La procédure ouverte est supposée, la plus courante (directive 2014/24/UE, art. 27).${p.buyclass === 'straight-rebuy' ? ' Un réapprovisionnement public de routine est en général un marché fondé sur un accord-cadre (art. 33) : passez la procédure « framework-call-off ».' : ''}`,
  // recommendApproach
  'get-in-early': () =>
    'Intervenez avant que le cahier des charges soit écrit : apportez aux acheteurs l’information qu’ils cherchent et aidez-les à définir le besoin.',
  'shape-the-specification': () =>
    'Travaillez avec les utilisateurs et les prescripteurs pendant qu’ils définissent le besoin, pour que le cahier des charges épouse vos points forts.',
  'leverage-the-relationship': () =>
    'Servez-vous de l’accès et de la confiance que vous avez déjà chez ce client pour connaître tôt le besoin et être consulté le premier.',
  'reach-the-whole-center': () =>
    'Informez chaque membre du centre d’achat, techniciens et décideurs de haut niveau, pas seulement le service achats.',
  'reduce-perceived-risk': () =>
    'Proposez des références, un essai ou un pilote et une visite de site, pour qu’un fournisseur qu’ils ne connaissent pas paraisse sûr.',
  'defend-the-account': () =>
    'Découvrez ce que l’acheteur veut changer et proposez vous-même le changement avant un concurrent.',
  'fix-dissatisfaction': () =>
    'Réglez vite toute réclamation sur la qualité, les délais ou le prix ; l’insatisfaction ouvre la porte aux autres.',
  'seize-the-opening': () =>
    'Faites une offre qui répond exactement à ce que l’acheteur veut changer : un meilleur cahier des charges, un meilleur prix ou de meilleures conditions.',
  'get-on-the-shortlist': () =>
    'Faites-vous qualifier et présélectionner maintenant : l’acheteur regarde quelques nouveaux fournisseurs, pas tous.',
  'keep-the-routine': () =>
    'Gardez qualité, délais et service irréprochables et visitez régulièrement le client : un travail commercial intense.',
  'automate-reordering': () =>
    'Proposez le réapprovisionnement automatique, des contrats-cadres ou un stock géré par le fournisseur, pour que recommander chez vous ne coûte aucun effort.',
  'reframe-the-need': () =>
    'Apportez du nouveau — une meilleure solution, un coût total plus bas — qui fasse reconsidérer l’acheteur et transforme le réachat en achat nouveau.',
  'win-a-trial-order': () => 'Demandez une petite commande d’essai, puis faites vos preuves.',
  'prove-reliability': () =>
    'Prouvez votre fiabilité : solidité financière, continuité d’approvisionnement, certifications, engagement durable.',
  'perform-the-contract': () =>
    'Exécutez votre contrat actuel à la lettre : votre historique est votre référence pour la prochaine procédure.',
  'watch-the-notices': () =>
    'Surveillez les avis de préinformation et les avis de marché de cet acheteur pour cet objet (TED et les portails nationaux).',
  'join-market-consultation': () =>
    'Avant la procédure, répondez à la consultation préalable du marché par une information neutre, fondée sur des normes et ouverte à tous les concurrents — jamais un cahier des charges écrit autour de votre produit.',
  'qualify-for-the-procedure': () =>
    'Préparez le document unique de marché européen (DUME) et les preuves qu’exigent les critères de sélection (aptitude, capacité économique et financière, capacités techniques et professionnelles), et vérifiez qu’aucun motif d’exclusion ne s’applique.',
  'follow-the-procedure': () =>
    'Soumissionnez exactement comme le demandent les documents du marché, dans les délais et par le canal qu’ils désignent ; posez vos questions uniquement par ce canal. En procédure ouverte ou restreinte, une offre ne se négocie pas : remettez la meilleure.',
  'follow-the-call-off-terms': () =>
    'Exécutez chaque marché subséquent aux conditions de l’accord-cadre ; si la mise en concurrence est rouverte entre les titulaires, soumissionnez selon les conditions et critères qu’elle fixe.',
  'prepare-for-the-next-framework': () =>
    'Un marché subséquent ne va qu’à un titulaire de l’accord-cadre : préparez-vous à la prochaine mise en concurrence de l’accord-cadre, et qualifiez-vous alors.',
  'join-the-dynamic-purchasing-system': () =>
    'Demandez votre admission au système d’acquisition dynamique : les fournisseurs admis sont invités à soumissionner pour chaque marché spécifique passé dans ce cadre.',
  'check-the-national-rules': () =>
    'Sous les seuils européens, lisez les règles nationales et les règles d’achat propres à l’acheteur avant d’agir : elles fixent la procédure (souvent simplifiée, ou une attribution directe pour les petits montants).',
  'answer-the-invitation': () =>
    'Aucun appel à la concurrence n’est publié : l’acheteur invite les fournisseurs qu’il consulte, dans les seuls cas que liste la directive. Si vous êtes invité, soumissionnez et négociez dans les termes de l’invitation.',
  // assessRisk: the profile's answers
  'supplier-relationship': (p, f) =>
    answer(
      {
        new: 'Le fournisseur est nouveau pour l’acheteur',
        known: 'L’acheteur connaît le fournisseur mais ne lui achète pas ce produit aujourd’hui',
        incumbent: 'Le fournisseur est en place',
      }[p.answer],
      p,
      f,
    ),
  'buys-from-competitor': (p, f) =>
    answer(
      p.answer
        ? 'Le client achète aujourd’hui ce produit à un concurrent, il changerait donc de fournisseur'
        : 'Le client n’achète pas ce produit à un concurrent',
      p,
      f,
    ),
  'lead-time-critical': (p, f) =>
    answer(p.answer ? 'Les délais sont critiques' : 'Les délais ne sont pas critiques', p, f),
  currency: (p, f) =>
    answer(
      p.answer === 'different'
        ? 'Le fournisseur facture dans une autre devise que celle de l’acheteur'
        : 'Acheteur et fournisseur partagent la même devise',
      p,
      f,
    ),
  'after-sales-dependency': (p, f) =>
    answer(
      {
        high: 'L’acheteur dépend fortement du service après-vente',
        moderate: 'L’acheteur dépend modérément du service après-vente',
        low: 'L’acheteur dépend peu du service après-vente',
      }[p.answer],
      p,
      f,
    ),
  importance: (p, f) =>
    answer(
      p.answer === 'unanswered'
        ? 'L’importance de l’achat n’est pas connue (une valeur moyenne est supposée)'
        : `L’achat est ${f.label('importance', p.answer)}`,
      p,
      f,
    ),
  buyclass: (p, f) =>
    answer(
      p.answer === 'unanswered'
        ? 'La situation d’achat n’est pas connue (une valeur moyenne est supposée)'
        : `L’achat est ${UN_ACHAT[p.answer]}`,
      p,
      f,
    ),
  'budget-share': (p, f) =>
    `${p.budgetShare === undefined ? 'La part du budget n’est pas connue (une valeur moyenne est supposée)' : `L’achat représente ${f.percent(p.budgetShare)} du budget`} : enjeu (${f.list(Object.entries(p.consequence).map(([d, v]) => `${f.label('dimension', d as never)} ${f.number(v, 3)}`))}).`,
  given: (p, f) =>
    `Donné explicitement${p.overridingProfile ? ' (à la place du profil)' : ''} : ${dims(p.dimensions, f)}.`,
  situation: (p, f) =>
    `Repris de la situation d’achat : ${f.list([p.importance === undefined ? '' : `achat ${f.label('importance', p.importance)}`, p.buyclass === undefined ? '' : f.label('buyclass', p.buyclass)].filter((s) => s !== ''))}.`,
  'profile-over-situation': (p, f) =>
    `La réponse du profil l’emporte sur la situation : ${f.list([p.importance === undefined ? '' : `achat ${f.label('importance', p.importance)}${p.situationImportance === undefined ? '' : ` (la situation dit achat ${f.label('importance', p.situationImportance)})`}`, p.buyclass === undefined ? '' : `${f.label('buyclass', p.buyclass)}${p.situationBuyclass === undefined ? '' : ` (la situation dit ${f.label('buyclass', p.situationBuyclass)})`}`].filter((s) => s !== ''))}.`,
  'situation-without-profile': () =>
    'La situation ne remplace que l’importance et la situation d’achat du profil ; sans profil, elle ne change rien.',
  'not-assessed': (p, f) => `Non évalué (ni donné ni déduit), exclu du score : ${dims(p.dimensions, f)}.`,
  'reducer-applied': (p, f) =>
    `Appliqué : ${REDUCERS[p.reducer]} (${p.reducer}) : ${p.dimensions.length > 0 ? `${p.targets === 'uncertainty' ? 'incertitude' : 'enjeu'} (${dims(p.dimensions, f)}) × ${f.number(p.factor, 3)}` : 'aucune dimension évaluée n’est concernée'}.`,
  // analyzeBuyingCenter
  'no-decider': () => 'Aucun membre n’est connu pour décider : trouvez qui dit oui ou non à l’achat.',
  'single-threaded': (p, f) =>
    `Le centre d’achat compte ${f.plural(p.members, { one: '# membre connu', other: '# membres connus' })} : un seul contact est un point de défaillance ; touchez davantage de personnes concernées.`,
  'influential-blocker': (p, f) =>
    `${p.names.length === 1 ? 'Opposant influent' : 'Opposants influents'} (influence ≥ ${f.number(p.threshold)}) : ${f.list(p.names)}.`,
  'no-champion': () => 'Aucun champion : sans lui, bien des achats ne se font jamais (Bonoma 1982).',
  'missing-role': (p, f) =>
    `Aucun ${f.label('role', p.role)} pour l’étape ${step(p.step, f)} : aucun membre qui ${DEFINITIONS[p.role]}`,
  // expectedSize
  'buyclass-base': (p, f) =>
    `${UN_ACHAT[p.buyclass].replace(/^un/, 'Un')} : une base de ${f.plural(p.base, { one: '# personne', other: '# personnes' })} (pour 250 à 999 salariés, complexité moyenne, achat banal).`,
  'complexity-factor': (p, f) =>
    `Complexité ${{ low: 'faible', medium: 'moyenne', high: 'élevée' }[p.complexity as string] ?? p.complexity} : × ${f.number(p.factor, 3)}.`,
  'importance-factor': (p, f) => `Un achat ${f.label('importance', p.importance)} : × ${f.number(p.factor, 3)}.`,
  'employees-factor': (p, f) =>
    `${f.plural(p.employees, { one: '# salarié', other: '# salariés' })}${p.below === undefined ? '' : ` (moins de ${f.number(p.below)})`} : × ${f.number(p.factor, 3)}.`,
  'budget-share-factor': (p, f) =>
    `Une part du budget de ${f.percent(p.budgetShare)} : × ${f.number(p.factor, 3)}${p.atLeast === undefined ? '' : ` ; un budget important, donc personne ne décide seul (au moins ${f.number(p.atLeast)})`}.`,
  'capped-by-employees': (p, f) =>
    `Pas plus de personnes que l’effectif : ${f.plural(p.employees, { one: '# salarié', other: '# salariés' })}.`,
  // transition
  terminal: (p, f) =>
    `l’achat est ${f.label('outcome', p.status)} ; il n’accepte plus d’événement${p.status === 'awarded' ? ' sauf une évaluation de la performance' : ''}`,
  'not-allowed': (p, f) =>
    `${p.event} n’est pas accepté ${p.status === 'awarded' || p.status === 'abandoned' ? 'sur un achat' : 'en'} ${steps(p.status, f)} ; sont acceptés : ${p.accepted.length === 0 ? 'aucun' : f.list(p.accepted)}`,
  guard: (p, f) => guardMessage(p, f),
  // evaluateOffers
  'criterion-leading': (p, f) =>
    `« ${p.supplierId} » obtient ${f.number(p.score)} ; surtout grâce à ${p.criterion} (${f.number(p.contribution)}).`,
  'criterion-missing': (p) => `« ${p.supplierId} » : aucun délai proposé, le critère lead-time vaut 0.`,
  'ranked-not-selected': (p, f) =>
    `${f.plural(p.offers, { one: '# offre classée', other: '# offres classées' })} selon ${f.list(p.criteria.map((c) => `${c.criterion} ${f.number(c.weight)}`))} ; le choix reste celui de l’acheteur (supplierSelected).`,
  // crm
  mapped: (p, f) =>
    'roles' in p
      ? `${p.crm} « ${p.value} » → ${f.list([...p.roles.map((r) => f.label('role', r)), ...(p.stance === undefined ? [] : [`position ${f.label('stance', p.stance)}`])])}.`
      : `${p.crm} « ${p.value} » → ${p.step === undefined ? (p.outcome === undefined ? 'sans issue' : f.label('outcome', p.outcome)) : step(p.step, f)} : ${p.why}`,
  'no-role': (p) => `${p.crm} « ${p.value} » ne désigne aucun rôle du centre d’achat.`,
  'unknown-value': (p) =>
    `« ${p.value} » n’est pas une valeur de la table ${p.crm} : laissé sans correspondance plutôt que deviné.`,
  'conflicting-stances': (p, f) =>
    `Les valeurs désignent des positions différentes (${f.list(p.stances.map((s) => f.label('stance', s)))}) : aucune position n’est donnée plutôt qu’une devinée.`,
  'seller-view': () =>
    'Une étape de CRM suit l’affaire du vendeur, non le processus de l’acheteur : l’étape est approximative (lecture de buygrid).',
  closed: (p) =>
    `L’affaire est close (${p.deal === 'won' ? 'gagnée' : 'perdue'}) : l’achat n’est à aucune étape en cours.`,
  'lost-ambiguous': () =>
    'Une affaire perdue ne dit pas si l’acheteur a abandonné l’achat ou l’a attribué à un concurrent : aucune issue n’est donnée ; un motif de perte le dirait.',
  'unknown-stage': (p) =>
    `« ${p.stage} » n’est pas une étape de la table ${p.crm} (une étape personnalisée ?) : laissée sans correspondance plutôt que devinée ; passez la table de votre pipeline.`,
  written: (p, f) =>
    `${p.role === undefined ? (p.stance === undefined ? 'position' : `position ${f.label('stance', p.stance)}`) : f.label('role', p.role)} → ${p.crm} « ${p.value} ».`,
  lost: (p, f) =>
    `${p.crm} n’a aucune valeur pour ${f.list([...p.roles.map((r) => f.label('role', r)), ...(p.stance === undefined ? [] : [`position ${f.label('stance', p.stance)}`])])} : non écrit.`,
  'single-select': () =>
    'Salesforce OpportunityContactRole.Role ne prend qu’une valeur : écrivez-y la première, ou `value` dans le champ à choix multiples AccountContactRelation.Roles.',
  // analyzeProspect: actions
  'win-over-the-blocker': () =>
    'Un membre influent bloque l’achat ou vous bloque : comprenez l’objection et répondez-y par quelqu’un en qui il a confiance.',
  'find-the-decider': () => 'Aucun décideur n’est connu : trouvez qui dit oui ou non, et comment le joindre.',
  'follow-the-revisit': (p, f) =>
    p.regime === 'public-tender'
      ? `L’acheteur est revenu à l’étape ${step(p.step, f)} : suivez la procédure telle que publiée et répondez à tout nouvel appel ; n’essayez pas de l’orienter (directive 2014/24/UE, art. 18 et 42).`
      : p.step === 'specification'
        ? p.position === 'in-supplier'
          ? 'L’acheteur redéfinit ce qu’il achète : participez au nouveau cahier des charges et défendez le compte — la place d’un fournisseur en place n’est pas acquise dans un achat modifié.'
          : 'L’acheteur redéfinit ce qu’il achète : une ouverture — faites-vous consulter sur le nouveau cahier des charges.'
        : p.position === 'in-supplier'
          ? `L’acheteur est revenu à l’étape ${step(p.step, f)} : découvrez ce qui a changé et répondez-y avant un concurrent.`
          : `L’acheteur est revenu à l’étape ${step(p.step, f)} : découvrez ce qui a changé — une étape rouverte est une occasion d’entrer.`,
  'revive-the-purchase': () =>
    'Rien ne s’est passé depuis un moment : appelez votre contact, trouvez ce qui bloque et proposez la prochaine étape concrète.',
  'meet-who-matters-now': (p, f) =>
    `Rencontrez ${p.name} maintenant : le membre qui pèse le plus en ${step(p.step, f)} et n’est pas encore de votre côté.`,
  'reach-missing-roles': (p, f) =>
    `Personne parmi vos contacts n’est ${p.roles.map((r) => f.label('role', r)).join(' ou ')}, dont l’étape ${step(p.step, f)} a besoin : trouvez-le.`,
  'put-reducers-in-the-offer': (p) => `Mettez dans l’offre : ${p.reducers.map((r) => REDUCERS[r]).join(' ; ')}.`,
  'prepare-the-terms': (p) => `Préparez la négociation autour du risque : ${p.terms.map((t) => TERMS[t]).join(' ')}`,
  'find-a-champion': () =>
    'Trouvez un champion : quelqu’un, à l’intérieur, qui veut cet achat et le défendra en interne.',
  'widen-the-contacts': () =>
    'Touchez davantage de personnes concernées : un seul contact est un point de défaillance.',
  'serve-the-purpose': (p) => PURPOSES[p.purpose],
  'follow-downstream-demand': (p) => DOWNSTREAM[p.demand],
  // analyzeProspect: red flags and reasons
  stalled: (p, f) =>
    `Aucun événement depuis ${days(Math.floor(p.days), f)} en ${step(p.step, f)} (à l’arrêt à partir de ${days(p.after, f)}, une hypothèse).`,
  'going-back': (p, f) => `L’achat est revenu à l’étape ${step(p.step, f)} : l’acheteur reconsidère.`,
  engage: (p, f) =>
    `${p.name} (${p.roles.length === 0 ? 'aucun rôle connu' : roles(p.roles, f)}) : participation ${f.number(p.participation)} en ${step(p.step, f)} × influence ${f.number(p.influence)} = ${f.number(p.score)}${p.stance === undefined ? '' : ` ; ${f.label('stance', p.stance)}`}.`,
  'perceived-risk': (p, f) =>
    `Le risque perçu par l’acheteur est ${f.label('riskLevel', p.level)} (${f.number(p.score)}), dû à : ${dims(p.drivers, f)}.`,
  'risk-driver': (p, f) =>
    `${f.label('dimension', p.dimension)} : un facteur du risque perçu, qui façonne les conditions (un texte néerlandais d’enseignement du marketing B2B).`,
  approach: () => 'L’action que recommande la situation d’achat (recommendApproach), avec sa source.',
  purpose: (p) =>
    `L’organisation achète pour ${{ resale: 'revendre', production: 'produire', operations: 'son fonctionnement' }[p.purpose]} (un texte grec d’enseignement du marketing) ; ce que cela demande à l’offre est la lecture de buygrid.`,
  'derived-demand': () =>
    'La demande d’une entreprise dérive de la demande de ses propres clients (un texte français d’enseignement du marketing B2B : la décision du client dépend largement des besoins de ses propres clients).',
  // negotiation terms
  'payment-terms': () => TERMS['payment-terms'],
  'performance-guarantee': () => TERMS['performance-guarantee'],
  'delivery-commitment': () => TERMS['delivery-commitment'],
  'supplier-assurance': () => TERMS['supplier-assurance'],
  'service-level': () => TERMS['service-level'],
  'currency-clause': () => TERMS['currency-clause'],
  'shared-decision': () => TERMS['shared-decision'],
  // accountHistory
  stage: (p, f) =>
    `${f.plural(p.won, { one: '# achat gagné', other: '# achats gagnés' })} sur ${f.plural(p.awarded, { one: '# attribué', other: '# attribués' })}${p.latestWon ? ', dont le dernier' : ''} : ${{ 'pre-relationship': 'phase de pré-relation', early: 'phase initiale', development: 'phase de développement', 'long-term': 'phase de long terme' }[p.stage]} (d’après Ford 1980 ; les seuils sont la lecture de buygrid).`,
  relationship: (p) =>
    p.relationship === 'incumbent'
      ? `${p.supplierId} a remporté la dernière attribution : le fournisseur en place.`
      : p.relationship === 'known'
        ? `${p.supplierId} a pris part à des achats antérieurs mais ne détient pas la dernière attribution.`
        : `${p.supplierId} n’apparaît dans aucun achat de ce compte.`,
  trend: (p) =>
    `D’${UN_ACHAT[p.from]} à ${UN_ACHAT[p.to]} : ${{ routinizing: 'routinisation', steady: 'stable', reopening: 'réouverture' }[p.trend]}.`,
} satisfies MessageTable;

const catalog = /* @__PURE__ */ deepFreeze({
  tag: 'fr',
  dir: 'ltr',
  labels,
  texts,
  messages,
} as const satisfies Catalog);

export default catalog;
