/**
 * The buying center: who takes part in an organizational purchase, in which roles, with
 * what influence and stance.
 *
 * @packageDocumentation
 */
export { BuygridInputError, isBuygridInputError, type BuygridIssue } from '../_lib/errors.js';
export type { Reason } from '../_lib/reason.js';
export { ROLES, type Role } from '../_lib/vocabulary.js';
export {
  STANCES,
  type Stance,
  type Member,
  type MemberInput,
  type Organization,
  type BuyingCenter,
  type BuyingCenterInput,
} from './schema.js';
