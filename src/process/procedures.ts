/**
 * The policies of a public buyer, one per award procedure of Directive 2014/24/EU, as data.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Procedure } from '../_lib/vocabulary.js';
import { DEFAULT_ROLE_RULES, ROUTINE_ROLE_RULES, type PurchasePolicy } from './policy.js';

/** One row of {@link PROCEDURE_POLICIES}: the article it rests on, and the policy. */
export interface ProcedurePolicy {
  /** The article of Directive 2014/24/EU (or the note that national rules apply). */
  readonly article: string;
  /** What the row rests on: the Directive's rule, or buygrid's assumption, in words. */
  readonly basis: string;
  readonly policy: PurchasePolicy;
}

const competitive = (minShortlisted: number, negotiable: boolean): PurchasePolicy => ({
  minShortlisted,
  minOffers: 1,
  skips: [],
  reorderWithoutOffer: false,
  roles: DEFAULT_ROLE_RULES,
  inviteAll: 'if-fewer',
  negotiable,
});

const open = {
  minShortlisted: 1,
  minOffers: 1,
  skips: [],
  reorderWithoutOffer: false,
  roles: DEFAULT_ROLE_RULES,
  inviteAll: 'always',
  negotiable: false,
} as const;
const restricted = /* @__PURE__ */ competitive(5, false);
const competitiveWithNegotiation = /* @__PURE__ */ competitive(3, true);
const competitiveDialogue = /* @__PURE__ */ competitive(3, true);
const innovationPartnership = /* @__PURE__ */ competitive(3, true);
const negotiatedWithoutPublication = {
  minShortlisted: 1,
  minOffers: 1,
  skips: [],
  reorderWithoutOffer: false,
  roles: DEFAULT_ROLE_RULES,
} as const;
const frameworkCallOff = {
  minShortlisted: 1,
  minOffers: 1,
  skips: [
    { from: 'specification', to: 'decision', requires: 'incumbent' },
    { from: 'specification', to: 'negotiation', requires: 'known-suppliers' },
  ],
  reorderWithoutOffer: true,
  roles: ROUTINE_ROLE_RULES,
} as const;
const dynamicPurchasingSystem = {
  minShortlisted: 1,
  minOffers: 1,
  skips: [],
  reorderWithoutOffer: false,
  roles: DEFAULT_ROLE_RULES,
  inviteAll: 'always',
  negotiable: false,
} as const;
// The new-task policy of a private purchase, written out (a reference would keep this table in every bundle).
const belowThreshold = {
  minShortlisted: 1,
  minOffers: 1,
  skips: [],
  reorderWithoutOffer: false,
  roles: DEFAULT_ROLE_RULES,
} as const;

/**
 * The policy of each procedure, without the words of {@link PROCEDURE_POLICIES}: what
 * `defaultPolicy` reads, so that a bundle of `transition` carries no article or basis text.
 * (The two tables share the policy objects, written once above.)
 * @internal
 */
export const POLICY_BY_PROCEDURE = /* @__PURE__ */ deepFreeze({
  open: open,
  restricted: restricted,
  'competitive-with-negotiation': competitiveWithNegotiation,
  'competitive-dialogue': competitiveDialogue,
  'innovation-partnership': innovationPartnership,
  'negotiated-without-publication': negotiatedWithoutPublication,
  'framework-call-off': frameworkCallOff,
  'dynamic-purchasing-system': dynamicPurchasingSystem,
  'below-threshold': belowThreshold,
} satisfies Record<Procedure, PurchasePolicy>);

/**
 * The default policy of each public procurement procedure, with the article of Directive
 * 2014/24/EU it rests on. What they share: **no procedure sets a minimum number of
 * tenders**, so `minOffers` is 1 everywhere (one compliant tender can be awarded).
 *
 * | procedure | min. invited | tenders negotiable | re-order | article |
 * | --- | --- | --- | --- | --- |
 * | `open` | no preselection: every supplier not excluded is invited | no | no | art. 27 |
 * | `restricted` | 5, or all who qualify when fewer do | no | no | arts. 28, 65(2) |
 * | `competitive-with-negotiation` | 3, or all who qualify | yes | no | arts. 29, 65(2) |
 * | `competitive-dialogue` | 3, or all who qualify | yes (the dialogue) | no | arts. 30, 65(2) |
 * | `innovation-partnership` | 3, or all who qualify | yes | no | arts. 31, 65(2) |
 * | `negotiated-without-publication` | 1 | yes | no | art. 32 |
 * | `framework-call-off` | — | — | yes, from a framework holder | art. 33(3), 33(4)(a); mini-competition 33(4)(c), 33(5) |
 * | `dynamic-purchasing-system` | every admitted supplier | no (restricted-procedure rules) | no | art. 34(1), 34(6) |
 * | `below-threshold` | 1 | yes | no | national rules; buygrid's assumption |
 *
 * Open and restricted procedures do not allow negotiating tenders: equal treatment (art. 18)
 * precludes negotiation with a tenderer, so that, as a rule, a tender cannot be amended after
 * it has been submitted (CJEU, C-599/10 *SAG ELV Slovensko*, 29 March 2012); negotiation
 * belongs to the procedures of arts. 29–32. A second offer from the same supplier is then
 * refused (guard `no-negotiation`). In a framework call-off, mark each framework holder
 * `incumbent: true` among the `knownSuppliers`: one may be re-ordered from without an offer
 * (the terms are those of the framework), or competition reopened among the holders (a skip
 * from `specification` to `negotiation` shortlists them). Roles are buygrid's assumption.
 * The numbers are the Directive's, above the EU thresholds; national rules may add to them.
 *
 * @see Directive 2014/24/EU of 26 February 2014 on public procurement, arts. 18, 27–34, 65.
 *
 * @example
 * ```ts
 * import { PROCEDURE_POLICIES } from 'buygrid/process';
 * PROCEDURE_POLICIES.restricted.policy.minShortlisted;
 * //=> 5
 * PROCEDURE_POLICIES.open.policy.minOffers;
 * //=> 1
 * PROCEDURE_POLICIES['framework-call-off'].policy.reorderWithoutOffer;
 * //=> true
 * ```
 */
export const PROCEDURE_POLICIES = /* @__PURE__ */ deepFreeze({
  open: {
    article: 'Directive 2014/24/EU art. 27',
    basis:
      'In open procedures any interested economic operator may submit a tender (art. 27(1)): no preselection. Tenders are not negotiated.',
    policy: open,
  },
  restricted: {
    article: 'Directive 2014/24/EU arts. 28, 65(2)',
    basis:
      'At least 5 candidates are invited; when fewer meet the selection criteria, the authority may go on with those who do (art. 65(2)). Tenders are not negotiated.',
    policy: restricted,
  },
  'competitive-with-negotiation': {
    article: 'Directive 2014/24/EU arts. 29, 65(2)',
    basis:
      'At least 3 candidates are invited, or all who qualify when fewer do (art. 65(2)); initial and subsequent tenders are negotiated (art. 29).',
    policy: competitiveWithNegotiation,
  },
  'competitive-dialogue': {
    article: 'Directive 2014/24/EU arts. 30, 65(2)',
    basis:
      'At least 3 candidates are invited, or all who qualify when fewer do (art. 65(2)); solutions are discussed in a dialogue (art. 30).',
    policy: competitiveDialogue,
  },
  'innovation-partnership': {
    article: 'Directive 2014/24/EU arts. 31, 65(2)',
    basis:
      'At least 3 candidates are invited, or all who qualify when fewer do (art. 65(2)); tenders are negotiated (art. 31).',
    policy: innovationPartnership,
  },
  'negotiated-without-publication': {
    article: 'Directive 2014/24/EU art. 32',
    basis:
      'Only in the cases art. 32 lists (no suitable tender in an earlier procedure, a single possible supplier, extreme urgency, additional deliveries…); one supplier may suffice.',
    policy: negotiatedWithoutPublication,
  },
  'framework-call-off': {
    article: 'Directive 2014/24/EU art. 33(3), 33(4)(a); 33(4)(c), 33(5)',
    basis:
      'A contract based on a framework agreement goes to a party to it, within its terms, without new competition (art. 33(3), 33(4)(a)) or after reopening competition among the parties (art. 33(4)(c), 33(5)).',
    policy: frameworkCallOff,
  },
  'dynamic-purchasing-system': {
    article: 'Directive 2014/24/EU art. 34(1), 34(6)',
    basis:
      'A dynamic purchasing system follows the rules of the restricted procedure (art. 34(1)); every admitted participant is invited to tender for each specific procurement (art. 34(6)).',
    policy: dynamicPurchasingSystem,
  },
  'below-threshold': {
    article: 'national rules (below the thresholds of Directive 2014/24/EU art. 4)',
    basis:
      'Below the EU thresholds national rules apply; buygrid assumes the private minimum (one supplier, one offer): override it with the rules that apply.',
    policy: belowThreshold,
  },
} satisfies Record<Procedure, ProcedurePolicy>);
