/**
 * The shapes of a buying center and its members.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { employees, id, text, unit } from '../_lib/schemas.js';
import { organizationTypeSchema, roleSchema } from '../_lib/vocabulary.js';

/**
 * A member's stance toward the purchase (or toward the assessed supplier), separate from
 * the member's roles: from a `champion` who sells internally to a `blocker`.
 * Each stance's definition and source: `STANCE_DEFINITIONS`; its score in the support
 * figure of `analyzeBuyingCenter`: `STANCE_SCORES`.
 *
 * @example
 * ```ts
 * import { STANCES } from 'buygrid/buying-center';
 * STANCES[0];
 * //=> 'champion'
 * ```
 */
export const STANCES = /* @__PURE__ */ deepFreeze(['champion', 'supporter', 'neutral', 'skeptic', 'blocker'] as const);
/** One of the {@link STANCES}. */
export type Stance = (typeof STANCES)[number];
/** Schema of a {@link Stance}. */
export const stanceSchema = /* @__PURE__ */ lazy(() => z.enum(STANCES));

/**
 * Schema of a member of the buying center: an `id` unique in the center, a `name`, the
 * roles held (several roles per person, several people per role: Webster & Wind 1972),
 * an `influence` in `[0, 1]`, and optionally a `title`, a `department`, a {@link Stance}
 * and `external` (consultants, engineering firms: the French *prescripteurs externes*).
 */
export const memberSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      id: id(),
      name: text(),
      title: z.optional(text()),
      department: z.optional(text()),
      roles: z.readonly(z.array(roleSchema())),
      influence: unit(),
      stance: z.optional(stanceSchema()),
      external: z.optional(z.boolean()),
    }),
  ),
);

/**
 * Schema of the patch `updateMember` takes: any member field but `id`; an optional field
 * given as `undefined` is removed. (Written out rather than derived with `z.partial` and
 * `z.omit`, which would cost the bundle half a kilobyte.)
 */
export const memberPatchSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      name: z.optional(text()),
      title: z.optional(text()),
      department: z.optional(text()),
      roles: z.optional(z.readonly(z.array(roleSchema()))),
      influence: z.optional(unit()),
      stance: z.optional(stanceSchema()),
      external: z.optional(z.boolean()),
    }),
  ),
);

/** Schema of the buying organization. */
export const organizationSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      type: z.optional(organizationTypeSchema()),
      employees: z.optional(employees()),
      sector: z.optional(text()),
    }),
  ),
);

/** Schema of a buying center. */
export const buyingCenterSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      organization: z.optional(organizationSchema()),
      members: z.readonly(z.array(memberSchema())),
    }),
  ),
);

/** A member as given to `createBuyingCenter`. */
export type MemberInput = z.input<ReturnType<typeof memberSchema>>;
/** A member of a buying center: who, in which roles, with what influence and stance. */
export type Member = z.output<ReturnType<typeof memberSchema>>;
/** The buying organization. */
export type Organization = z.output<ReturnType<typeof organizationSchema>>;
/** A buying center as given to `createBuyingCenter`. */
export type BuyingCenterInput = z.input<ReturnType<typeof buyingCenterSchema>>;
/** A buying center: the organization and the members who take part in the purchase. Deeply frozen. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a named interface, so hovers and errors say `BuyingCenter`
export interface BuyingCenter extends z.output<ReturnType<typeof buyingCenterSchema>> {}
/** The changes `updateMember` applies to a member: any field but `id`; `undefined` removes an optional field. */
export type MemberPatch = z.input<ReturnType<typeof memberPatchSchema>>;
