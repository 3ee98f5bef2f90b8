/**
 * The default deal stages of three CRMs, as data: where each leaves the buyer's process.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Step } from '../_lib/vocabulary.js';
import type { Outcome } from '../process/state.js';
import type { CrmSystem } from './systems.js';

/**
 * The seller's deal as the CRM records it: still `open`, `won` or `lost`.
 *
 * @example
 * ```ts
 * import { CRM_DEAL_STATUSES } from 'buygrid/crm';
 * CRM_DEAL_STATUSES;
 * //=> ['open', 'won', 'lost']
 * ```
 */
export const CRM_DEAL_STATUSES = /* @__PURE__ */ deepFreeze(['open', 'won', 'lost'] as const);
/** One of the {@link CRM_DEAL_STATUSES}. */
export type CrmDealStatus = (typeof CRM_DEAL_STATUSES)[number];

/**
 * What one CRM stage says: the seller's `deal` status, the buyer's `step` (open deals) or
 * `outcome` (closed deals, where the stage tells it), the CRM's default win `probability`
 * in `[0, 1]`, the stage's `label`, and `why` the step was chosen.
 */
export interface CrmStageMapping {
  /** The stage as the CRM shows it. */
  readonly label: string;
  /** The seller's deal: open, won or lost. */
  readonly deal: CrmDealStatus;
  /** The buyer's step, for an open deal (buygrid's reading, approximate). */
  readonly step?: Step;
  /** The buyer's outcome, for a closed deal whose stage tells it. */
  readonly outcome?: Outcome;
  /** The CRM's default probability of winning, in `[0, 1]`. */
  readonly probability?: number;
  /** Why this step or outcome, in one sentence. */
  readonly why: string;
}

const LOST_AMBIGUOUS =
  'The seller lost; the stage cannot tell a purchase the buyer abandoned from one awarded to a competitor (record a loss reason).';

/**
 * The default stages of each CRM's pipeline, keyed by API value, mapped to the buyer's
 * step or outcome. **Approximate, and buygrid's reading**: a CRM stage tracks the seller's
 * deal, not the buyer's process, and several stages are seller activities with no buyer
 * step of their own. A closed deal is in no open step. *Closed Lost* cannot tell an
 * abandoned purchase from one awarded to a competitor, so it has no outcome; Dynamics 365
 * can (status *Canceled* vs *Out-Sold*).
 *
 * - Salesforce `Opportunity.StageName`, the ten default values with their default
 *   probabilities (standard value set `OpportunityStage`).
 * - HubSpot's default deal pipeline (`pipelineId: "default"`), its stage ids and default
 *   probabilities.
 * - Dynamics 365 Sales' *Opportunity Sales Process* stages (Qualify, Develop, Propose,
 *   Close; also as the `stepname` values `1-Qualify` … `4-Close`) and the close statuses
 *   (`statecode` Won / Lost; `statuscode` 3 Won, 4 Canceled, 5 Out-Sold). Dynamics has no
 *   default probability per stage.
 *
 * @see Salesforce Metadata API, standard value set `OpportunityStage`.
 * @see HubSpot CRM API, pipelines (`GET /crm/v3/pipelines/deals`), default deal pipeline.
 * @see Microsoft Learn, Dynamics 365 Sales, opportunity business process flow; `opportunity` entity, `statecode` and `statuscode`.
 *
 * @example
 * ```ts
 * import { CRM_STAGE_MAPS } from 'buygrid/crm';
 * CRM_STAGE_MAPS.salesforce['Proposal/Price Quote'];
 * //=> { deal: 'open', step: 'negotiation', probability: 0.75 }
 * ```
 */
export const CRM_STAGE_MAPS = /* @__PURE__ */ deepFreeze({
  salesforce: {
    Prospecting: {
      label: 'Prospecting',
      deal: 'open',
      step: 'need-recognition',
      probability: 0.1,
      why: 'The need is not confirmed yet.',
    },
    Qualification: {
      label: 'Qualification',
      deal: 'open',
      step: 'need-recognition',
      probability: 0.1,
      why: 'The need is being qualified (budget, authority, timing): the end of need recognition.',
    },
    'Needs Analysis': {
      label: 'Needs Analysis',
      deal: 'open',
      step: 'specification',
      probability: 0.2,
      why: 'The requirements are being worked out.',
    },
    'Value Proposition': {
      label: 'Value Proposition',
      deal: 'open',
      step: 'supplier-search',
      probability: 0.5,
      why: 'The buyer weighs this supplier against alternatives.',
    },
    'Id. Decision Makers': {
      label: 'Id. Decision Makers',
      deal: 'open',
      step: 'supplier-search',
      probability: 0.6,
      why: 'A seller activity (mapping the buying center) with no buyer step of its own; placed in supplier search.',
    },
    'Perception Analysis': {
      label: 'Perception Analysis',
      deal: 'open',
      step: 'supplier-search',
      probability: 0.7,
      why: 'A seller activity with no buyer step of its own; placed in supplier search, before offers.',
    },
    'Proposal/Price Quote': {
      label: 'Proposal/Price Quote',
      deal: 'open',
      step: 'negotiation',
      probability: 0.75,
      why: 'An offer is on the table.',
    },
    'Negotiation/Review': {
      label: 'Negotiation/Review',
      deal: 'open',
      step: 'negotiation',
      probability: 0.9,
      why: 'The terms are negotiated (the review may already be the decision).',
    },
    'Closed Won': {
      label: 'Closed Won',
      deal: 'won',
      outcome: 'awarded',
      probability: 1,
      why: 'The buyer chose this seller.',
    },
    'Closed Lost': { label: 'Closed Lost', deal: 'lost', probability: 0, why: LOST_AMBIGUOUS },
  },
  hubspot: {
    appointmentscheduled: {
      label: 'Appointment Scheduled',
      deal: 'open',
      step: 'need-recognition',
      probability: 0.2,
      why: 'A first meeting: the need is being explored.',
    },
    qualifiedtobuy: {
      label: 'Qualified To Buy',
      deal: 'open',
      step: 'specification',
      probability: 0.4,
      why: 'The need is qualified; what to buy is being defined.',
    },
    presentationscheduled: {
      label: 'Presentation Scheduled',
      deal: 'open',
      step: 'supplier-search',
      probability: 0.6,
      why: 'The seller presents to a buyer comparing suppliers.',
    },
    decisionmakerboughtin: {
      label: 'Decision Maker Bought-In',
      deal: 'open',
      step: 'negotiation',
      probability: 0.8,
      why: 'The decider favours this seller; the terms are open.',
    },
    contractsent: {
      label: 'Contract Sent',
      deal: 'open',
      step: 'decision',
      probability: 0.9,
      why: 'The contract waits for the decider’s signature.',
    },
    closedwon: {
      label: 'Closed Won',
      deal: 'won',
      outcome: 'awarded',
      probability: 1,
      why: 'The buyer chose this seller.',
    },
    closedlost: { label: 'Closed Lost', deal: 'lost', probability: 0, why: LOST_AMBIGUOUS },
  },
  dynamics: {
    Qualify: {
      label: 'Qualify',
      deal: 'open',
      step: 'need-recognition',
      why: 'The lead is qualified: budget, timeframe and how the buyer buys.',
    },
    '1-Qualify': {
      label: '1-Qualify',
      deal: 'open',
      step: 'need-recognition',
      why: 'The lead is qualified: budget, timeframe and how the buyer buys.',
    },
    Develop: {
      label: 'Develop',
      deal: 'open',
      step: 'specification',
      why: 'Customer need, proposed solution, stakeholders, competitors: specification, with supplier search under way.',
    },
    '2-Develop': {
      label: '2-Develop',
      deal: 'open',
      step: 'specification',
      why: 'Customer need, proposed solution, stakeholders, competitors: specification, with supplier search under way.',
    },
    Propose: { label: 'Propose', deal: 'open', step: 'negotiation', why: 'The proposal is presented.' },
    '3-Propose': { label: '3-Propose', deal: 'open', step: 'negotiation', why: 'The proposal is presented.' },
    Close: { label: 'Close', deal: 'open', step: 'decision', why: 'The final proposal and the decision date.' },
    '4-Close': { label: '4-Close', deal: 'open', step: 'decision', why: 'The final proposal and the decision date.' },
    Won: { label: 'Won', deal: 'won', outcome: 'awarded', why: 'The buyer chose this seller.' },
    Lost: { label: 'Lost', deal: 'lost', why: LOST_AMBIGUOUS },
    Canceled: {
      label: 'Canceled',
      deal: 'lost',
      outcome: 'abandoned',
      why: 'Status Canceled: the buyer stopped the purchase.',
    },
    'Out-Sold': {
      label: 'Out-Sold',
      deal: 'lost',
      outcome: 'awarded',
      why: 'Status Out-Sold: the buyer completed the purchase with another supplier.',
    },
  },
} as const satisfies Record<CrmSystem, Readonly<Record<string, CrmStageMapping>>>);
