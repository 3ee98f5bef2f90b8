/**
 * One answer per account: the four models joined for one prospect.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { fail } from '../_lib/parse.js';
import { STEPS, type Step } from '../_lib/vocabulary.js';
import { analyzeBuyingCenter, type BuyingCenterAnalysis } from '../buying-center/analyze.js';
import { PARTICIPATION } from '../buying-center/participation.js';
import { currentStep, progress, revisits, type PerStep } from '../process/analytics.js';
import { parsePurchaseState } from '../process/persistence.js';
import type { PurchaseState } from '../process/state.js';
import { assessRisk } from '../risk/assess.js';
import type { RiskInput } from '../risk/schema.js';
import type { ApplicableReducer, RiskAssessment } from '../risk/types.js';
import { recommendApproach } from '../situation/approach.js';
import type { SupplierPosition } from '../situation/approach-actions.js';
import type { PurchaseSituation } from '../situation/schema.js';
import { classifySituation, type SituationInput } from '../situation/situation.js';
import {
  parseProspectInput,
  within,
  type ProspectInput,
  type ProspectInputName,
  type ProspectOrganization,
  type Purpose,
} from './input.js';
import { ACTION_RULES, type Engagement, type ProspectAction, type RedFlag, type RuleContext } from './rules.js';
import { NEGOTIATION_TERMS, type NegotiationTerm } from './terms.js';

/**
 * The days without an event after which an open purchase counts as stalled (default 30:
 * buygrid's assumption, a month of silence; no published norm exists).
 *
 * @example
 * ```ts
 * import { STALLED_AFTER_DAYS } from 'buygrid/prospect';
 * STALLED_AFTER_DAYS;
 * //=> 30
 * ```
 */
export const STALLED_AFTER_DAYS = 30;

const DAY = 86_400_000;

/** Where the buyer stands in its process. */
export interface Standing {
  /** Where the step comes from: the purchase state, or the `step` given. */
  readonly source: 'purchase' | 'step';
  /** The step, or `null` once the purchase is awarded or abandoned. */
  readonly step: Step | null;
  /** The purchase's status (a step or an outcome). */
  readonly status: PurchaseState['status'];
  /** How far the purchase has come, in `[0, 1]` (`progress` of `buygrid/process`). */
  readonly progress: number;
  /** Returns to each step (`stepRevisited`); with a purchase only. */
  readonly revisits?: PerStep;
  /** Days from the last event to `asOf`; with a purchase and `asOf` only. */
  readonly daysSinceLastEvent?: number;
}

/** What {@link analyzeProspect} returns, deeply frozen; each part an input lacks is left out and named in `missing`. */
export interface ProspectAnalysis {
  /** The buying organization, as given. */
  readonly organization: ProspectOrganization;
  /** Why it buys, when given. */
  readonly purpose?: Purpose;
  /** The seller's position. */
  readonly position: SupplierPosition;
  /** The classified purchase situation. */
  readonly situation: PurchaseSituation;
  /** Where the buyer stands; needs a purchase or a step. */
  readonly standing?: Standing;
  /** The buying-center analysis for the current step; needs a buying center. */
  readonly buyingCenter?: BuyingCenterAnalysis;
  /** Whom to see now, ranked by participation in the current step × influence; needs a buying center and a step. */
  readonly engage?: readonly Engagement[];
  /** The perceived risk; needs the risk input. */
  readonly risk?: RiskAssessment;
  /** The risk reducers the supplier can put in the offer, largest expected effect first. */
  readonly offer?: readonly ApplicableReducer[];
  /** The negotiation terms the risk's drivers call for (none when the risk is low). */
  readonly terms?: readonly NegotiationTerm[];
  /** What puts the purchase, or the seller's place in it, at risk. */
  readonly redFlags: readonly RedFlag[];
  /** The next best actions, ranked. */
  readonly actions: readonly ProspectAction[];
  /** The optional inputs that were not given, so the parts that need them are left out. */
  readonly missing: readonly ProspectInputName[];
}

function situationOf(
  value: unknown,
  organization: ProspectOrganization,
  position: SupplierPosition,
): PurchaseSituation {
  const given = value as Record<string, unknown>;
  if (typeof value === 'object' && value !== null && 'reasons' in given && 'regime' in given) {
    within('situation', () => recommendApproach(value as PurchaseSituation, { position }));
    return value as PurchaseSituation;
  }
  const { type, employees } = organization;
  const own = { ...(type === undefined ? {} : { type }), ...(employees === undefined ? {} : { employees }) };
  const input =
    typeof value === 'object' && value !== null && given['organization'] === undefined && Object.keys(own).length > 0
      ? { ...given, organization: own }
      : value;
  return within('situation', () => classifySituation(input as SituationInput));
}

function standingOf(
  purchase: PurchaseState | undefined,
  step: Step | undefined,
  asOf: string | undefined,
): Standing | undefined {
  if (purchase === undefined)
    return step === undefined
      ? undefined
      : { source: 'step', step, status: step, progress: STEPS.indexOf(step) / STEPS.length };
  const last = purchase.history[purchase.history.length - 1]?.at ?? purchase.startedAt;
  const days = asOf === undefined ? undefined : (Date.parse(asOf) - Date.parse(last)) / DAY;
  if (days !== undefined && days < 0) fail('asOf', `a time at or after the purchase's last event (${last})`, asOf);
  return {
    source: 'purchase',
    step: currentStep(purchase),
    status: purchase.status,
    progress: progress(purchase),
    revisits: revisits(purchase),
    ...(days === undefined ? {} : { daysSinceLastEvent: days }),
  };
}

/** The step the purchase went back to, when the current step was entered by a `stepRevisited`. */
function wentBackTo(purchase: PurchaseState): Step | undefined {
  const visit = purchase.visits[purchase.visits.length - 1];
  const event = [...purchase.history].reverse().find((e) => e.type === 'stepRevisited');
  if (visit === undefined || event?.type !== 'stepRevisited') return undefined;
  return visit.left === undefined && visit.entered === event.at && visit.step === event.to ? event.to : undefined;
}

function engageOf(analysis: BuyingCenterAnalysis, step: Step): Engagement[] {
  const row = PARTICIPATION[step];
  const ranked = analysis.keyPlayers.map((m) => {
    const participation = Math.max(0, ...m.roles.map((r) => row[r]));
    const score = participation * m.influence;
    const roles = m.roles.length === 0 ? 'no known role' : m.roles.join(', ');
    const why = `${m.name} (${roles}): participation ${String(participation)} in ${step} × influence ${String(m.influence)} = ${score.toFixed(2)}${m.stance === undefined ? '' : `; ${m.stance}`}.`;
    return {
      id: m.id,
      name: m.name,
      roles: m.roles,
      ...(m.stance === undefined ? {} : { stance: m.stance }),
      influence: m.influence,
      participation,
      score,
      why,
    };
  });
  // keyPlayers are by influence, descending: a stable sort keeps that order among equal scores.
  return ranked.sort((a, b) => b.score - a.score);
}

function termsOf(risk: RiskAssessment): NegotiationTerm[] {
  if (risk.level === 'low') return [];
  return risk.drivers.map((dimension) => ({ ...NEGOTIATION_TERMS[dimension], dimension }));
}

function redFlagsOf(
  analysis: BuyingCenterAnalysis | undefined,
  purchase: PurchaseState | undefined,
  standing: Standing | undefined,
): RedFlag[] {
  const flags: RedFlag[] = [];
  for (const w of analysis?.warnings ?? []) {
    if (w.code === 'no-decider') flags.push({ code: 'no-decider', params: w.params, message: w.message });
    if (w.code === 'influential-blocker')
      flags.push({ code: 'influential-blocker', params: w.params, message: w.message, memberIds: w.memberIds ?? [] });
  }
  const days = standing?.daysSinceLastEvent;
  if (standing?.step != null && days !== undefined && days >= STALLED_AFTER_DAYS) {
    flags.push({
      code: 'stalled',
      params: { days, step: standing.step, after: STALLED_AFTER_DAYS },
      message: `No event for ${String(Math.floor(days))} days in ${standing.step} (stalled from ${String(STALLED_AFTER_DAYS)} days, an assumption).`,
    });
  }
  const back = purchase === undefined ? undefined : wentBackTo(purchase);
  if (back !== undefined)
    flags.push({
      code: 'going-back',
      params: { step: back },
      message: `The purchase went back to ${back}: the buyer is reconsidering.`,
      step: back,
    });
  return flags;
}

/**
 * Analyzes one account — one prospect, not a segment (a French B2B marketing
 * teaching text) — by joining the four models: the classified situation, where the buyer
 * stands in its process, the buying center for the current step and **whom to engage now**
 * (participation in the step × influence), the perceived risk with the reducers **to put
 * in the offer** and the negotiation terms the risk calls for, the red flags, and the
 * **next best actions**, ranked ({@link ACTION_RULES}). What an input lacks is left out and
 * listed in `missing`, never guessed.
 *
 * @param input - `organization`, `situation`, `position`, and optionally `purpose`, `buyingCenter`, `purchase` (or `step`), `risk`, `asOf`.
 * @returns the analysis, deeply frozen, JSON-serializable.
 * @throws {@link BuygridInputError} naming the field, for bad input to any part (`buyingCenter.members[0].influence`, `risk.profile.importance`…).
 *
 * @example
 * ```ts
 * import { analyzeProspect } from 'buygrid/prospect';
 * const account = analyzeProspect({
 *   organization: { name: 'Acme Metal', type: 'company', employees: 400 },
 *   situation: { buyclass: 'new-task' },
 *   step: 'specification',
 *   buyingCenter: {
 *     members: [
 *       { id: 'kemal', name: 'Kemal', roles: ['prescriber'], influence: 0.7, stance: 'neutral' },
 *       { id: 'olga', name: 'Olga', roles: ['decider'], influence: 0.9, stance: 'supporter' },
 *     ],
 *   },
 *   position: 'out-supplier',
 * });
 * account.engage?.map((e) => e.id);
 * //=> ['kemal', 'olga']
 * account.actions[0]?.code;
 * //=> 'meet-who-matters-now'
 * account.missing;
 * //=> ['purpose', 'downstreamDemand', 'purchase', 'risk', 'asOf']
 * analyzeProspect({ organization: {}, situation: { buyclass: 'new-task' }, position: 'incumbent' as 'in-supplier' });
 * //=> throws BuygridInputError
 * ```
 */
export function analyzeProspect(input: ProspectInput): ProspectAnalysis {
  const valid = parseProspectInput(input);
  const { organization, purpose, position, asOf } = valid;
  const situation = situationOf(valid.situation, organization, position);
  const purchase =
    valid.purchase === undefined ? undefined : within('purchase', () => parsePurchaseState(valid.purchase));
  const standing = standingOf(purchase, valid.step, asOf);
  const step = standing?.step ?? undefined;
  // The buyclass sets which warnings apply: in a straight rebuy one buyer may hold every role.
  const buyingCenter =
    valid.buyingCenter === undefined
      ? undefined
      : within('buyingCenter', () =>
          analyzeBuyingCenter(
            valid.buyingCenter as never,
            step === undefined ? { buyclass: situation.buyclass } : { step, buyclass: situation.buyclass },
          ),
        );
  const engage = buyingCenter === undefined || step === undefined ? undefined : engageOf(buyingCenter, step);
  const risk =
    valid.risk === undefined
      ? undefined
      : within('risk', () => assessRisk(withSituation(valid.risk as RiskInput, situation)));
  const offer = risk?.reducers.filter((r) => r.by === 'supplier');
  const terms = risk === undefined ? undefined : termsOf(risk);
  const redFlags = redFlagsOf(buyingCenter, purchase, standing);
  const approach = recommendApproach(situation, { position }).actions;
  const context: RuleContext = {
    position,
    situation,
    redFlags,
    approach,
    ...(purpose === undefined ? {} : { purpose }),
    ...(organization.downstreamDemand === undefined ? {} : { downstreamDemand: organization.downstreamDemand }),
    ...(step === undefined ? {} : { step }),
    ...(buyingCenter === undefined ? {} : { buyingCenter }),
    ...(engage === undefined ? {} : { engage }),
    ...(risk === undefined ? {} : { risk }),
    ...(offer === undefined ? {} : { offer }),
    ...(terms === undefined ? {} : { terms }),
  };
  // Each rule gives its own code, and recommendApproach no code twice: no action comes twice.
  const actions: ProspectAction[] = ACTION_RULES.flatMap((rule) => rule.pick(context));
  const given: Record<ProspectInputName, boolean> = {
    purpose: purpose !== undefined,
    downstreamDemand: organization.downstreamDemand !== undefined,
    buyingCenter: buyingCenter !== undefined,
    purchase: purchase !== undefined,
    step: standing !== undefined,
    risk: risk !== undefined,
    asOf: asOf !== undefined,
  };
  return deepFreeze({
    organization,
    ...(purpose === undefined ? {} : { purpose }),
    position,
    situation,
    ...(standing === undefined ? {} : { standing }),
    ...(buyingCenter === undefined ? {} : { buyingCenter }),
    ...(engage === undefined ? {} : { engage }),
    ...(risk === undefined ? {} : { risk }),
    ...(offer === undefined ? {} : { offer }),
    ...(terms === undefined ? {} : { terms }),
    redFlags,
    actions,
    missing: (Object.keys(given) as ProspectInputName[]).filter((k) => !given[k]),
  });
}

/** The risk input with the account's situation, when it has a profile and no situation of its own. */
function withSituation(risk: RiskInput, situation: PurchaseSituation): RiskInput {
  const own = risk as Record<string, unknown>;
  return typeof risk === 'object' &&
    (risk as unknown) !== null &&
    own['profile'] !== undefined &&
    own['situation'] === undefined
    ? { ...risk, situation }
    : risk;
}
