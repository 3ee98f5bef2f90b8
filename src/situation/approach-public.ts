/**
 * What a seller does when the buyer follows public procurement rules, per procedure, as data.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Procedure } from '../_lib/vocabulary.js';
import type { ApproachAction, SupplierPosition } from './approach-actions.js';

// Plain strings, no `${…}`: a template with a substitution at module scope keeps the table in every bundle.

const PERFORM: ApproachAction = {
  code: 'perform-the-contract',
  params: {},
  message: 'Perform your current contract to the letter: your record is your reference for the next procedure.',
  reason:
    'Significant or persistent deficiencies in performing a prior public contract that led to its early termination, damages or comparable sanctions are a ground for exclusion (Directive 2014/24/EU art. 57(4)(g)).',
};
const WATCH: ApproachAction = {
  code: 'watch-the-notices',
  params: {},
  message:
    'Watch the prior information notices and contract notices for this buyer and subject (TED and the national portals).',
  reason:
    'Above the EU thresholds a procedure is called by notices published in the Official Journal of the EU (Directive 2014/24/EU arts. 48, 49, 51).',
};
const CONSULT: ApproachAction = {
  code: 'join-market-consultation',
  params: {},
  message:
    "Before the procedure, answer the buyer's preliminary market consultation with neutral, standards-based information open to all competitors — never a specification written around your product.",
  reason:
    'An authority may consult the market to prepare a procurement and use the advice only if it does not distort competition or breach non-discrimination and transparency (Directive 2014/24/EU art. 40). Information from a candidate who took part is shared with the other candidates, and the candidate is excluded where equal treatment cannot be ensured otherwise (arts. 41, 57(4)(f)); specifications may not refer to a make or source that favours one supplier unless the subject of the contract justifies it (art. 42(4)).',
};
const QUALIFY: ApproachAction = {
  code: 'qualify-for-the-procedure',
  params: {},
  message:
    'Prepare the European Single Procurement Document and the evidence the selection criteria ask for (suitability, economic and financial standing, technical and professional ability), and check that no ground for exclusion applies.',
  reason:
    'Candidates are selected on the criteria of Directive 2014/24/EU art. 58, once the grounds for exclusion of art. 57 are checked; the ESPD is accepted as preliminary evidence (art. 59).',
};
const FOLLOW: ApproachAction = {
  code: 'follow-the-procedure',
  params: {},
  message:
    'Tender exactly as the procurement documents ask, by the deadline and through the channel they name; ask questions only through it. In an open or restricted procedure a tender is not negotiated: submit your best one.',
  reason:
    'Contracting authorities treat economic operators equally and act transparently (Directive 2014/24/EU art. 18(1)) and award the most economically advantageous tender on the published criteria (art. 67); trying to unduly influence the decision or to obtain confidential information is a ground for exclusion (art. 57(4)(i)).',
};
const CALL_OFF: ApproachAction = {
  code: 'follow-the-call-off-terms',
  params: {},
  message:
    'Deliver each call-off on the terms of the framework agreement; where competition is reopened among the parties, tender on the terms and criteria it sets.',
  reason:
    'Contracts based on a framework agreement are awarded within its terms, or after reopening competition among its parties (Directive 2014/24/EU art. 33(3)–(5)).',
};
const NEXT_FRAMEWORK: ApproachAction = {
  code: 'prepare-for-the-next-framework',
  params: {},
  message:
    'A call-off goes only to a party to the framework agreement: prepare for the next call for competition of the framework, and qualify then.',
  reason:
    'Contracts based on a framework agreement are awarded only between the authorities and the economic operators party to it (Directive 2014/24/EU art. 33(2)).',
};
const JOIN_DPS: ApproachAction = {
  code: 'join-the-dynamic-purchasing-system',
  params: {},
  message:
    'Apply for admission to the dynamic purchasing system: admitted suppliers are invited to tender for every specific procurement under it.',
  reason:
    'A dynamic purchasing system stays open, throughout its validity, to any economic operator meeting the selection criteria (Directive 2014/24/EU art. 34), and every admitted participant is invited to each specific procurement (art. 34(6)).',
};
const NATIONAL: ApproachAction = {
  code: 'check-the-national-rules',
  params: {},
  message:
    "Below the EU thresholds, read the national rules and the buyer's own purchasing rules before you act: they set the procedure (often simplified, or a direct award for low values).",
  reason:
    'The Directive applies above the thresholds of Directive 2014/24/EU art. 4; for lower values national rules apply, which must still respect the general principles of EU law (European Commission, "Thresholds").',
};
const INVITATION: ApproachAction = {
  code: 'answer-the-invitation',
  params: {},
  message:
    'No call for competition is published: the buyer invites the suppliers it consults, only in the cases the Directive lists. If invited, tender and negotiate within the terms of the invitation.',
  reason:
    'The negotiated procedure without prior publication is allowed only in the cases of Directive 2014/24/EU art. 32 (no suitable tender in an earlier procedure, one possible supplier, extreme urgency, additional deliveries…).',
};

const COMPETITION = {
  'in-supplier': [PERFORM, CONSULT, QUALIFY, FOLLOW],
  'out-supplier': [WATCH, CONSULT, QUALIFY, FOLLOW],
} as const;

/**
 * The seller's actions when the buyer follows public procurement rules, per procedure and
 * position. None steers the specification towards one supplier or leans on the
 * relationship — what equal treatment, market consultation, prior involvement and
 * technical specifications rule out (Directive 2014/24/EU arts. 18, 40, 41, 42(4)): they
 * are about neutral market consultation before publication, qualifying for the procedure
 * and following it. {@link situation!recommendApproach} gives them in place of the
 * buyclass's actions. The wording is buygrid's; each reason names its article.
 *
 * @example
 * ```ts
 * import { PUBLIC_APPROACH_ACTIONS } from 'buygrid/situation';
 * PUBLIC_APPROACH_ACTIONS.open['out-supplier'].map((a) => a.code);
 * //=> ['watch-the-notices', 'join-market-consultation', 'qualify-for-the-procedure', 'follow-the-procedure']
 * ```
 * @see Directive 2014/24/EU of 26 February 2014 on public procurement.
 */
export const PUBLIC_APPROACH_ACTIONS = /* @__PURE__ */ deepFreeze({
  open: COMPETITION,
  restricted: COMPETITION,
  'competitive-with-negotiation': COMPETITION,
  'competitive-dialogue': COMPETITION,
  'innovation-partnership': COMPETITION,
  'negotiated-without-publication': { 'in-supplier': [PERFORM, INVITATION], 'out-supplier': [INVITATION] },
  'framework-call-off': { 'in-supplier': [PERFORM, CALL_OFF], 'out-supplier': [NEXT_FRAMEWORK, WATCH] },
  'dynamic-purchasing-system': { 'in-supplier': [PERFORM, FOLLOW], 'out-supplier': [JOIN_DPS, QUALIFY, FOLLOW] },
  'below-threshold': { 'in-supplier': [PERFORM, NATIONAL], 'out-supplier': [NATIONAL] },
} as const satisfies Record<Procedure, Record<SupplierPosition, readonly ApproachAction[]>>);
