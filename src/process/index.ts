/**
 * The five-step B2B purchase process as a typed, pure state machine.
 *
 * @packageDocumentation
 */
export {
  BuygridInputError,
  isBuygridInputError,
  type BuygridIssue,
  type BuygridIssueCode,
  type BuygridIssueInput,
} from '../_lib/errors.js';
export type { Reason, ReasonOf, NoParams } from '../_lib/reason.js';
export type { ProcessMessages, ProcessCode, GuardParams } from './messages.js';
export { STEPS, type Step, PROCEDURES, type Procedure } from '../_lib/vocabulary.js';
export {
  PURCHASE_EVENT_TYPES,
  type PurchaseEventType,
  PRIORITIES,
  type Priority,
  ABANDON_REASONS,
  type AbandonReason,
  purchaseEventSchema,
  type PurchaseEvent,
  type PurchaseEventOf,
  type RequirementInput,
  type SupplierInput,
  type OfferInput,
  ORDER_ROUTINE_KINDS,
  type OrderRoutineKind,
  type OrderRoutine,
} from './events.js';
export {
  SKIP_REQUIREMENTS,
  type SkipRequirement,
  type PurchasePolicy,
  type PurchasePolicyOverrides,
  type SkipRule,
  INVITE_ALL,
  type InviteAll,
  DEFAULT_ROLE_RULES,
  ROUTINE_ROLE_RULES,
  BUYCLASS_POLICIES,
  purchasePolicySchema,
} from './policy.js';
export { PROCEDURE_POLICIES, type ProcedurePolicy } from './procedures.js';
export { defaultPolicy, plainSituationSchema, type ProcessSituation, type ResolvedSituation } from './defaults.js';
export {
  OUTCOMES,
  type Outcome,
  SUPPLIER_STATUSES,
  type SupplierStatus,
  PURCHASE_SCHEMA_VERSION,
  purchaseStateSchema,
  type PurchaseState,
  type PurchaseStatus,
  type Requirement,
  type Supplier,
  type Offer,
  type Visit,
} from './state.js';
export { STATUS_EVENTS, EVENT_TARGETS } from './machine.js';
export { PURCHASE_GUARDS, type PurchaseGuard } from './guards.js';
export { startPurchase, startPurchaseInputSchema, type StartPurchaseInput } from './start.js';
export {
  transition,
  can,
  allowedEvents,
  type TransitionContext,
  type TransitionResult,
  type Rejection,
} from './transition.js';
export { replay, type ReplayResult } from './replay.js';
export {
  currentStep,
  progress,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- still exported, deprecated for stepDurationsDays
  stepDurations,
  stepDurationsDays,
  revisits,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- still exported, deprecated for cycleTimeDays
  cycleTime,
  cycleTimeDays,
  MS_PER_DAY,
  nextPurchaseFacts,
  SATISFIED_FROM,
  type PerStep,
} from './analytics.js';
export { parsePurchaseState, type RestoreOptions } from './persistence.js';
export {
  EVENT_ROW_COLUMNS,
  EVENT_ROW_SHAPES,
  eventFromRow,
  eventToRow,
  type EventRow,
  type EventRowCell,
  type EventRowColumn,
} from './rows.js';
export { processDefinition, toMermaid, type ProcessDefinition, type ProcessTransition } from './definition.js';
export { BUYPHASES, type Buyphase, BUYGRID, type BuygridCell, BUYPHASE_STEPS, type BuyphasePlace } from './buygrid.js';
export {
  evaluateOffers,
  OFFER_CRITERIA,
  type OfferCriterion,
  awardCriteriaSchema,
  type AwardCriterion,
  type CriterionScore,
  type RankedOffer,
  type OfferEvaluation,
} from './evaluate.js';
