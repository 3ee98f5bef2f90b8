/**
 * What-if analysis: the assessment before and after a change to the input.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { parse } from '../_lib/parse.js';
import { computeRisk } from './assess.js';
import type { RiskDimension } from './dimensions.js';
import { riskChangeSchema, type RiskChange, type RiskInput } from './schema.js';
import type { RiskAssessment } from './types.js';
import { validateRiskInput } from './validate.js';

/** The assessments before and after a change, and the difference. Deeply frozen. */
export interface RiskWhatIf {
  /** The assessment of the input as given. */
  readonly before: RiskAssessment;
  /** The assessment of the input with the change merged in. */
  readonly after: RiskAssessment;
  /** `after − before`: of the score, and of the risk of each dimension assessed in both. */
  readonly delta: {
    readonly score: number;
    readonly dimensions: Readonly<Partial<Record<RiskDimension, number>>>;
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges `change` into `base`: plain objects deeply, anything else (arrays included) replaced. */
function merge(base: unknown, change: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(change)) return change;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(change)) out[key] = merge(base[key], change[key]);
  return out;
}

/**
 * Compares the assessment of an input with the assessment after a change: raise the
 * relationship to `incumbent`, apply a reducer, set a dimension. `change` is merged
 * deeply into `input`, arrays (`appliedReducers`) replaced.
 *
 * @param input - the input of `assessRisk`.
 * @param change - the fields to change, as deep as needed.
 * @returns `{ before, after, delta }`, with `delta.score = after.score − before.score`; deeply frozen.
 * @throws {@link risk!BuygridInputError} when the input, the change or the merged input is invalid.
 *
 * @example
 * ```ts
 * import { whatIf } from 'buygrid/risk';
 * const input = { dimensions: { delivery: { uncertainty: 0.5, consequence: 0.8 } } };
 * const { before, after, delta } = whatIf(input, { appliedReducers: ['buffer-stock'] });
 * [before.score, after.score];
 * //=> [0.4, 0.2]
 * delta.score;
 * //=> -0.2
 * whatIf(input, { dimensions: { delivery: { consequence: 0.4 } } }).after.dimensions[0]?.risk;
 * //=> 0.2
 * ```
 * @category Start here
 */
export function whatIf(input: RiskInput, change: RiskChange): RiskWhatIf {
  const base = validateRiskInput(input);
  const parsedChange = parse(riskChangeSchema(), change, 'change');
  const merged = validateRiskInput(merge(base, parsedChange));
  const before = computeRisk(base);
  const after = computeRisk(merged);
  const dimensions: Partial<Record<RiskDimension, number>> = {};
  for (const a of after.dimensions) {
    const b = before.dimensions.find((d) => d.dimension === a.dimension);
    if (b !== undefined) dimensions[a.dimension] = a.risk - b.risk;
  }
  return deepFreeze({ before, after, delta: { score: after.score - before.score, dimensions } });
}
