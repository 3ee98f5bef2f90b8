/**
 * The shared vocabulary: names that several modules use. Each module re-exports the
 * lists it speaks of; this file is their one definition.
 *
 * @module
 */
import { deepFreeze } from './freeze.js';
import * as z from 'zod/mini';
import { lazy } from './lazy.js';

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
export const STEPS = /* @__PURE__ */ deepFreeze([
  'need-recognition',
  'specification',
  'supplier-search',
  'negotiation',
  'decision',
] as const);
/** One of the five {@link STEPS}. */
export type Step = (typeof STEPS)[number];
/** Schema of a {@link Step}. */
export const stepSchema = /* @__PURE__ */ lazy(() => z.enum(STEPS));

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
export const buyclassSchema = /* @__PURE__ */ lazy(() => z.enum(BUYCLASSES));

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
export const roleSchema = /* @__PURE__ */ lazy(() => z.enum(ROLES));

/**
 * The procurement regimes: a private purchase, or a purchase under public procurement
 * rules — by a contracting authority, which follows a procedure of Directive 2014/24/EU
 * above the EU thresholds and national rules below them (see {@link PROCEDURES}).
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
export const regimeSchema = /* @__PURE__ */ lazy(() => z.enum(REGIMES));

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
export const importanceSchema = /* @__PURE__ */ lazy(() => z.enum(IMPORTANCES));

/**
 * The kinds of buying organization named by a Greek teaching text on
 * organizational buyers (which lists companies, public bodies and institutions buying for
 * resale, production or their own operations).
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
export const organizationTypeSchema = /* @__PURE__ */ lazy(() => z.enum(ORGANIZATION_TYPES));

/**
 * The award procedures of a public buyer (Directive 2014/24/EU): `open` (art. 27, the
 * default), `restricted` (art. 28), `competitive-with-negotiation` (art. 29),
 * `competitive-dialogue` (art. 30), `innovation-partnership` (art. 31),
 * `negotiated-without-publication` (art. 32), `framework-call-off` (a contract based on a
 * framework agreement, art. 33), `dynamic-purchasing-system` (art. 34), and
 * `below-threshold` (under the EU thresholds of art. 4: national rules apply).
 *
 * @example
 * ```ts
 * import { PROCEDURES } from 'buygrid/situation';
 * PROCEDURES[0];
 * //=> 'open'
 * ```
 * @see Directive 2014/24/EU of 26 February 2014 on public procurement, arts. 26–34.
 */
export const PROCEDURES = /* @__PURE__ */ deepFreeze([
  'open',
  'restricted',
  'competitive-with-negotiation',
  'competitive-dialogue',
  'innovation-partnership',
  'negotiated-without-publication',
  'framework-call-off',
  'dynamic-purchasing-system',
  'below-threshold',
] as const);
/** One of the {@link PROCEDURES}. */
export type Procedure = (typeof PROCEDURES)[number];
/** Schema of a {@link Procedure}. */
export const procedureSchema = /* @__PURE__ */ lazy(() => z.enum(PROCEDURES));
