/**
 * From a CRM deal stage to where the buyer stands in its process.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { deepFreeze } from '../_lib/freeze.js';
import { parse } from '../_lib/parse.js';
import type { ReasonOf } from '../_lib/reason.js';
import type { CrmMessages } from './messages.js';
import { MAX_TEXT_LENGTH, text, unit } from '../_lib/schemas.js';
import { stepSchema, type Step } from '../_lib/vocabulary.js';
import { OUTCOMES, type Outcome } from '../process/state.js';
import { parseOptions, tableOf } from './from-role.js';
import { CRM_DEAL_STATUSES, CRM_STAGE_MAPS, type CrmDealStatus, type CrmStageMapping } from './stage-maps.js';
import { crmSystemSchema, lookUp, type CrmSystem } from './systems.js';

/** The codes of the reasons of {@link fromCrmStage}. */
export type CrmStageReasonCode = 'mapped' | 'seller-view' | 'closed' | 'lost-ambiguous' | 'unknown-stage';

/** The result of {@link fromCrmStage}. */
export interface CrmStage {
  /** `true` for a stage of the map; `false` for an unknown (custom) stage, never guessed. */
  readonly mapped: boolean;
  /** The seller's deal, for a mapped stage: open, won or lost. */
  readonly deal?: CrmDealStatus;
  /** The buyer's step, for an open deal (approximate). */
  readonly step?: Step;
  /** The buyer's outcome, for a closed deal whose stage tells it. */
  readonly outcome?: Outcome;
  /** The CRM's default probability of winning, in `[0, 1]`, where it has one. */
  readonly probability?: number;
  /** Why: the stage's mapping, that a stage is the seller's view, and what a closed stage cannot tell. */
  readonly reasons: readonly ReasonOf<CrmMessages, CrmStageReasonCode>[];
}

/** The options of {@link fromCrmStage}: your own pipeline's stages, which extend the defaults or, with `replace`, stand alone. */
export interface CrmStageOptions {
  /** Stage ids (or labels) and what they mean; an entry wins over a default stage that compares equal to it. */
  readonly map?: Readonly<Record<string, CrmStageMapping>>;
  /** `true`: use `map` alone, without the defaults (default `false`: extend them). */
  readonly replace?: boolean;
}

const stageSchema = /* @__PURE__ */ lazy(() => z.string().check(z.maxLength(MAX_TEXT_LENGTH)));
const entrySchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    label: text(),
    deal: z.enum(CRM_DEAL_STATUSES),
    step: z.optional(stepSchema()),
    outcome: z.optional(z.enum(OUTCOMES)),
    probability: z.optional(unit()),
    why: text(),
  }),
);

const stageEntry = (value: unknown, at: string): CrmStageMapping => {
  const entry = parse(entrySchema(), value, at);
  const out: { -readonly [K in keyof CrmStageMapping]: CrmStageMapping[K] } = {
    label: entry.label,
    deal: entry.deal,
    why: entry.why,
  };
  // A closed deal is in no open step and an open one has no outcome: dropped here, once, so that the
  // reasons and the result agree (the default maps hold neither).
  if (entry.step !== undefined && entry.deal === 'open') out.step = entry.step;
  if (entry.outcome !== undefined && entry.deal !== 'open') out.outcome = entry.outcome;
  if (entry.probability !== undefined) out.probability = entry.probability;
  return out;
};

const SELLER_VIEW =
  'A CRM stage tracks the seller’s deal, not the buyer’s process: the step is approximate (buygrid’s reading).';

/**
 * Places a CRM deal stage in the buyer's process: the step of an open deal, the outcome of
 * a closed one where the stage tells it, and the CRM's default probability. The stage is
 * an API value or a label, in any case and spacing. A closed deal is in no open step;
 * *Closed Lost* has no outcome, since it cannot tell an abandoned purchase from one
 * awarded to a competitor (Dynamics' *Canceled* and *Out-Sold* can). A custom stage is
 * `mapped: false` unless your own map, in `options`, names it.
 *
 * @param system - `'salesforce'`, `'hubspot'` or `'dynamics'`.
 * @param stage - the stage, as `'Needs Analysis'`, `'qualifiedtobuy'`, `'3-Propose'` or `'Out-Sold'`.
 * @param options - `map`: your pipeline's stages ({@link CrmStageMapping}), which extend {@link CRM_STAGE_MAPS} (or, with `replace: true`, stand alone).
 * @returns `{ mapped, deal?, step?, outcome?, probability?, reasons }`, deeply frozen.
 * @throws {@link BuygridInputError} for an unknown system, a stage that is not a string, or a malformed map.
 *
 * @example
 * ```ts
 * import { fromCrmStage } from 'buygrid/crm';
 * fromCrmStage('salesforce', 'Needs Analysis');
 * //=> { mapped: true, deal: 'open', step: 'specification', probability: 0.2 }
 * fromCrmStage('hubspot', 'closedlost').reasons.map((r) => r.code);
 * //=> ['mapped', 'closed', 'lost-ambiguous']
 * fromCrmStage('dynamics', 'Out-Sold');
 * //=> { mapped: true, deal: 'lost', outcome: 'awarded' }
 * fromCrmStage('hubspot', '4074848').mapped;
 * //=> false
 * ```
 */
export function fromCrmStage(system: CrmSystem, stage: string, options?: CrmStageOptions): CrmStage {
  const crm = parse(crmSystemSchema(), system, 'system');
  const raw = parse(stageSchema(), stage, 'stage');
  const { map, replace } = parseOptions(options, stageEntry);
  const table = tableOf<CrmStageMapping>(CRM_STAGE_MAPS[crm], map, replace);
  const found = lookUp(table, raw);
  if (found === undefined) {
    return deepFreeze({
      mapped: false,
      reasons: [
        {
          code: 'unknown-stage',
          params: { crm, stage: raw },
          message: `${JSON.stringify(raw)} is not a stage of the ${crm} map (a custom stage?): left unmapped rather than guessed; pass your pipeline’s map.`,
        },
      ],
    });
  }
  const [name, entry] = found;
  const place = entry.step ?? entry.outcome ?? 'no outcome';
  const reasons: ReasonOf<CrmMessages, CrmStageReasonCode>[] = [
    {
      code: 'mapped',
      params: {
        crm,
        value: name,
        deal: entry.deal,
        ...(entry.step === undefined ? {} : { step: entry.step }),
        ...(entry.outcome === undefined ? {} : { outcome: entry.outcome }),
        why: entry.why,
      },
      message: `${crm} "${name}" → ${place}: ${entry.why}`,
    },
  ];
  if (entry.deal === 'open') reasons.push({ code: 'seller-view', params: {}, message: SELLER_VIEW });
  else {
    reasons.push({
      code: 'closed',
      params: { deal: entry.deal },
      message: `The deal is closed (${entry.deal}): the purchase is in no open step.`,
    });
    if (entry.outcome === undefined) reasons.push({ code: 'lost-ambiguous', params: {}, message: LOST_MESSAGE });
  }
  return deepFreeze({
    mapped: true,
    deal: entry.deal,
    ...(entry.step === undefined ? {} : { step: entry.step }),
    ...(entry.outcome === undefined ? {} : { outcome: entry.outcome }),
    ...(entry.probability === undefined ? {} : { probability: entry.probability }),
    reasons,
  });
}

const LOST_MESSAGE =
  'A lost deal does not tell whether the buyer abandoned the purchase or awarded it to a competitor: no outcome is given; a loss reason would tell.';
