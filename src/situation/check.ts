/**
 * Hand-written fast checks of the classifiers' inputs. Each accepts only input that its
 * zod schema accepts unchanged (a property test proves it); anything else goes through
 * the schema, which throws a `BuygridInputError` naming each field. They exist
 * because the classifiers aim at a million calls a second.
 *
 * @module
 */
import { isPlainRecord, isUnitValue } from '../_lib/fast.js';
import { MAX_TEXT_LENGTH } from '../_lib/schemas.js';
import type { SituationCode, SituationMessages, SituationReason } from './messages.js';

/** Whether `value` is `undefined` or a number in `[0, 1]`. */
export function isOptionalUnit(value: unknown): boolean {
  return value === undefined || isUnitValue(value);
}

/** Whether `value` is `undefined` or a boolean. */
export function isOptionalBoolean(value: unknown): boolean {
  return value === undefined || typeof value === 'boolean';
}

/** Whether `value` is one of `options`. */
export function isOneOf(value: unknown, options: readonly string[]): boolean {
  return typeof value === 'string' && options.includes(value);
}

/** Whether `value` is `undefined` or one of `options`. */
export function isOptionalOneOf(value: unknown, options: readonly string[]): boolean {
  return value === undefined || isOneOf(value, options);
}

/** Whether `value` is a text as `text` of the kernel's schemas accepts: 1 to `MAX_TEXT_LENGTH` characters. */
export function isText(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= MAX_TEXT_LENGTH;
}

/**
 * Freezes each item of a fresh array of flat objects (and its params), then the array: the shallow
 * counterpart of `deepFreeze` for the classifiers' reasons and actions, several times faster.
 */
export function freezeList<T extends { readonly params: object }>(items: T[]): readonly T[] {
  for (const item of items) {
    Object.freeze(item.params);
    Object.freeze(item);
  }
  return Object.freeze(items);
}

/** Whether `value` is a value of a reason's params as the situation's schema takes it: a text, a finite number, a boolean, a list of texts, or numbers by name. */
const isParamValue = (value: unknown): boolean => {
  if (typeof value === 'string') return value.length <= MAX_TEXT_LENGTH;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.every(isText);
  if (!isPlainRecord(value)) return false;
  for (const key in value) if (!isText(key) || !Number.isFinite(value[key])) return false;
  return true;
};

/** Whether `value` is `undefined` or the params of a reason as the situation's schema accepts them unchanged. */
export function isOptionalParams(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isPlainRecord(value)) return false;
  for (const key in value) if (!isText(key) || !isParamValue(value[key])) return false;
  return true;
}

/** A new frozen reason (its params frozen too). */
export function frozenReason<Code extends SituationCode>(
  code: Code,
  params: SituationMessages[Code],
  message: string,
): SituationReason<Code> {
  return Object.freeze({ code, params: Object.freeze(params), message }) as SituationReason<Code>;
}
