/**
 * What each role and each stance means, with its source: data to read, print or translate.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Role } from '../_lib/vocabulary.js';
import type { Stance } from './schema.js';

/** One entry of {@link ROLE_DEFINITIONS} or {@link STANCE_DEFINITIONS}. */
export interface BuyingCenterDefinition {
  /** One sentence saying what the role or stance is. */
  readonly definition: string;
  /** The name in the French *centre d'achat*, where the literature has one. */
  readonly french?: string;
  /** Where the definition comes from. */
  readonly source: string;
}

/**
 * The eight buying-center roles, each with a one-line definition, its French name and its
 * source (short; the full references are in `docs/buying-center.md`; "a French B2B marketing
 * teaching text" is one of buygrid's source texts, read in its Dutch and Serbian
 * translations). A member may hold
 * several roles and a role several members.
 *
 * @see Webster, F. E. & Wind, Y. (1972), "A General Model for Understanding Organizational Buying Behavior", *Journal of Marketing* 36(2):12–19.
 * @see Bonoma, T. V. (1982), "Major Sales: Who Really Does the Buying?", *Harvard Business Review*.
 * @see Kotler, P. & Keller, K. L., *Marketing Management* (seven roles, with approvers).
 *
 * @example
 * ```ts
 * import { ROLE_DEFINITIONS } from 'buygrid/buying-center';
 * ROLE_DEFINITIONS.prescriber.french;
 * //=> 'prescripteur'
 * ```
 */
export const ROLE_DEFINITIONS = /* @__PURE__ */ deepFreeze({
  initiator: {
    definition:
      'Recognizes that a problem of the organization can be solved or avoided by buying a product or service.',
    french: 'initiateur',
    source: 'Bonoma 1982; Kotler & Keller',
  },
  user: {
    definition:
      'Uses (consumes) the product or service; often initiates the purchase and helps define the specification.',
    french: 'utilisateur',
    source: 'Webster & Wind 1972; Bonoma 1982',
  },
  prescriber: {
    definition:
      'Defines the product or service that meets the need (the specifier, often a technical expert, internal or external).',
    french: 'prescripteur',
    source: "a French B2B marketing teaching text (centre d'achat)",
  },
  advisor: {
    definition: 'Influences the purchase decision without the power to take it.',
    french: 'conseiller',
    source: 'a French B2B marketing teaching text; Webster & Wind 1972 (influencers)',
  },
  gatekeeper: {
    definition:
      'Controls the flow of information and vendor access to the buying center (purchasing staff, assistants, an approved-vendors list).',
    french: 'filtre',
    source: 'Webster & Wind 1972; Bonoma 1982; a French B2B marketing teaching text (filtre)',
  },
  buyer: {
    definition:
      'Searches for potential suppliers, collects information about them and negotiates the terms (the purchaser).',
    french: 'acheteur',
    source: 'a French B2B marketing teaching text; Bonoma 1982',
  },
  decider: {
    definition: 'Says yes or no to the purchase and ultimately chooses the offer and the supplier.',
    french: 'décideur',
    source: 'Webster & Wind 1972; a French B2B marketing teaching text',
  },
  approver: {
    definition: 'Authorizes the proposed actions of deciders or buyers, typically the budget.',
    french: 'approbateur',
    source: 'Kotler & Keller',
  },
} as const satisfies Record<Role, BuyingCenterDefinition>);

/**
 * The five stances a member can take toward the purchase or the assessed supplier, each
 * with a one-line definition and its source. Stance is separate from role; supporter,
 * neutral and skeptic complete buygrid's evenly spaced five-point scale (an assumption).
 *
 * @see Bonoma, T. V. (1982), "Major Sales: Who Really Does the Buying?", *Harvard Business Review*: of the deciders, "Ordinarily, however, one of these will become champion or advocate".
 *
 * @example
 * ```ts
 * import { STANCE_DEFINITIONS } from 'buygrid/buying-center';
 * STANCE_DEFINITIONS.champion.source;
 * //=> 'Bonoma 1982'
 * ```
 */
export const STANCE_DEFINITIONS = /* @__PURE__ */ deepFreeze({
  champion: {
    definition:
      'Advocates the purchase inside the organization and sells it to the others; without one, many purchases are never made.',
    source: 'Bonoma 1982',
  },
  supporter: {
    definition: 'Is in favour, without campaigning for it.',
    source: 'buygrid (assumption)',
  },
  neutral: {
    definition: 'Has no stated preference; also how a member without a known stance is counted.',
    source: 'buygrid (assumption)',
  },
  skeptic: {
    definition: 'Doubts the purchase or the supplier, without opposing it outright.',
    source: 'buygrid (assumption)',
  },
  blocker: {
    definition: 'Opposes the purchase or the supplier and can stop or delay it.',
    source: 'HubSpot BLOCKER; Bonoma 1982',
  },
} as const satisfies Record<Stance, BuyingCenterDefinition>);
