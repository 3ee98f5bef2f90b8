/**
 * The criteria that tell the buyclasses apart, as data: Robinson, Faris & Wind's (1967)
 * newness of the problem, information need and consideration of new alternatives, plus the
 * rebuy facts (bought before, specification changed, satisfaction with the incumbent).
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { NoParams, Reason } from '../_lib/reason.js';
import type { Buyclass } from '../_lib/vocabulary.js';

/**
 * How well one value of a fact fits each buyclass, in `[0, 1]`: 1 is the value the
 * textbook profile of that class has, 0 a value the class excludes.
 */
export type BuyclassFit = Readonly<Record<Buyclass, number>>;

/** One value of a buyclass fact: its fit to each class, and the reason it gives. */
export interface BuyclassFactValue {
  /** How well the value fits each buyclass. */
  readonly fit: BuyclassFit;
  /** The classes this value rules out by definition: their score is 0 (a rebuy needs an earlier purchase). */
  readonly excludes?: readonly Buyclass[];
  /** The reason this value gives (no params); results share this (frozen) object. */
  readonly reason: Reason<string, NoParams>;
}

/** One fact of {@link situation!BuyclassFacts}: its weight, whether it applies to a first purchase, its values. */
export interface BuyclassCriterion {
  /** Its weight in the weighted mean that makes the scores. */
  readonly weight: number;
  /** Whether it applies to a first purchase (satisfaction with an incumbent does not). */
  readonly appliesToFirstPurchase: boolean;
  /** Its values (`'true'`/`'false'`, or `'low'`/`'medium'`/`'high'`), each with its fit and reason. */
  readonly values: Readonly<Record<string, BuyclassFactValue>>;
}

const fit = (newTask: number, modifiedRebuy: number, straightRebuy: number): BuyclassFit => ({
  'new-task': newTask,
  'modified-rebuy': modifiedRebuy,
  'straight-rebuy': straightRebuy,
});

/**
 * The buyclass criteria (deeply frozen), one per fact of {@link situation!BuyclassFacts}, in the order reasons list them.
 *
 * Each class's score is the weighted mean, over the facts known and applicable, of how
 * well each fact's value fits the class. Robinson, Faris & Wind tell the classes apart by
 * newness of the problem, information need and consideration of new alternatives; the
 * rebuy facts (bought before, specification changed, satisfaction with the incumbent) are
 * Kotler & Armstrong's descriptions of the classes. All weigh 1. Two readings are
 * buygrid's own:
 *
 * - a first purchase is a new task by definition — a rebuy needs an earlier purchase — so
 *   `purchasedBefore: false` rules the rebuys out (`excludes`);
 * - a repeat purchase only leans towards a rebuy (it fits a new task 0.25): an item bought
 *   long ago and replaced after a change of technology or of people is a new task when the
 *   criteria say so. A changed specification or dissatisfaction fits a new task as well as a
 *   modified rebuy. So a repeat purchase is a new task exactly when the problem is new and
 *   the information need high, and neither consideration of new suppliers nor the
 *   specification is known to be routine (no new supplier considered, specification
 *   unchanged).
 *
 * The ordinal criteria follow the table of Robinson, Faris & Wind (high / medium / low for
 * new task / modified rebuy / straight rebuy); the fits in between are this library's
 * reading, not published numbers.
 *
 * @example
 * ```ts
 * import { BUYCLASS_CRITERIA } from 'buygrid/situation';
 * BUYCLASS_CRITERIA.problemNovelty.values.high.fit;
 * //=> { 'new-task': 1, 'modified-rebuy': 0.5, 'straight-rebuy': 0 }
 * BUYCLASS_CRITERIA.purchasedBefore.values.true.fit;
 * //=> { 'new-task': 0.25, 'modified-rebuy': 1, 'straight-rebuy': 1 }
 * ```
 * @see Robinson, P. J., Faris, C. W. & Wind, Y. (1967), *Industrial Buying and Creative Marketing*, Allyn and Bacon.
 * @see Kotler, P. & Armstrong, G., *Principles of Marketing*, 17th ed., ch. 6 (the three buyclasses).
 * @see LeBlanc, R. P. (1983), "Industrial 'Buyclasses' – Revisited", *Advances in Consumer Research* 10:233–237.
 */
export const BUYCLASS_CRITERIA = /* @__PURE__ */ deepFreeze({
  purchasedBefore: {
    weight: 1,
    appliesToFirstPurchase: true,
    values: {
      true: {
        fit: fit(0.25, 1, 1),
        reason: {
          code: 'purchased-before',
          params: {},
          message: 'The item was bought before: a rebuy, straight or modified, unless the problem has become new.',
        },
      },
      false: {
        fit: fit(1, 0, 0),
        excludes: ['modified-rebuy', 'straight-rebuy'],
        reason: {
          code: 'first-purchase',
          params: {},
          message: 'The item was never bought before: a new task by definition.',
        },
      },
    },
  },
  specificationChanged: {
    weight: 1,
    appliesToFirstPurchase: false,
    values: {
      true: {
        fit: fit(1, 1, 0),
        reason: {
          code: 'specification-changed',
          params: {},
          message:
            'The specification changed since the last purchase: a modified rebuy, or a new task if the problem is new.',
        },
      },
      false: {
        fit: fit(0, 0.5, 1),
        reason: {
          code: 'specification-unchanged',
          params: {},
          message: 'The specification is unchanged: a straight rebuy, unless price, terms or supplier change.',
        },
      },
    },
  },
  satisfiedWithIncumbent: {
    weight: 1,
    appliesToFirstPurchase: false,
    values: {
      true: {
        fit: fit(0.5, 0.5, 1),
        reason: {
          code: 'incumbent-satisfies',
          params: {},
          message: 'The buyer is satisfied with the current supplier: a straight rebuy.',
        },
      },
      false: {
        fit: fit(1, 1, 0),
        reason: {
          code: 'incumbent-dissatisfies',
          params: {},
          message:
            'The buyer is dissatisfied with the current supplier: a modified rebuy, or a new task if the problem is new.',
        },
      },
    },
  },
  consideringNewSuppliers: {
    weight: 1,
    appliesToFirstPurchase: true,
    values: {
      true: {
        fit: fit(1, 1, 0),
        reason: {
          code: 'new-suppliers-considered',
          params: {},
          message: 'New suppliers are considered: a new task or a modified rebuy, not a straight rebuy.',
        },
      },
      false: {
        fit: fit(0, 0.5, 1),
        reason: { code: 'no-new-suppliers', params: {}, message: 'No new supplier is considered: a straight rebuy.' },
      },
    },
  },
  problemNovelty: {
    weight: 1,
    appliesToFirstPurchase: true,
    values: {
      high: {
        fit: fit(1, 0.5, 0),
        reason: { code: 'novelty-high', params: {}, message: 'The problem is new to the buyers: a new task.' },
      },
      medium: {
        fit: fit(0.5, 1, 0.5),
        reason: {
          code: 'novelty-medium',
          params: {},
          message: 'The problem is partly new to the buyers: a modified rebuy.',
        },
      },
      low: {
        fit: fit(0, 0.5, 1),
        reason: {
          code: 'novelty-low',
          params: {},
          message: 'The problem is familiar to the buyers: a straight rebuy.',
        },
      },
    },
  },
  informationNeed: {
    weight: 1,
    appliesToFirstPurchase: true,
    values: {
      high: {
        fit: fit(1, 0.5, 0),
        reason: { code: 'information-need-high', params: {}, message: 'The buyers need much information: a new task.' },
      },
      medium: {
        fit: fit(0.5, 1, 0.5),
        reason: {
          code: 'information-need-medium',
          params: {},
          message: 'The buyers need some information: a modified rebuy.',
        },
      },
      low: {
        fit: fit(0, 0.5, 1),
        reason: {
          code: 'information-need-low',
          params: {},
          message: 'The buyers need little information: a straight rebuy.',
        },
      },
    },
  },
} as const satisfies Record<string, BuyclassCriterion>);

/** The name of one fact of {@link situation!BuyclassFacts}. */
export type BuyclassFact = keyof typeof BUYCLASS_CRITERIA;

/** The code of a reason of {@link situation!classifyBuyclass}: one per fact value, and four about the profile. */
export type BuyclassReasonCode =
  | {
      [F in BuyclassFact]: {
        [K in keyof (typeof BUYCLASS_CRITERIA)[F]['values']]: (typeof BUYCLASS_CRITERIA)[F]['values'][K] extends {
          readonly reason: { readonly code: infer C };
        }
          ? C
          : never;
      }[keyof (typeof BUYCLASS_CRITERIA)[F]['values']];
    }[BuyclassFact]
  | 'fact-not-applicable'
  | 'facts-missing'
  | 'mixed-profile'
  | 'rebuy-undecided';

/**
 * The names of the buyclass facts, in the order of {@link situation!BUYCLASS_CRITERIA}.
 *
 * @example
 * ```ts
 * import { BUYCLASS_FACTS } from 'buygrid/situation';
 * BUYCLASS_FACTS[0];
 * //=> 'purchasedBefore'
 * ```
 */
export const BUYCLASS_FACTS = /* @__PURE__ */ deepFreeze([
  'purchasedBefore',
  'specificationChanged',
  'satisfiedWithIncumbent',
  'consideringNewSuppliers',
  'problemNovelty',
  'informationNeed',
] as const satisfies readonly BuyclassFact[]);

/** Each buyclass with its article, for messages. */
export const BUYCLASS_LABELS: Readonly<Record<Buyclass, string>> = {
  'new-task': 'a new task',
  'modified-rebuy': 'a modified rebuy',
  'straight-rebuy': 'a straight rebuy',
};
