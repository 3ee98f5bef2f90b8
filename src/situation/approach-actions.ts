/**
 * What a seller does in each buyclass, as an in-supplier or an out-supplier, as data.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { NoParams } from '../_lib/reason.js';
import type { Buyclass } from '../_lib/vocabulary.js';

/**
 * The seller's position with the buyer: the `in-supplier` already supplies the item (or
 * the account), the `out-supplier` does not.
 *
 * @example
 * ```ts
 * import { SUPPLIER_POSITIONS } from 'buygrid/situation';
 * SUPPLIER_POSITIONS;
 * //=> ['in-supplier', 'out-supplier']
 * ```
 */
export const SUPPLIER_POSITIONS = /* @__PURE__ */ deepFreeze(['in-supplier', 'out-supplier'] as const);
/** One of the {@link situation!SUPPLIER_POSITIONS}. */
export type SupplierPosition = (typeof SUPPLIER_POSITIONS)[number];

/**
 * The code of an action of {@link situation!recommendApproach}: those of {@link situation!APPROACH_ACTIONS},
 * {@link situation!APPROACH_EXTRA_ACTIONS} and {@link situation!PUBLIC_APPROACH_ACTIONS}.
 *
 * @example
 * ```ts
 * import { APPROACH_EXTRA_ACTIONS, type ApproachActionCode } from 'buygrid/situation';
 * const code: ApproachActionCode = APPROACH_EXTRA_ACTIONS.strategic.code;
 * code;
 * //=> 'prove-reliability'
 * ```
 */
export type ApproachActionCode =
  | 'shape-the-specification'
  | 'get-in-early'
  | 'leverage-the-relationship'
  | 'reach-the-whole-center'
  | 'reduce-perceived-risk'
  | 'defend-the-account'
  | 'fix-dissatisfaction'
  | 'seize-the-opening'
  | 'get-on-the-shortlist'
  | 'keep-the-routine'
  | 'automate-reordering'
  | 'reframe-the-need'
  | 'win-a-trial-order'
  | 'prove-reliability'
  | 'perform-the-contract'
  | 'watch-the-notices'
  | 'join-market-consultation'
  | 'qualify-for-the-procedure'
  | 'follow-the-procedure'
  | 'follow-the-call-off-terms'
  | 'prepare-for-the-next-framework'
  | 'join-the-dynamic-purchasing-system'
  | 'check-the-national-rules'
  | 'answer-the-invitation';

/** One thing the seller should do: a stable code, what to do, and why. */
export interface ApproachAction {
  /** A stable, kebab-case code. */
  readonly code: ApproachActionCode;
  /** None: `{}`. */
  readonly params: NoParams;
  /** What to do, in one or two sentences. */
  readonly message: string;
  /** Why, with the source. */
  readonly reason: string;
}

const UPSTREAM =
  'In a new task the buyers gather the most information and weigh the most alternatives; who helps define the need shapes the specification (a French B2B marketing teaching text: be present upstream; Robinson, Faris & Wind 1967).';
const LARGEST_CENTER =
  'A new task involves the largest buying center and senior decision makers (Kotler & Armstrong ch. 6; Johnston & Bonoma 1981).';
const MODIFIED =
  'In a modified rebuy the buyer wants to change specifications, prices, terms or suppliers: in-suppliers defend the account, out-suppliers see an opportunity (Kotler & Armstrong ch. 6).';
const STRAIGHT =
  'In a straight rebuy the buyer re-orders from the usual supplier as long as delivery, quality and price satisfy; that balance is hard to upset (Kotler & Armstrong ch. 6; a French B2B marketing teaching text: intense commercial work in a repeat purchase).';

/**
 * The seller's actions in each buyclass, for an in-supplier and an out-supplier (a French
 * B2B marketing teaching text, read in Dutch and Serbian translations; Robinson, Faris & Wind
 * 1967; Kotler & Armstrong, *Principles of Marketing*, ch. 6).
 * The wording is this library's; the advice is the sources'. Deeply frozen: results share its objects.
 *
 * @example
 * ```ts
 * import { APPROACH_ACTIONS } from 'buygrid/situation';
 * APPROACH_ACTIONS['new-task']['out-supplier'][0]?.code;
 * //=> 'get-in-early'
 * ```
 * @see Kotler, P. & Armstrong, G., *Principles of Marketing*, 17th ed., ch. 6.
 */
export const APPROACH_ACTIONS = /* @__PURE__ */ deepFreeze({
  'new-task': {
    'in-supplier': [
      {
        code: 'shape-the-specification',
        params: {},
        message:
          'Work with the users and prescribers while they define the need, so the specification fits your strengths.',
        reason: UPSTREAM,
      },
      {
        code: 'leverage-the-relationship',
        params: {},
        message:
          'Use the access and trust you already have with the account to learn the need early and to be consulted first.',
        reason: `${UPSTREAM} An in-supplier starts with access; in a new task it still competes with everyone.`,
      },
      {
        code: 'reach-the-whole-center',
        params: {},
        message: 'Inform every member of the buying center, technical people and senior deciders, not only purchasing.',
        reason: LARGEST_CENTER,
      },
    ],
    'out-supplier': [
      {
        code: 'get-in-early',
        params: {},
        message:
          'Get in before the specification is written: bring the buyers the information they seek and help them define the need.',
        reason: UPSTREAM,
      },
      {
        code: 'reduce-perceived-risk',
        params: {},
        message: 'Offer references, a trial or pilot and a site visit, so that a supplier new to them looks safe.',
        reason:
          'The greater the cost or risk of a new task, the more information the buyers seek (Kotler & Armstrong ch. 6).',
      },
      {
        code: 'reach-the-whole-center',
        params: {},
        message: 'Inform every member of the buying center, technical people and senior deciders, not only purchasing.',
        reason: LARGEST_CENTER,
      },
    ],
  },
  'modified-rebuy': {
    'in-supplier': [
      {
        code: 'defend-the-account',
        params: {},
        message: 'Find out what the buyer wants changed and propose the change yourself before a competitor does.',
        reason: MODIFIED,
      },
      {
        code: 'fix-dissatisfaction',
        params: {},
        message:
          'Settle any complaint about quality, delivery or price quickly; dissatisfaction is what opens the door to others.',
        reason: MODIFIED,
      },
    ],
    'out-supplier': [
      {
        code: 'seize-the-opening',
        params: {},
        message:
          'Make an offer that answers exactly what the buyer wants to change: a better specification, price or terms.',
        reason: MODIFIED,
      },
      {
        code: 'get-on-the-shortlist',
        params: {},
        message: 'Get qualified and shortlisted now: the buyer looks at a few new suppliers, not all of them.',
        reason: 'A modified rebuy considers new alternatives only to a limited extent (Robinson, Faris & Wind 1967).',
      },
    ],
  },
  'straight-rebuy': {
    'in-supplier': [
      {
        code: 'keep-the-routine',
        params: {},
        message:
          'Keep quality, delivery and service flawless and visit the account regularly: intense commercial work.',
        reason: STRAIGHT,
      },
      {
        code: 'automate-reordering',
        params: {},
        message:
          'Offer automatic re-ordering, blanket contracts or vendor-managed stock, so that re-ordering from you takes no effort.',
        reason:
          'In-suppliers keep a straight rebuy by saving the buyer time: they "often propose automatic reordering systems" (Kotler & Armstrong, Principles of Marketing, editions before the 17th, ch. 6).',
      },
    ],
    'out-supplier': [
      {
        code: 'reframe-the-need',
        params: {},
        message:
          'Bring something new — a better solution, a lower total cost — that makes the buyer reconsider, turning the re-order into a new task.',
        reason: `${STRAIGHT} Out-suppliers try to offer something new or exploit dissatisfaction so that the buyer considers them.`,
      },
      {
        code: 'win-a-trial-order',
        params: {},
        message: 'Ask for a small trial order and then prove yourself on it.',
        reason:
          'Out-suppliers "find new ways to add value or exploit dissatisfaction" (Kotler & Armstrong, 17th ed., ch. 6); a small trial order lowers the buyer’s risk of trying them (trial purchase, The Marketing Book, 5th ed., ch. 7, p. 149) — the tactic is buygrid’s reading.',
      },
    ],
  },
} as const satisfies Record<Buyclass, Record<SupplierPosition, readonly ApproachAction[]>>);

/**
 * Actions added to those of the buyclass: for a strategic purchase. (A public buyer's
 * actions are {@link situation!PUBLIC_APPROACH_ACTIONS}.)
 *
 * @example
 * ```ts
 * import { APPROACH_EXTRA_ACTIONS } from 'buygrid/situation';
 * APPROACH_EXTRA_ACTIONS.strategic.code;
 * //=> 'prove-reliability'
 * ```
 */
export const APPROACH_EXTRA_ACTIONS = /* @__PURE__ */ deepFreeze({
  strategic: {
    code: 'prove-reliability',
    params: {},
    message: 'Prove your reliability: financial soundness, continuity of supply, certifications, long-term commitment.',
    reason:
      'In a strategic purchase the buying center perceives more risk and weighs the reliability of the supplier heavily (a French B2B marketing teaching text, after Salle, Valla & Michel of the Lyon school; from a Kraljic quadrant, buygrid’s reading: strategic and bottleneck items).',
  },
} as const satisfies Record<'strategic', ApproachAction>);
