/**
 * Validation of the calculator's input: a hand-written check of the common shapes,
 * falling back to the zod/mini schema, which alone writes the error messages.
 *
 * The fast check accepts only what the schema accepts (a property test proves it on
 * generated valid and invalid inputs); whatever it is unsure of — a `situation`, an
 * unusual prototype, any problem at all — goes to the schema.
 *
 * @module
 */
import { checked, isPlainRecord, isUnitValue } from '../_lib/fast.js';
import { RISK_WEIGHTS } from './dimensions.js';
import { RISK_REDUCERS } from './reducers.js';
import { riskInputSchema, type ParsedRiskInput } from './schema.js';

const INPUT_KEYS = { dimensions: 1, profile: 1, weights: 1, bands: 1, appliedReducers: 1 } as const;
const PROFILE_KEYS = {
  supplierRelationship: 1,
  buysFromCompetitor: 1,
  leadTimeCritical: 1,
  currency: 1,
  afterSalesDependency: 1,
  importance: 1,
  buyclass: 1,
  budgetShare: 1,
} as const;
const RELATIONSHIPS = { incumbent: 1, known: 1, new: 1 } as const;
const DEPENDENCIES = { low: 1, moderate: 1, high: 1 } as const;
const IMPORTANCES = { banal: 1, strategic: 1 } as const;
const BUYCLASSES = { 'new-task': 1, 'modified-rebuy': 1, 'straight-rebuy': 1 } as const;
const CURRENCY = /^[A-Z]{3}$/;

function isOneOf(table: object, value: unknown): boolean {
  return typeof value === 'string' && Object.hasOwn(table, value);
}

/** Every own key of `value` is in `allowed`, and its value is not `undefined` (which the schema may treat otherwise). */
function onlyKeys(value: Record<string, unknown>, allowed: object): boolean {
  for (const key of Object.keys(value)) if (!Object.hasOwn(allowed, key) || value[key] === undefined) return false;
  return true;
}

function isDimensions(value: unknown): boolean {
  if (!isPlainRecord(value) || !onlyKeys(value, RISK_WEIGHTS)) return false;
  for (const key of Object.keys(value)) {
    const d = value[key];
    if (!isPlainRecord(d) || !onlyKeys(d, { uncertainty: 1, consequence: 1 })) return false;
    if (!isUnitValue(d['uncertainty']) || !isUnitValue(d['consequence'])) return false;
  }
  return true;
}

function isCurrency(value: unknown): boolean {
  if (!isPlainRecord(value) || !onlyKeys(value, { buyer: 1, supplier: 1 })) return false;
  const { buyer, supplier } = value;
  return typeof buyer === 'string' && typeof supplier === 'string' && CURRENCY.test(buyer) && CURRENCY.test(supplier);
}

function isProfile(p: unknown): boolean {
  if (!isPlainRecord(p) || !onlyKeys(p, PROFILE_KEYS) || !isOneOf(RELATIONSHIPS, p['supplierRelationship']))
    return false;
  const { buysFromCompetitor, leadTimeCritical, currency, afterSalesDependency, importance, buyclass, budgetShare } = p;
  return (
    (buysFromCompetitor === undefined || typeof buysFromCompetitor === 'boolean') &&
    (leadTimeCritical === undefined || typeof leadTimeCritical === 'boolean') &&
    (currency === undefined || isCurrency(currency)) &&
    (afterSalesDependency === undefined || isOneOf(DEPENDENCIES, afterSalesDependency)) &&
    (importance === undefined || isOneOf(IMPORTANCES, importance)) &&
    (buyclass === undefined || isOneOf(BUYCLASSES, buyclass)) &&
    (budgetShare === undefined || isUnitValue(budgetShare))
  );
}

function isWeights(value: unknown): boolean {
  if (!isPlainRecord(value) || !onlyKeys(value, RISK_WEIGHTS)) return false;
  for (const key of Object.keys(value)) {
    const w = value[key];
    if (typeof w !== 'number' || !(w >= 0) || w === Number.POSITIVE_INFINITY) return false;
  }
  return true;
}

function isBands(value: unknown): boolean {
  if (!isPlainRecord(value) || !onlyKeys(value, { moderate: 1, high: 1, critical: 1 })) return false;
  const { moderate, high, critical } = value;
  return isUnitValue(moderate) && isUnitValue(high) && isUnitValue(critical) && moderate <= high && high <= critical;
}

function isReducers(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const id of value) if (!isOneOf(RISK_REDUCERS, id)) return false;
  return true;
}

/**
 * Whether `input` is a risk input the schema surely accepts as it is (without a
 * `situation`). `false` means "ask the schema", not "invalid".
 */
export function isPlainRiskInput(input: unknown): input is ParsedRiskInput {
  if (!isPlainRecord(input) || !onlyKeys(input, INPUT_KEYS)) return false;
  const { dimensions, profile, weights, bands, appliedReducers } = input;
  return (
    (dimensions === undefined || isDimensions(dimensions)) &&
    (profile === undefined || isProfile(profile)) &&
    (weights === undefined || isWeights(weights)) &&
    (bands === undefined || isBands(bands)) &&
    (appliedReducers === undefined || isReducers(appliedReducers))
  );
}

/** Above this, a sum of weights could overflow to `Infinity` (finding F13: weights of 1e308 gave a score of 0). */
const LARGEST_SAFE_WEIGHT = 1e300;

/**
 * Weights are relative: when one is so large that their sum could overflow, every weight
 * (defaults included) is divided by the largest, which keeps every ratio.
 */
function safeWeights(input: ParsedRiskInput): ParsedRiskInput {
  const { weights } = input;
  if (weights === undefined) return input;
  const all = Object.keys(RISK_WEIGHTS) as (keyof typeof RISK_WEIGHTS)[];
  const largest = all.reduce((max, d) => Math.max(max, weights[d] ?? RISK_WEIGHTS[d]), 0);
  if (largest <= LARGEST_SAFE_WEIGHT) return input;
  const scaled: Partial<Record<keyof typeof RISK_WEIGHTS, number>> = {};
  for (const d of all) scaled[d] = (weights[d] ?? RISK_WEIGHTS[d]) / largest;
  return { ...input, weights: scaled };
}

/** Validates a risk input, read once into a copy, or throws a `BuygridInputError` naming each field. */
export function validateRiskInput(input: unknown, prefix = ''): ParsedRiskInput {
  return safeWeights(checked(riskInputSchema(), input, isPlainRiskInput, prefix));
}
