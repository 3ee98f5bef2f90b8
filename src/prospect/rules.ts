/**
 * The rules that pick an account's next best actions, as a table: each names its code,
 * the inputs it needs, and when it fires. The order of the table is the ranking.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { match } from 'ts-pattern';
import type { Reason, ReasonOf } from '../_lib/reason.js';
import { missingRolesMessage, type ProspectMessages } from './messages.js';
import type { Role, Step } from '../_lib/vocabulary.js';
import type { Stance } from '../buying-center/schema.js';
import type { BuyingCenterAnalysis } from '../buying-center/analyze.js';
import type { ApplicableReducer, RiskAssessment } from '../risk/types.js';
import type { ApproachAction, ApproachActionCode, SupplierPosition } from '../situation/approach-actions.js';
import type { PurchaseSituation } from '../situation/schema.js';
import type { DownstreamDemand, ProspectInputName, Purpose } from './input.js';
import type { NegotiationTerm } from './terms.js';

export type { ApproachActionCode } from '../situation/approach-actions.js';

/**
 * The codes of the account view's own actions, in the order they rank.
 *
 * @example
 * ```ts
 * import { PROSPECT_ACTION_CODES } from 'buygrid/prospect';
 * PROSPECT_ACTION_CODES[0];
 * //=> 'win-over-the-blocker'
 * ```
 */
export const PROSPECT_ACTION_CODES = /* @__PURE__ */ deepFreeze([
  'win-over-the-blocker',
  'find-the-decider',
  'follow-the-revisit',
  'revive-the-purchase',
  'meet-who-matters-now',
  'reach-missing-roles',
  'put-reducers-in-the-offer',
  'prepare-the-terms',
  'find-a-champion',
  'widen-the-contacts',
  'serve-the-purpose',
  'follow-downstream-demand',
] as const);
/** One of the {@link PROSPECT_ACTION_CODES}, or the code of an action of `recommendApproach`. */
export type ProspectActionCode = (typeof PROSPECT_ACTION_CODES)[number] | ApproachActionCode;

/**
 * The code of a reason of a {@link ProspectAction}: a red flag, a warning of the buying
 * center, or a fact of the account view.
 *
 * @example
 * ```ts
 * import type { ProspectReasonCode } from 'buygrid/prospect';
 * const code: ProspectReasonCode = 'perceived-risk';
 * code;
 * //=> 'perceived-risk'
 * ```
 */
export type ProspectReasonCode =
  | RedFlagCode
  | 'missing-role'
  | 'no-champion'
  | 'single-threaded'
  | 'engage'
  | 'perceived-risk'
  | 'risk-driver'
  | 'approach'
  | 'purpose'
  | 'derived-demand';

/**
 * A reason of a {@link ProspectAction}, discriminated on `code` ({@link ProspectMessages}).
 *
 * @example
 * ```ts
 * import type { ProspectReason } from 'buygrid/prospect';
 * const reason: ProspectReason = { code: 'risk-driver', params: { dimension: 'delivery' }, message: 'delivery drives the perceived risk.' };
 * reason.code === 'risk-driver' ? reason.params.dimension : undefined;
 * //=> 'delivery'
 * ```
 */
export type ProspectReason = ReasonOf<ProspectMessages, ProspectReasonCode>;

/**
 * One next best action: a code, its params ({@link ProspectMessages}), what to do, and the
 * reasons that call for it (the warnings, flags, risk drivers or facts behind it). A union
 * discriminated on `code`.
 *
 * @example
 * ```ts
 * import type { ProspectAction } from 'buygrid/prospect';
 * const action: ProspectAction = { code: 'serve-the-purpose', params: { purpose: 'resale' }, message: 'The buyer resells.', reasons: [] };
 * action.code === 'serve-the-purpose' ? action.params.purpose : undefined;
 * //=> 'resale'
 * ```
 */
export type ProspectAction = {
  readonly [C in ProspectActionCode]: Reason<C, ProspectMessages[C]> & { readonly reasons: readonly ProspectReason[] };
}[ProspectActionCode];

/** The codes of the red flags of an account. */
export const RED_FLAG_CODES = /* @__PURE__ */ deepFreeze([
  'no-decider',
  'influential-blocker',
  'stalled',
  'going-back',
] as const);
/** One of the {@link RED_FLAG_CODES}. */
export type RedFlagCode = (typeof RED_FLAG_CODES)[number];
/**
 * A red flag: something that puts the purchase, or the seller's place in it, at risk; with
 * the step the purchase went back to (`step`, of `going-back`) or the members concerned
 * (`memberIds`, of `influential-blocker`). A union discriminated on `code`.
 *
 * @example
 * ```ts
 * import type { RedFlag } from 'buygrid/prospect';
 * const flag: RedFlag = { code: 'going-back', params: { step: 'specification' }, message: 'The purchase went back to specification.', step: 'specification' };
 * flag.code === 'going-back' ? flag.params.step : undefined;
 * //=> 'specification'
 * ```
 */
export type RedFlag = {
  readonly [C in RedFlagCode]: Reason<C, ProspectMessages[C]> & {
    readonly step?: Step;
    readonly memberIds?: readonly string[];
  };
}[RedFlagCode];

/** A member ranked by how much they matter in the current step. */
export interface Engagement {
  /** The member's id. */
  readonly id: string;
  /** The member's name. */
  readonly name: string;
  /** The member's roles. */
  readonly roles: readonly Role[];
  /** The member's stance, if known. */
  readonly stance?: Stance;
  /** The member's influence, in `[0, 1]`. */
  readonly influence: number;
  /** The highest participation of the member's roles in the current step, in `[0, 1]`. */
  readonly participation: number;
  /** `participation × influence`: the ranking. */
  readonly score: number;
  /** Why, in one sentence. */
  readonly why: string;
}

/** What the rules read: the parts of the analysis built so far. */
export interface RuleContext {
  readonly position: SupplierPosition;
  readonly situation: PurchaseSituation;
  readonly purpose?: Purpose;
  readonly downstreamDemand?: DownstreamDemand;
  readonly step?: Step;
  readonly buyingCenter?: BuyingCenterAnalysis;
  readonly engage?: readonly Engagement[];
  readonly risk?: RiskAssessment;
  readonly offer?: readonly ApplicableReducer[];
  readonly terms?: readonly NegotiationTerm[];
  readonly redFlags: readonly RedFlag[];
  readonly approach: readonly ApproachAction[];
}

/** A rule of the table: the code it gives, the inputs it needs, and the actions it picks. */
export interface ActionRule {
  /** The code of the actions it gives (`approach`: the codes of `recommendApproach`). */
  readonly code: (typeof PROSPECT_ACTION_CODES)[number] | 'approach';
  /** The inputs without which it never fires (`step`: a purchase or a step). */
  readonly needs: readonly ProspectInputName[];
  /** The actions it picks from the context (none when it does not apply). */
  readonly pick: (context: RuleContext) => readonly ProspectAction[];
}

const one = <C extends ProspectActionCode>(
  code: C,
  params: ProspectMessages[C],
  message: string,
  reasons: readonly ProspectReason[],
): readonly ProspectAction[] => [{ code, params, message, reasons } as ProspectAction];
const flag = (context: RuleContext, code: RedFlagCode): RedFlag | undefined =>
  context.redFlags.find((f) => f.code === code);
const warning = (
  context: RuleContext,
  code: 'missing-role' | 'no-champion' | 'single-threaded',
): readonly ProspectReason[] =>
  (context.buyingCenter?.warnings ?? [])
    .filter((w) => w.code === code)
    .map((w) => ({ code: w.code, params: w.params, message: w.message }) as ProspectReason);
const asReason = (f: RedFlag | undefined): readonly ProspectReason[] =>
  f === undefined ? [] : [{ code: f.code, params: f.params, message: f.message } as ProspectReason];

/** The params of the `engage` reason of a member in a step. */
const engageParams = (e: Engagement, step: Step): ProspectMessages['engage'] => ({
  name: e.name,
  roles: e.roles,
  participation: e.participation,
  step,
  influence: e.influence,
  score: e.score,
  ...(e.stance === undefined ? {} : { stance: e.stance }),
});

/** What to do when the buyer goes back to an earlier step, by regime and position. */
function revisitMessage(context: RuleContext, step: Step): string {
  return match({ regime: context.situation.regime, position: context.position, step })
    .with(
      { regime: 'public-tender' },
      () =>
        `The buyer went back to ${step}: follow the procedure as published and answer any new call; do not try to steer it (Directive 2014/24/EU, arts. 18 and 42).`,
    )
    .with(
      { position: 'in-supplier', step: 'specification' },
      () =>
        'The buyer is redefining what to buy: take part in the new specification and defend the account — an in-supplier’s place is not safe in a modified rebuy.',
    )
    .with(
      { position: 'out-supplier', step: 'specification' },
      () => 'The buyer is redefining what to buy: an opening — get consulted on the new specification.',
    )
    .with(
      { position: 'in-supplier' },
      () => `The buyer went back to ${step}: find out what changed and answer it before a competitor does.`,
    )
    .with(
      { position: 'out-supplier' },
      () => `The buyer went back to ${step}: find out what changed — a reopened step is a chance to get in.`,
    )
    .exhaustive();
}

/** What the buyer's purpose asks of the offer (buygrid’s reading of the three purposes a Greek marketing teaching text names). */
function purposeMessage(purpose: Purpose): string {
  return match(purpose)
    .with(
      'resale',
      () => 'The buyer resells: its customers’ demand decides — offer margin, availability and help to sell through.',
    )
    .with(
      'production',
      () =>
        'The buyer makes other goods with it: conformity to the specification, quality and continuity of supply weigh most.',
    )
    .with(
      'operations',
      () => 'The buyer uses it to run its own operations: total cost of use, reliability and service weigh most.',
    )
    .exhaustive();
}

/** What its customers' demand asks of the offer (derived demand). */
function downstreamMessage(demand: DownstreamDemand): string {
  return match(demand)
    .with(
      'growing',
      () => 'Its own customers’ demand is growing: show that you can keep up — capacity, lead times, scalability.',
    )
    .with('stable', () => 'Its own customers’ demand is stable: compete on efficiency and reliability of supply.')
    .with(
      'declining',
      () =>
        'Its own customers’ demand is falling: expect cost pressure and smaller volumes — offer flexibility and lower commitments.',
    )
    .exhaustive();
}

/**
 * The action rules, in the order they rank (buygrid's choice, an assumption): what puts the
 * purchase at risk first, then whom to see now, then the offer and its terms, then the
 * situation's approach (`recommendApproach`), then the rest.
 *
 * @example
 * ```ts
 * import { ACTION_RULES } from 'buygrid/prospect';
 * ACTION_RULES.find((rule) => rule.code === 'revive-the-purchase')?.needs;
 * //=> ['purchase', 'asOf']
 * ```
 */
export const ACTION_RULES: readonly ActionRule[] = /* @__PURE__ */ deepFreeze([
  {
    code: 'win-over-the-blocker',
    needs: ['buyingCenter'],
    pick: (c: RuleContext): readonly ProspectAction[] => {
      const f = flag(c, 'influential-blocker');
      return f === undefined
        ? []
        : one(
            'win-over-the-blocker',
            {},
            'An influential member blocks the purchase or you: learn the objection, and answer it through someone they trust.',
            asReason(f),
          );
    },
  },
  {
    code: 'find-the-decider',
    needs: ['buyingCenter'],
    pick: (c: RuleContext): readonly ProspectAction[] => {
      const f = flag(c, 'no-decider');
      return f === undefined
        ? []
        : one(
            'find-the-decider',
            {},
            'No decider is known: find who says yes or no, and how to reach them.',
            asReason(f),
          );
    },
  },
  {
    code: 'follow-the-revisit',
    needs: ['purchase'],
    pick: (c: RuleContext): readonly ProspectAction[] => {
      const f = flag(c, 'going-back');
      const step = f?.code === 'going-back' ? f.params.step : undefined;
      return step === undefined
        ? []
        : one(
            'follow-the-revisit',
            { step, regime: c.situation.regime, position: c.position },
            revisitMessage(c, step),
            asReason(f),
          );
    },
  },
  {
    code: 'revive-the-purchase',
    needs: ['purchase', 'asOf'],
    pick: (c: RuleContext): readonly ProspectAction[] => {
      const f = flag(c, 'stalled');
      return f === undefined
        ? []
        : one(
            'revive-the-purchase',
            {},
            'Nothing has happened for a while: call your contact, find what blocks, and offer the next concrete step.',
            asReason(f),
          );
    },
  },
  {
    code: 'meet-who-matters-now',
    needs: ['buyingCenter', 'step'],
    pick: (c: RuleContext): readonly ProspectAction[] => {
      const top = c.engage?.find((e) => e.score > 0 && e.stance !== 'champion' && e.stance !== 'supporter');
      return top === undefined || c.step === undefined
        ? []
        : one(
            'meet-who-matters-now',
            { name: top.name, step: c.step },
            `See ${top.name} now: the member who weighs most in ${c.step} and is not yet on your side.`,
            [{ code: 'engage', params: engageParams(top, c.step), message: top.why }],
          );
    },
  },
  {
    code: 'reach-missing-roles',
    needs: ['buyingCenter', 'step'],
    pick: (c: RuleContext): readonly ProspectAction[] => {
      const missing = warning(c, 'missing-role');
      if (missing.length === 0 || c.step === undefined) return [];
      const roles = missing.flatMap((w) => (w.code === 'missing-role' ? [w.params.role] : []));
      return one('reach-missing-roles', { roles, step: c.step }, missingRolesMessage(roles, c.step), missing);
    },
  },
  {
    code: 'put-reducers-in-the-offer',
    needs: ['risk'],
    pick: (c: RuleContext): readonly ProspectAction[] =>
      c.risk === undefined || c.risk.level === 'low' || c.offer === undefined || c.offer.length === 0
        ? []
        : one(
            'put-reducers-in-the-offer',
            { reducers: c.offer.slice(0, 3).map((r) => r.id) },
            `Put in the offer: ${c.offer
              .slice(0, 3)
              .map((r) => r.label)
              .join('; ')}.`,
            [
              {
                code: 'perceived-risk',
                params: { level: c.risk.level, score: c.risk.score, drivers: c.risk.drivers },
                message: `The buyer’s perceived risk is ${c.risk.level} (${c.risk.score.toFixed(2)}), driven by ${c.risk.drivers.join(', ')}.`,
              },
            ],
          ),
  },
  {
    code: 'prepare-the-terms',
    needs: ['risk'],
    pick: (c: RuleContext): readonly ProspectAction[] =>
      c.terms === undefined || c.terms.length === 0
        ? []
        : one(
            'prepare-the-terms',
            { terms: c.terms.map((t) => t.code) },
            `Prepare the negotiation around the risk: ${c.terms.map((t) => t.message).join(' ')}`,
            c.terms.map((t) => ({
              code: 'risk-driver',
              params: { dimension: t.dimension },
              message: `${t.dimension} drives the perceived risk: it shapes the terms (a Dutch B2B marketing teaching text).`,
            })),
          ),
  },
  {
    code: 'approach',
    needs: [],
    pick: (c: RuleContext): readonly ProspectAction[] =>
      c.approach.map((a): ProspectAction => ({
        code: a.code,
        params: a.params,
        message: a.message,
        reasons: [{ code: 'approach', params: { action: a.code }, message: a.reason }],
      })),
  },
  {
    code: 'find-a-champion',
    needs: ['buyingCenter'],
    pick: (c: RuleContext): readonly ProspectAction[] => {
      const w = warning(c, 'no-champion');
      return w.length === 0
        ? []
        : one(
            'find-a-champion',
            {},
            'Find a champion: someone inside who wants this purchase and will sell it internally.',
            w,
          );
    },
  },
  {
    code: 'widen-the-contacts',
    needs: ['buyingCenter'],
    pick: (c: RuleContext): readonly ProspectAction[] => {
      const w = warning(c, 'single-threaded');
      return w.length === 0
        ? []
        : one('widen-the-contacts', {}, 'Reach more of the people involved: one contact is one point of failure.', w);
    },
  },
  {
    code: 'serve-the-purpose',
    needs: ['purpose'],
    pick: (c: RuleContext): readonly ProspectAction[] =>
      c.purpose === undefined
        ? []
        : one('serve-the-purpose', { purpose: c.purpose }, purposeMessage(c.purpose), [
            {
              code: 'purpose',
              params: { purpose: c.purpose },
              message: `The organization buys for ${c.purpose} (a Greek marketing teaching text); what that asks of the offer is buygrid’s reading.`,
            },
          ]),
  },
  {
    code: 'follow-downstream-demand',
    needs: ['downstreamDemand'],
    pick: (c: RuleContext): readonly ProspectAction[] =>
      c.downstreamDemand === undefined
        ? []
        : one('follow-downstream-demand', { demand: c.downstreamDemand }, downstreamMessage(c.downstreamDemand), [
            {
              code: 'derived-demand',
              params: {},
              message:
                'A business’s demand derives from its own customers’ demand (a French B2B marketing teaching text: the client’s decision depends largely on its own customers’ needs).',
            },
          ]),
  },
]);
