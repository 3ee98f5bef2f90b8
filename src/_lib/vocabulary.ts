/**
 * The shared vocabulary: names that several modules use. Each module re-exports the
 * lists it speaks of; this file is their one definition.
 *
 * @module
 */
import { deepFreeze } from './freeze.js';
import * as z from 'zod/mini';

/**
 * The five steps of the B2B purchase process (seeds 001, 003; the French/European
 * five-step school, see `docs/process.md`).
 *
 * @example
 * ```ts
 * import { STEPS } from 'buygrid/process';
 * STEPS.indexOf('negotiation');
 * //=> 3
 * ```
 */
export const STEPS = /* @__PURE__ */ deepFreeze(['need-recognition', 'specification', 'supplier-search', 'negotiation', 'decision'] as const);
/** One of the five {@link STEPS}. */
export type Step = (typeof STEPS)[number];
/** Schema of a {@link Step}. */
export const stepSchema = /* @__PURE__ */ z.enum(STEPS);

/**
 * The three buyclasses of Robinson, Faris & Wind (1967): a first purchase, a repeat
 * purchase with changes, and a routine re-order.
 *
 * @example
 * ```ts
 * import { BUYCLASSES } from 'buygrid/situation';
 * BUYCLASSES.length;
 * //=> 3
 * ```
 */
export const BUYCLASSES = /* @__PURE__ */ deepFreeze(['new-task', 'modified-rebuy', 'straight-rebuy'] as const);
/** One of the three {@link BUYCLASSES}. */
export type Buyclass = (typeof BUYCLASSES)[number];
/** Schema of a {@link Buyclass}. */
export const buyclassSchema = /* @__PURE__ */ z.enum(BUYCLASSES);

/**
 * The eight buying-center roles (Webster & Wind 1972; Bonoma 1982; Kotler & Keller;
 * the French *centre d'achat*: prescripteur, conseiller, filtre…).
 *
 * @example
 * ```ts
 * import { ROLES } from 'buygrid/buying-center';
 * ROLES.includes('gatekeeper');
 * //=> true
 * ```
 */
export const ROLES = /* @__PURE__ */ deepFreeze([
  'initiator',
  'user',
  'prescriber',
  'advisor',
  'gatekeeper',
  'buyer',
  'decider',
  'approver',
] as const);
/** One of the eight {@link ROLES}. */
export type Role = (typeof ROLES)[number];
/** Schema of a {@link Role}. */
export const roleSchema = /* @__PURE__ */ z.enum(ROLES);

/**
 * The procurement regimes: a private purchase, or a public body's competitive tender
 * (seed 000).
 *
 * @example
 * ```ts
 * import { REGIMES } from 'buygrid/situation';
 * REGIMES[1];
 * //=> 'public-tender'
 * ```
 */
export const REGIMES = /* @__PURE__ */ deepFreeze(['private', 'public-tender'] as const);
/** One of the {@link REGIMES}. */
export type Regime = (typeof REGIMES)[number];
/** Schema of a {@link Regime}. */
export const regimeSchema = /* @__PURE__ */ z.enum(REGIMES);

/**
 * The strategic weight of a purchase in the seeds: a banal (routine, non-critical)
 * or a strategic purchase.
 *
 * @example
 * ```ts
 * import { IMPORTANCES } from 'buygrid/situation';
 * IMPORTANCES.join(' / ');
 * //=> 'banal / strategic'
 * ```
 */
export const IMPORTANCES = /* @__PURE__ */ deepFreeze(['banal', 'strategic'] as const);
/** One of the {@link IMPORTANCES}. */
export type Importance = (typeof IMPORTANCES)[number];
/** Schema of an {@link Importance}. */
export const importanceSchema = /* @__PURE__ */ z.enum(IMPORTANCES);

/**
 * The kinds of buying organization of seed 000: companies, public bodies and
 * institutions.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_TYPES } from 'buygrid/situation';
 * ORGANIZATION_TYPES.includes('public-body');
 * //=> true
 * ```
 */
export const ORGANIZATION_TYPES = /* @__PURE__ */ deepFreeze(['company', 'public-body', 'institution'] as const);
/** One of the {@link ORGANIZATION_TYPES}. */
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
/** Schema of an {@link OrganizationType}. */
export const organizationTypeSchema = /* @__PURE__ */ z.enum(ORGANIZATION_TYPES);
