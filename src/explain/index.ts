/**
 * Short texts a person reads: {@link explain} words any result of the library, and
 * {@link label} names a step, role, stance, buyclass, quadrant, dimension or level. The
 * English sentences and labels are tables ({@link TEXTS}, {@link LABELS}) that a
 * translation replaces. Guide: [Explanations and labels](../../docs/explain.md).
 *
 * @packageDocumentation
 */
export { BuygridInputError, isBuygridInputError, type BuygridIssue } from '../_lib/errors.js';
export { explain, kindOf, type ExplainOptions } from './explain.js';
export { say, type SayOptions } from './say.js';
export type {
  ExplainedKinds,
  ExplainedKind,
  Explainable,
  Explainer,
  ExplainContext,
  ExplainTable,
  Said,
} from './kinds.js';
export {
  label,
  LABELS,
  LABEL_KINDS,
  type LabelKind,
  type LabelValues,
  type LabelTable,
  type LabelOptions,
} from './labels.js';
export { TEXTS, type ExplainTexts, type TextTable } from './texts.js';
export type { EnglishLabels, EnglishTexts } from '../locales/english.js';
export type { Catalog, Format, MessageTable } from '../locales/catalog.js';
export { formatFor } from '../locales/format.js';
export type { MessageParams, MessageCode } from './messages.js';
