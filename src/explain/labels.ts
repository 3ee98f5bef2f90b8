/**
 * Names for people: one English table per vocabulary, and {@link label} to read them.
 *
 * @module
 */
import { readable } from '../_lib/boundary.js';
import { deepFreeze } from '../_lib/freeze.js';
import { optionsOf } from '../_lib/options.js';
import { fail } from '../_lib/parse.js';
import type { Catalog } from '../locales/catalog.js';
import { labels, type EnglishLabels } from '../locales/english.js';
import { readLabel } from '../locales/read.js';
import {
  BUYCLASSES,
  IMPORTANCES,
  ORGANIZATION_TYPES,
  PROCEDURES,
  REGIMES,
  ROLES,
  STEPS,
  type Buyclass,
  type Importance,
  type OrganizationType,
  type Procedure,
  type Regime,
  type Role,
  type Step,
} from '../_lib/vocabulary.js';
import { STANCES, type Stance } from '../buying-center/schema.js';
import {
  ABANDON_REASONS,
  PRIORITIES,
  PURCHASE_EVENT_TYPES,
  type AbandonReason,
  type Priority,
  type PurchaseEventType,
} from '../process/events.js';
import { PURCHASE_GUARDS, type PurchaseGuard } from '../process/guards.js';
import { OUTCOMES, SUPPLIER_STATUSES, type Outcome, type SupplierStatus } from '../process/state.js';
import { RISK_LEVELS, type RiskLevel } from '../risk/bands.js';
import { RISK_DIMENSIONS, type RiskDimension } from '../risk/dimensions.js';
import type { RiskReducerId } from '../risk/reducers.js';
import { SUPPLIER_POSITIONS, type SupplierPosition } from '../situation/approach-actions.js';
import { LEVELS, QUADRANTS, SIZE_BANDS, type Level, type Quadrant, type SizeBand } from '../situation/schema.js';

/**
 * The values each kind of {@link label} names: a kind is a vocabulary of the library
 * (`step` holds the {@link STEPS}, `role` the `ROLES`, `dimension` the `RISK_DIMENSIONS`…).
 */
export interface LabelValues {
  step: Step;
  outcome: Outcome;
  role: Role;
  stance: Stance;
  buyclass: Buyclass;
  quadrant: Quadrant;
  importance: Importance;
  regime: Regime;
  procedure: Procedure;
  organizationType: OrganizationType;
  sizeBand: SizeBand;
  level: Level;
  riskLevel: RiskLevel;
  dimension: RiskDimension;
  eventType: PurchaseEventType;
  guard: PurchaseGuard;
  abandonReason: AbandonReason;
  priority: Priority;
  supplierStatus: SupplierStatus;
  supplierPosition: SupplierPosition;
  reducer: RiskReducerId;
}

/** A kind of value {@link label} names: one of the {@link LABEL_KINDS}. */
export type LabelKind = keyof LabelValues;

/** A table of labels: one name for every value of every kind (a missing one fails the build). */
export type LabelTable = { readonly [K in LabelKind]: Readonly<Record<LabelValues[K], string>> };

/**
 * The values of every kind {@link label} knows, in the order of the library's own lists.
 *
 * @example
 * ```ts
 * import { LABEL_KINDS } from 'buygrid/explain';
 * LABEL_KINDS.step[0];
 * //=> 'need-recognition'
 * ```
 */
export const LABEL_KINDS: { readonly [K in LabelKind]: readonly LabelValues[K][] } = /* @__PURE__ */ deepFreeze({
  step: STEPS,
  outcome: OUTCOMES,
  role: ROLES,
  stance: STANCES,
  buyclass: BUYCLASSES,
  quadrant: QUADRANTS,
  importance: IMPORTANCES,
  regime: REGIMES,
  procedure: PROCEDURES,
  organizationType: ORGANIZATION_TYPES,
  sizeBand: SIZE_BANDS,
  level: LEVELS,
  riskLevel: RISK_LEVELS,
  dimension: RISK_DIMENSIONS,
  eventType: PURCHASE_EVENT_TYPES,
  guard: PURCHASE_GUARDS,
  abandonReason: ABANDON_REASONS,
  priority: PRIORITIES,
  supplierStatus: SUPPLIER_STATUSES,
  supplierPosition: SUPPLIER_POSITIONS,
  // The reducers' ids from the English labels, in the risk module's order (a test holds them
  // equal), so that naming a reducer does not load the reducers' table.
  reducer: Object.keys(labels.reducer) as RiskReducerId[],
});

/**
 * The English labels, one table per kind: plain words in lower case, as they read in the
 * middle of a sentence — the `labels` of the English catalog `buygrid/locales/en`. A
 * translation is a table of the same type ({@link LabelTable}).
 *
 * @example
 * ```ts
 * import { LABELS } from 'buygrid/explain';
 * LABELS.buyclass['modified-rebuy'];
 * //=> 'modified rebuy'
 * ```
 */
export const LABELS: EnglishLabels = labels;

const has = (table: object, key: unknown): key is string => typeof key === 'string' && Object.hasOwn(table, key);

/** What {@link label} takes besides the kind and the value. */
export interface LabelOptions {
  /** The language: a catalog, the default export of `buygrid/locales/<tag>` (English without it). */
  readonly locale?: Catalog;
}

/**
 * Names a value of the library's vocabularies for a person: a step, an outcome, a role, a
 * stance, a buyclass, a quadrant, an importance, a regime, an organization type, a size band,
 * a level, a risk level, a risk dimension, an event type, a guard, an abandon reason, a
 * priority, a supplier status or a supplier position.
 *
 * @param kind - which vocabulary: a key of {@link LABEL_KINDS}.
 * @param value - one of its values.
 * @param options - `locale`, the catalog of a language (`buygrid/locales/<tag>`); English without it.
 * @returns the label: the English one from {@link LABELS}, or the catalog's.
 * @throws BuygridInputError when the kind is unknown, the value is not one of the kind's, the
 * options are not nothing or an object `{ locale? }`, or the locale is not a catalog (the
 * error names the missing label).
 *
 * @example
 * ```ts
 * import { label } from 'buygrid/explain';
 * import fr from 'buygrid/locales/fr';
 * label('step', 'supplier-search');
 * //=> 'supplier search'
 * label('role', 'prescriber', { locale: fr });
 * //=> 'prescripteur'
 * label('guard', 'min-shortlisted');
 * //=> 'too few suppliers shortlisted'
 * label('role', 'influencer' as 'advisor');
 * //=> throws BuygridInputError
 * label('role', 'buyer', { locale: { tag: 'fr' } as never });
 * //=> throws BuygridInputError
 * ```
 * @category Start here
 */
export function label<K extends LabelKind>(kind: K, value: LabelValues[K], options?: LabelOptions): string {
  if (!has(LABELS, kind)) fail('kind', `one of ${Object.keys(LABELS).join(' | ')}`, kind);
  const table: Readonly<Record<string, string>> = LABELS[kind];
  if (!has(table, value)) fail('value', `a ${kind}: one of ${LABEL_KINDS[kind].join(' | ')}`, value);
  const locale = optionsOf(options, ['locale']).locale;
  return locale === undefined
    ? (table[value] as string)
    : readable(() => readLabel(locale, 'options.locale', kind, value), 'options.locale');
}
