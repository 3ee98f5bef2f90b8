/**
 * The English catalog (`buygrid/locales/en`): the labels of every vocabulary, explain's
 * sentences and a template for every message code. It is the language `explain` and `label`
 * speak without a `locale`, and the reference every other catalog follows.
 *
 * @example
 * ```ts
 * import en from 'buygrid/locales/en';
 * en.labels.role.prescriber;
 * //=> 'prescriber'
 * ```
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Catalog, Format, MessageTable } from './catalog.js';
import type { Procedure } from '../_lib/vocabulary.js';
import { ROLE_DEFINITIONS } from '../buying-center/definitions.js';
import { PROCEDURE_PHRASES, type GuardParams } from '../process/messages.js';
import { missingRolesMessage } from '../prospect/messages.js';
import { answerMessage, type ProfileAnswerParams } from '../risk/messages.js';
import type { RiskReducerId } from '../risk/reducers.js';
import { APPROACH_ACTIONS, APPROACH_EXTRA_ACTIONS } from '../situation/approach-actions.js';
import { PUBLIC_APPROACH_ACTIONS } from '../situation/approach-public.js';
import type { PortfolioAxisParams, SizeBandParams, ThresholdParams } from '../situation/messages.js';
import { labels, texts } from './english.js';

/** What each reducer of the risk is, in a sentence: `a warranty`. */
const REDUCERS: Readonly<Record<RiskReducerId, string>> = labels.reducer;

/** What each answer of the risk profile says, opening its reason. */
const SAYS = {
  supplierRelationship: {
    new: 'The supplier is new to the buyer',
    known: 'The buyer knows the supplier but does not buy this from it now',
    incumbent: 'The supplier is the incumbent',
  },
  buysFromCompetitor: {
    yes: 'The client buys this from a competitor now, so switching',
    no: 'The client does not buy this from a competitor',
  },
  leadTimeCritical: { yes: 'Lead times are critical', no: 'Lead times are not critical' },
  currency: {
    different: 'The supplier bills in another currency than the buyer’s',
    same: 'Buyer and supplier share a currency',
  },
  afterSalesDependency: {
    high: 'The buyer depends highly on after-sales service',
    moderate: 'The buyer depends moderately on after-sales service',
    low: 'The buyer depends little on after-sales service',
  },
  importance: {
    strategic: 'The purchase is strategic',
    banal: 'The purchase is banal',
    unanswered: 'The importance of the purchase is not known (a middle value is assumed)',
  },
  buyclass: {
    'new-task': 'The purchase is a new task',
    'modified-rebuy': 'The purchase is a modified rebuy',
    'straight-rebuy': 'The purchase is a straight rebuy',
    unanswered: 'The buyclass is not known (a middle value is assumed)',
  },
} as const;

const EMPTY = {} as const;
const list = (items: readonly string[]): string => items.join(', ');
const A_BUYCLASS = {
  'new-task': 'a new task',
  'modified-rebuy': 'a modified rebuy',
  'straight-rebuy': 'a straight rebuy',
};
const AN_ORGANIZATION = { company: 'a company', 'public-body': 'a public body', institution: 'an institution' };
const short = (v: number): string => String(Math.round(v * 1000) / 1000);
const euro = (n: number): string => `€${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
const euros = (n: number): string => (n >= 1_000_000 ? `€${String(Math.round(n / 100_000) / 10)}m` : `€${String(n)}`);

/** Where a Kraljic axis came from: given, or its sub-criteria (` (from …)`, ` (the mean of …)`, ` (decided by …)`). */
function axisFrom(p: PortfolioAxisParams): string {
  const subs = Object.entries(p.subcriteria ?? {});
  if (subs.length === 0) return '';
  const from = list(subs.map(([name, v]) => `${name} ${String(v)}`));
  if (p.aggregate === 'mean') return ` (the mean of ${from})`;
  return subs.length === 1 ? ` (from ${from})` : ` (decided by ${String(p.decidedBy)}, the largest of ${from})`;
}

function against(p: PortfolioAxisParams, level: 'high' | 'low', _f: Format): string {
  const shown = p.value !== p.threshold && Math.abs(p.value - p.threshold) < 0.0005 ? String(p.value) : short(p.value);
  return `${shown}${level === 'high' ? ' is at or above' : ' is below'} the threshold ${String(p.threshold)}: ${level}`;
}

function sizeBand(band: string, p: SizeBandParams): string {
  const money = [
    p.turnover === undefined ? '' : `turnover ${euros(p.turnover)}`,
    p.balanceSheet === undefined ? '' : `balance sheet ${euros(p.balanceSheet)}`,
  ].filter((m) => m !== '');
  return money.length === 0
    ? `${String(p.employees)} employees: a ${band} enterprise by headcount (EU thresholds 10, 50, 250; turnover and balance sheet not given).`
    : `${String(p.employees)} employees, ${list(money)}: a ${band} enterprise (EU thresholds: headcount 10, 50, 250; turnover €2m, €10m, €50m or balance sheet €2m, €10m, €43m).`;
}

function threshold(p: ThresholdParams, below: boolean): string {
  const assumed =
    p.authority === undefined && p.subject !== 'works'
      ? ' (authority level not given: the lower, central-government threshold is assumed)'
      : '';
  return `${euro(p.amount)} of ${p.subject} is ${below ? 'below' : 'at or above'} the EU threshold of ${euro(p.threshold)}${assumed} (${p.regulation}, ${p.validFrom.slice(0, 4)}–${p.validUntil.slice(0, 4)}): ${below ? 'national rules apply' : 'Directive 2014/24/EU applies'}.`;
}

/** A profile answer's reason: what it says, then the dimensions whose uncertainty and consequence it raised. */
function answer(says: string, p: ProfileAnswerParams<unknown>, _f: Format): string {
  return answerMessage(says, list(p.uncertainty), list(p.consequence));
}

const amounts = (by: Readonly<Partial<Record<string, number>>>, _f: Format): string =>
  list(Object.entries(by).map(([d, v]) => `${d} ${String(Math.round((v ?? 0) * 1000) / 1000)}`));

const under = (p: { readonly procedure?: Procedure }): string =>
  p.procedure === undefined ? '' : ` under ${PROCEDURE_PHRASES[p.procedure]}`;
const count = (n: number, word: string): string => `${n === 0 ? 'no' : String(n)} ${word}${n === 1 ? '' : 's'}`;
const status = (s: string): string => s.replace('-', ' ');

/** The message of a guard's refusal, by guard. */
function guardMessage(p: GuardParams): string {
  switch (p.guard) {
    case 'chronological':
      return `the event is dated ${p.at}, before the last event of the purchase (${p.last})`;
    case 'role': {
      const needed = `${p.event} must be recorded by a ${p.roles.join(' or ')} of the buying center`;
      if (p.by === undefined) return `${needed}; no member was named (by)`;
      if (p.held === undefined) return `${needed}; "${p.by}" is not a member`;
      return `${needed}; "${p.by}" is ${p.held.length === 0 ? 'no role' : list(p.held)}`;
    }
    case 'duplicate-id':
      return p.of === 'requirement'
        ? `requirement "${p.id}" is already in the specification`
        : `supplier "${p.id}" is already on the list (${p.status})`;
    case 'unknown-requirement':
      return `no requirement "${p.id}" is in the specification`;
    case 'must-requirement':
      return 'the specification needs at least one "must" requirement before it is approved; it has none';
    case 'unknown-supplier':
      return `no supplier "${p.id}" is on the list of this purchase`;
    case 'excluded-supplier':
      return `supplier "${p.id}" was excluded`;
    case 'min-shortlisted': {
      const listed = list(p.undecided.map((id) => `"${id}"`));
      if (p.inviteAll === 'always' && p.undecided.length > 0)
        return `every supplier not excluded is invited to tender${under(p)}; shortlist or exclude ${listed} first`;
      let now = `${String(p.shortlisted)} ${p.shortlisted === 1 ? 'is' : 'are'} shortlisted`;
      if (p.inviteAll === 'if-fewer' && p.undecided.length > 0)
        now += ` and ${listed} ${p.undecided.length === 1 ? 'is' : 'are'} neither shortlisted nor excluded`;
      const fewer = p.inviteAll === 'if-fewer' ? ', or all who qualify when fewer do' : '';
      return `negotiation needs at least ${count(p.minShortlisted, 'shortlisted supplier')}${under(p)}${fewer}; ${now}`;
    }
    case 'not-shortlisted':
      return `an offer from "${p.id}" needs the supplier shortlisted first; it is ${p.status}`;
    case 'no-negotiation':
      return `"${p.id}" has already tendered, and tenders are not negotiated${under(p)}`;
    case 'min-offers':
      return `the decision needs offers from at least ${count(p.minOffers, 'supplier')}${under(p)}; ${count(p.offers, 'offer')} received`;
    case 'no-offer':
      return `supplier "${p.id}" has made no offer${p.reorderWithoutOffer ? ' (only the incumbent may be re-ordered from without one)' : ''}`;
    case 'not-earlier-step':
      return `a revisit goes back to an earlier step; ${status(p.to)} is not before ${status(p.status)}`;
    case 'skip-not-allowed': {
      const label = `${status(p.from)} to ${status(p.to)}`;
      if (p.requires === 'known-suppliers')
        return `a skip from ${label} needs known suppliers; none was given at the start`;
      if (p.requires === 'incumbent') return `a skip from ${label} needs an incumbent supplier; there is none`;
      const whose = p.procedure === undefined ? `this ${p.buyclass} purchase` : PROCEDURE_PHRASES[p.procedure];
      return `the policy of ${whose} allows no skip from ${label}`;
    }
  }
}

const PURPOSES = {
  resale: 'The buyer resells: its customers’ demand decides — offer margin, availability and help to sell through.',
  production:
    'The buyer makes other goods with it: conformity to the specification, quality and continuity of supply weigh most.',
  operations: 'The buyer uses it to run its own operations: total cost of use, reliability and service weigh most.',
};
const DOWNSTREAM = {
  growing: 'Its own customers’ demand is growing: show that you can keep up — capacity, lead times, scalability.',
  stable: 'Its own customers’ demand is stable: compete on efficiency and reliability of supply.',
  declining:
    'Its own customers’ demand is falling: expect cost pressure and smaller volumes — offer flexibility and lower commitments.',
};

/** The reason of an approach action (its source), as `recommendApproach` gives it: found in the action tables. */
function approachReason(code: string): string {
  const find = (value: unknown): string | undefined => {
    if (typeof value !== 'object' || value === null) return undefined;
    const action = value as { readonly code?: unknown; readonly reason?: unknown };
    if (action.code === code && typeof action.reason === 'string') return action.reason;
    for (const inner of Object.values(value)) {
      const found = find(inner);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return find([APPROACH_ACTIONS, APPROACH_EXTRA_ACTIONS, PUBLIC_APPROACH_ACTIONS]) ?? '';
}

/**
 * One template per message code, in English: each gives the `message` the library writes
 * beside the code, from the code's params. The reference every translation follows.
 */
const messages: MessageTable = {
  // classifyBuyclass: one per fact value; Kraljic strategies; regimes; the seller's approach actions
  'purchased-before': (): string =>
    'The item was bought before: a rebuy, straight or modified, unless the problem has become new.',
  'first-purchase': (): string => 'The item was never bought before: a new task by definition.',
  'specification-changed': (): string =>
    'The specification changed since the last purchase: a modified rebuy, or a new task if the problem is new.',
  'specification-unchanged': (): string =>
    'The specification is unchanged: a straight rebuy, unless price, terms or supplier change.',
  'incumbent-satisfies': (): string => 'The buyer is satisfied with the current supplier: a straight rebuy.',
  'incumbent-dissatisfies': (): string =>
    'The buyer is dissatisfied with the current supplier: a modified rebuy, or a new task if the problem is new.',
  'new-suppliers-considered': (): string =>
    'New suppliers are considered: a new task or a modified rebuy, not a straight rebuy.',
  'no-new-suppliers': (): string => 'No new supplier is considered: a straight rebuy.',
  'novelty-high': (): string => 'The problem is new to the buyers: a new task.',
  'novelty-medium': (): string => 'The problem is partly new to the buyers: a modified rebuy.',
  'novelty-low': (): string => 'The problem is familiar to the buyers: a straight rebuy.',
  'information-need-high': (): string => 'The buyers need much information: a new task.',
  'information-need-medium': (): string => 'The buyers need some information: a modified rebuy.',
  'information-need-low': (): string => 'The buyers need little information: a straight rebuy.',
  'secure-partnership': (): string =>
    'Supply management: analyse the power position, then exploit, balance or diversify; build long-term partnerships that secure supply. Decided at the top.',
  'exploit-purchasing-power': (): string =>
    'Materials management: use purchasing power — tenders, target pricing, substitution of products or suppliers. Decided by the chief buyer.',
  'secure-volume': (): string =>
    'Sourcing management: secure volume and continuity — volume insurance, control of vendors, safety stock, backup plans. Decided by department heads.',
  'streamline-buying': (): string =>
    'Purchasing management: buy efficiently — standardize, bundle orders, optimize order volumes and inventory. Decided by buyers.',
  'organization-type-assumed': (): string => 'The type of organization is not given: a company is assumed.',
  'regime-public-law': (): string =>
    'A body governed by public law is a contracting authority (Directive 2014/24/EU art. 2(1)(4)): it buys under public procurement rules.',
  'shape-the-specification': (): string =>
    'Work with the users and prescribers while they define the need, so the specification fits your strengths.',
  'get-in-early': (): string =>
    'Get in before the specification is written: bring the buyers the information they seek and help them define the need.',
  'leverage-the-relationship': (): string =>
    'Use the access and trust you already have with the account to learn the need early and to be consulted first.',
  'reach-the-whole-center': (): string =>
    'Inform every member of the buying center, technical people and senior deciders, not only purchasing.',
  'reduce-perceived-risk': (): string =>
    'Offer references, a trial or pilot and a site visit, so that a supplier new to them looks safe.',
  'defend-the-account': (): string =>
    'Find out what the buyer wants changed and propose the change yourself before a competitor does.',
  'fix-dissatisfaction': (): string =>
    'Settle any complaint about quality, delivery or price quickly; dissatisfaction is what opens the door to others.',
  'seize-the-opening': (): string =>
    'Make an offer that answers exactly what the buyer wants to change: a better specification, price or terms.',
  'get-on-the-shortlist': (): string =>
    'Get qualified and shortlisted now: the buyer looks at a few new suppliers, not all of them.',
  'keep-the-routine': (): string =>
    'Keep quality, delivery and service flawless and visit the account regularly: intense commercial work.',
  'automate-reordering': (): string =>
    'Offer automatic re-ordering, blanket contracts or vendor-managed stock, so that re-ordering from you takes no effort.',
  'reframe-the-need': (): string =>
    'Bring something new — a better solution, a lower total cost — that makes the buyer reconsider, turning the re-order into a new task.',
  'win-a-trial-order': (): string => 'Ask for a small trial order and then prove yourself on it.',
  'prove-reliability': (): string =>
    'Prove your reliability: financial soundness, continuity of supply, certifications, long-term commitment.',
  'perform-the-contract': (): string =>
    'Perform your current contract to the letter: your record is your reference for the next procedure.',
  'watch-the-notices': (): string =>
    'Watch the prior information notices and contract notices for this buyer and subject (TED and the national portals).',
  'qualify-for-the-procedure': (): string =>
    'Prepare the European Single Procurement Document and the evidence the selection criteria ask for (suitability, economic and financial standing, technical and professional ability), and check that no ground for exclusion applies.',
  'follow-the-procedure': (): string =>
    'Tender exactly as the procurement documents ask, by the deadline and through the channel they name; ask questions only through it. In an open or restricted procedure a tender is not negotiated: submit your best one.',
  'follow-the-call-off-terms': (): string =>
    'Deliver each call-off on the terms of the framework agreement; where competition is reopened among the parties, tender on the terms and criteria it sets.',
  'prepare-for-the-next-framework': (): string =>
    'A call-off goes only to a party to the framework agreement: prepare for the next call for competition of the framework, and qualify then.',
  'join-the-dynamic-purchasing-system': (): string =>
    'Apply for admission to the dynamic purchasing system: admitted suppliers are invited to tender for every specific procurement under it.',
  'answer-the-invitation': (): string =>
    'No call for competition is published: the buyer invites the suppliers it consults, only in the cases the Directive lists. If invited, tender and negotiate within the terms of the invitation.',
  'no-decider': (): string => 'No member is known to decide: find who says yes or no to the purchase.',
  'no-champion': (): string => 'No champion: without one, many purchases are never made (Bonoma 1982).',
  'payment-terms': (): string =>
    'Offer payment terms that limit the buyer’s exposure: payment in stages against milestones, a price-review clause.',
  'performance-guarantee': (): string =>
    'Put acceptance tests and a performance guarantee in the contract: the buyer pays for results it can check.',
  'delivery-commitment': (): string => 'Commit to delivery dates with penalties, and say how supply is secured.',
  'supplier-assurance': (): string =>
    'Expect questions on your solidity: have financial statements, references and a parent-company or bank guarantee ready.',
  'service-level': (): string =>
    'Offer a service-level agreement: response times and spare-parts availability, with penalties.',
  'currency-clause': (): string =>
    'Price in the buyer’s currency or agree an indexation clause: the exchange risk is part of the terms.',
  'shared-decision': (): string =>
    'Give the people involved what they need to defend the choice internally: references from their peers, a joint evaluation.',
  'derived-demand': (): string =>
    'A business’s demand derives from its own customers’ demand (a French B2B marketing teaching text: the client’s decision depends largely on its own customers’ needs).',
  'single-select': (): string =>
    'Salesforce OpportunityContactRole.Role takes one value: write the first there, or `value` to the multi-select AccountContactRelation.Roles.',
  'join-market-consultation': (): string =>
    "Before the procedure, answer the buyer's preliminary market consultation with neutral, standards-based information open to all competitors — never a specification written around your product.",
  'check-the-national-rules': (): string =>
    "Below the EU thresholds, read the national rules and the buyer's own purchasing rules before you act: they set the procedure (often simplified, or a direct award for low values).",
  // classifyBuyclass: about the profile
  'fact-not-applicable': (p): string => `Not applicable to a first purchase, so ignored: ${p.facts.join(', ')}.`,
  'facts-missing': (p): string => `Not known, so the confidence is lower: ${p.facts.join(', ')}.`,
  'mixed-profile': (p): string =>
    `A mixed profile: ${p.facts.join(', ')} ${p.facts.length === 1 ? 'does' : 'do'} not fit ${A_BUYCLASS[p.buyclass]} fully.`,
  'rebuy-undecided': (p): string =>
    `The known facts do not tell ${A_BUYCLASS[p.buyclass]} from ${A_BUYCLASS[p.runnerUp]}; the one with more buying work is assumed.`,
  // classifyPortfolio
  'profit-impact-high': (p, f): string => `Profit impact${axisFrom(p)} ${against(p, 'high', f)}.`,
  'profit-impact-low': (p, f): string => `Profit impact${axisFrom(p)} ${against(p, 'low', f)}.`,
  'supply-risk-high': (p, f): string => `Supply risk${axisFrom(p)} ${against(p, 'high', f)}.`,
  'supply-risk-low': (p, f): string => `Supply risk${axisFrom(p)} ${against(p, 'low', f)}.`,
  'strategic-purchase': (p): string =>
    p.quadrant === 'bottleneck'
      ? 'A strategic purchase (bottleneck item): continuity of supply weighs heavily (buygrid’s reading of the quadrant).'
      : 'A strategic purchase (strategic item): the reliability of the supplier and a long-term partnership weigh heavily (buygrid’s reading of the quadrant).',
  'banal-purchase': (p): string =>
    p.quadrant === 'leverage'
      ? 'A banal purchase (leverage item): price and terms weigh heavily — purchasing power, not the supplier’s reliability; the stake is money (buygrid’s reading of the quadrant).'
      : 'A banal purchase (non-critical item): efficient routine buying weighs most (buygrid’s reading of the quadrant).',
  // classifyOrganization
  'organization-type': (p): string => `The buyer is ${AN_ORGANIZATION[p.type]}.`,
  'size-micro': (p): string => sizeBand('micro', p),
  'size-small': (p): string => sizeBand('small', p),
  'size-medium': (p): string => sizeBand('medium', p),
  'size-large': (p): string => sizeBand('large', p),
  'no-size-band': (p): string =>
    `${String(p.employees)} employees; no size band: the EU thresholds (Recommendation 2003/361/EC) define enterprises, not ${p.type === 'public-body' ? 'public bodies' : 'institutions'}.`,
  'regime-default': (p): string =>
    p.type === 'public-body'
      ? 'A public body (a State, regional or local authority) is a contracting authority (Directive 2014/24/EU art. 2(1)(1)): it buys under public procurement rules — a procedure of the Directive above the EU thresholds, national rules below them.'
      : `Not a body governed by public law: ${AN_ORGANIZATION[p.type]} buys under the private regime.`,
  'regime-assumed': (p): string =>
    p.type === 'institution'
      ? 'An institution is assumed to buy under the private regime; many publicly funded hospitals, universities and schools are bodies governed by public law (Directive 2014/24/EU art. 2(1)(4)) and buy under public rules: pass publicLaw: true.'
      : 'A company is assumed to buy under the private regime (unless it is a body governed by public law, Directive 2014/24/EU art. 2(1)(4): pass publicLaw: true).',
  'regime-given': (p): string => `The regime is given: ${p.regime}.`,
  // classifySituation
  'buyclass-given': (p): string => `The buyclass is given: ${A_BUYCLASS[p.buyclass]}.`,
  'threshold-not-applicable': (): string =>
    'The EU thresholds bind contracting authorities; a private buyer is not one, so the value is not compared.',
  'threshold-not-checked': (p): string =>
    p.currency === undefined
      ? 'No contract value is given: the EU threshold was not checked (below it, national rules apply).'
      : `The value is in ${p.currency}; the EU thresholds are in euro: convert it (the Commission publishes national-currency equivalents).`,
  'below-threshold': (p): string => threshold(p, true),
  'above-threshold': (p): string => threshold(p, false),
  'procedure-given': (p): string => `The procedure is given: ${p.procedure}.`,
  'procedure-below-threshold': (): string =>
    'Below the threshold the procedure follows national rules (buygrid assumes the private minimum: override it).',
  'procedure-default': (p): string =>
    `The open procedure is assumed, the most common one (Directive 2014/24/EU art. 27).${p.buyclass === 'straight-rebuy' ? ' A public routine re-order is usually a call-off under a framework agreement (art. 33): pass procedure "framework-call-off".' : ''}`,
  // risk: assessRisk and the profile
  'supplier-relationship': (p, f): string => answer(SAYS.supplierRelationship[p.answer], p, f),
  'buys-from-competitor': (p, f): string => answer(SAYS.buysFromCompetitor[p.answer ? 'yes' : 'no'], p, f),
  'lead-time-critical': (p, f): string => answer(SAYS.leadTimeCritical[p.answer ? 'yes' : 'no'], p, f),
  currency: (p, f): string => answer(SAYS.currency[p.answer], p, f),
  'after-sales-dependency': (p, f): string => answer(SAYS.afterSalesDependency[p.answer], p, f),
  importance: (p, f): string => answer(SAYS.importance[p.answer], p, f),
  buyclass: (p, f): string => answer(SAYS.buyclass[p.answer], p, f),
  'budget-share': (p, f): string =>
    `${p.budgetShare === undefined ? 'The budget share is not known (a middle value is assumed)' : `The purchase takes ${String(Math.round(p.budgetShare * 1000) / 10)}% of the budget`}: consequence of ${amounts(p.consequence, f)}.`,
  given: (p): string =>
    `Given explicitly${p.overridingProfile ? ' (overriding the profile)' : ''}: ${p.dimensions.join(', ')}.`,
  situation: (p): string =>
    `Taken from the purchase situation: ${[p.importance === undefined ? '' : `importance ${p.importance}`, p.buyclass === undefined ? '' : `buyclass ${p.buyclass}`].filter((s) => s !== '').join(', ')}.`,
  'profile-over-situation': (p): string =>
    `The profile’s answer wins over the situation: ${[p.importance === undefined ? '' : `importance ${p.importance} (the situation says ${String(p.situationImportance)})`, p.buyclass === undefined ? '' : `buyclass ${p.buyclass} (the situation says ${String(p.situationBuyclass)})`].filter((s) => s !== '').join(', ')}.`,
  'situation-without-profile': (): string =>
    'The situation only stands in for the profile’s importance and buyclass; without a profile it changes nothing.',
  'not-assessed': (p): string =>
    `Not assessed (neither given nor derived), left out of the score: ${p.dimensions.join(', ')}.`,
  'reducer-applied': (p): string =>
    `Applied ${REDUCERS[p.reducer]} (${p.reducer}): ${p.dimensions.length > 0 ? `${p.targets} of ${p.dimensions.join(', ')} × ${String(Math.round(p.factor * 1000) / 1000)}` : 'no assessed dimension is concerned'}.`,
  // buying center: analyzeBuyingCenter warnings
  'single-threaded': (p): string =>
    `The center has ${String(p.members)} known member${p.members === 1 ? '' : 's'}: one contact is one point of failure; reach more of the people involved.`,
  'influential-blocker': (p): string =>
    `Influential blocker${p.names.length === 1 ? '' : 's'} (influence ≥ ${String(p.threshold)}): ${p.names.join(', ')}.`,
  'missing-role': (p): string => {
    const definition = ROLE_DEFINITIONS[p.role].definition;
    return `No ${p.role} for the ${p.step} step: no member ${definition.charAt(0).toLowerCase()}${definition.slice(1)}`;
  },
  // buying center: expectedSize reasons
  'buyclass-base': (p): string =>
    `A ${p.buyclass} purchase: a base of ${String(p.base)} people (for 250–999 employees, medium complexity, banal).`,
  'complexity-factor': (p): string => `${p.complexity} complexity: × ${String(p.factor)}.`,
  'importance-factor': (p): string => `A ${p.importance} purchase: × ${String(p.factor)}.`,
  'employees-factor': (p): string =>
    `${String(p.employees)} employees${p.below === undefined ? '' : ` (fewer than ${String(p.below)})`}: × ${String(p.factor)}.`,
  'budget-share-factor': (p): string =>
    `${String(Math.round(p.budgetShare * 1000) / 10)}% of the budget: × ${String(Math.round(p.factor * 1000) / 1000)}${p.atLeast === undefined ? '' : `; a substantial budget, so no single person decides (at least ${String(p.atLeast)})`}.`,
  'capped-by-employees': (p): string => `No more people than the ${String(p.employees)} employees.`,
  // process: transition rejections
  terminal: (p): string =>
    `the purchase is ${p.status}; it takes no more events${p.status === 'awarded' ? ' but a performance review' : ''}`,
  'not-allowed': (p): string =>
    `${p.event} is not taken in ${p.status.replace('-', ' ')}; it takes ${p.accepted.length === 0 ? 'nothing' : p.accepted.join(', ')}`,
  guard: (p): string => guardMessage(p),
  // process: evaluateOffers reasons
  'criterion-leading': (p): string =>
    `"${p.supplierId}" scores ${String(p.score)}; most from ${p.criterion} (${String(p.contribution)}).`,
  'criterion-missing': (p): string => `"${p.supplierId}": no lead time offered: lead-time scores 0.`,
  'ranked-not-selected': (p): string =>
    `${String(p.offers)} offer${p.offers === 1 ? '' : 's'} ranked on ${p.criteria.map((c) => `${c.criterion} ${String(c.weight)}`).join(', ')}; the selection stays the buyer's (supplierSelected).`,
  // crm
  mapped: (p): string =>
    'roles' in p
      ? `${p.crm} "${p.value}" → ${[...p.roles, ...(p.stance === undefined ? [] : [`stance ${p.stance}`])].join(', ')}.`
      : `${p.crm} "${p.value}" → ${p.step ?? p.outcome ?? 'no outcome'}: ${p.why}`,
  'no-role': (p): string => `${p.crm} "${p.value}" names no buying-center role.`,
  'unknown-value': (p): string =>
    `${JSON.stringify(p.value)} is not a value of the ${p.crm} map: left unmapped rather than guessed.`,
  'conflicting-stances': (p): string =>
    `The values name different stances (${p.stances.join(', ')}): no stance is given rather than one guessed.`,
  'seller-view': (): string =>
    'A CRM stage tracks the seller’s deal, not the buyer’s process: the step is approximate (buygrid’s reading).',
  closed: (p): string => `The deal is closed (${p.deal}): the purchase is in no open step.`,
  'lost-ambiguous': (): string =>
    'A lost deal does not tell whether the buyer abandoned the purchase or awarded it to a competitor: no outcome is given; a loss reason would tell.',
  'unknown-stage': (p): string =>
    `${JSON.stringify(p.stage)} is not a stage of the ${p.crm} map (a custom stage?): left unmapped rather than guessed; pass your pipeline’s map.`,
  written: (p): string => `${p.role ?? `stance ${String(p.stance)}`} → ${p.crm} "${p.value}".`,
  lost: (p): string =>
    `${p.crm} has no value for ${[...p.roles, ...(p.stance === undefined ? [] : [`stance ${p.stance}`])].join(', ')}: not written.`,
  // prospect: analyzeProspect actions
  'win-over-the-blocker': (): string =>
    'An influential member blocks the purchase or you: learn the objection, and answer it through someone they trust.',
  'find-the-decider': (): string => 'No decider is known: find who says yes or no, and how to reach them.',
  'follow-the-revisit': (p): string =>
    p.regime === 'public-tender'
      ? `The buyer went back to ${p.step}: follow the procedure as published and answer any new call; do not try to steer it (Directive 2014/24/EU, arts. 18 and 42).`
      : p.step === 'specification'
        ? p.position === 'in-supplier'
          ? 'The buyer is redefining what to buy: take part in the new specification and defend the account — an in-supplier’s place is not safe in a modified rebuy.'
          : 'The buyer is redefining what to buy: an opening — get consulted on the new specification.'
        : p.position === 'in-supplier'
          ? `The buyer went back to ${p.step}: find out what changed and answer it before a competitor does.`
          : `The buyer went back to ${p.step}: find out what changed — a reopened step is a chance to get in.`,
  'revive-the-purchase': (): string =>
    'Nothing has happened for a while: call your contact, find what blocks, and offer the next concrete step.',
  'meet-who-matters-now': (p): string =>
    `See ${p.name} now: the member who weighs most in ${p.step} and is not yet on your side.`,
  'reach-missing-roles': (p): string => missingRolesMessage(p.roles, p.step),
  'put-reducers-in-the-offer': (p): string => `Put in the offer: ${p.reducers.map((r) => REDUCERS[r]).join('; ')}.`,
  'prepare-the-terms': (p, f): string =>
    `Prepare the negotiation around the risk: ${p.terms.map((t) => messages[t](EMPTY, f)).join(' ')}`,
  'find-a-champion': (): string =>
    'Find a champion: someone inside who wants this purchase and will sell it internally.',
  'widen-the-contacts': (): string => 'Reach more of the people involved: one contact is one point of failure.',
  'serve-the-purpose': (p): string => PURPOSES[p.purpose],
  'follow-downstream-demand': (p): string => DOWNSTREAM[p.demand],
  // prospect: red flags
  stalled: (p): string =>
    `No event for ${String(Math.floor(p.days))} days in ${p.step} (stalled from ${String(p.after)} days, an assumption).`,
  'going-back': (p): string => `The purchase went back to ${p.step}: the buyer is reconsidering.`,
  // prospect: reasons of the actions
  engage: (p): string =>
    `${p.name} (${p.roles.length === 0 ? 'no known role' : p.roles.join(', ')}): participation ${String(p.participation)} in ${p.step} × influence ${String(p.influence)} = ${p.score.toFixed(2)}${p.stance === undefined ? '' : `; ${p.stance}`}.`,
  'perceived-risk': (p): string =>
    `The buyer’s perceived risk is ${p.level} (${p.score.toFixed(2)}), driven by ${p.drivers.join(', ')}.`,
  'risk-driver': (p): string =>
    `${p.dimension} drives the perceived risk: it shapes the terms (a Dutch B2B marketing teaching text).`,
  approach: (p): string => approachReason(p.action),
  purpose: (p): string =>
    `The organization buys for ${p.purpose} (a Greek marketing teaching text); what that asks of the offer is buygrid’s reading.`,
  // prospect: accountHistory reasons
  stage: (p): string =>
    `${String(p.won)} of ${String(p.awarded)} awarded purchase${p.awarded === 1 ? '' : 's'} won${p.latestWon ? ', the latest included' : ''}: ${p.stage} (after Ford 1980; the thresholds are buygrid’s reading).`,
  relationship: (p): string =>
    p.relationship === 'incumbent'
      ? `${p.supplierId} won the latest award: the incumbent.`
      : p.relationship === 'known'
        ? `${p.supplierId} took part in earlier purchases but does not hold the latest award.`
        : `${p.supplierId} appears in no purchase of this account.`,
  trend: (p): string => `From ${p.from} to ${p.to}: ${p.trend}.`,
};

/**
 * The English catalog: labels, explain's sentences and message templates. `explain` and
 * `label` read it when no `locale` is given.
 *
 * @example
 * ```ts
 * import { explain } from 'buygrid/explain';
 * import en from 'buygrid/locales/en';
 * import { classifyBuyclass } from 'buygrid/situation';
 * explain(classifyBuyclass({ purchasedBefore: false }), { locale: en });
 * //=> 'new task (confidence 0.25)'
 * ```
 */
const catalog = /* @__PURE__ */ deepFreeze({
  tag: 'en',
  dir: 'ltr',
  labels,
  texts,
  messages,
} as const satisfies Catalog);

export default catalog;
