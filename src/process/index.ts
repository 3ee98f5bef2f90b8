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
export type { Reason } from '../_lib/reason.js';
export { STEPS, type Step } from '../_lib/vocabulary.js';
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
} from './events.js';
export {
  SKIP_REQUIREMENTS,
  type SkipRequirement,
  type PurchasePolicy,
  type PurchasePolicyOverrides,
  type SkipRule,
  type ProcessSituation,
  DEFAULT_ROLE_RULES,
  BUYCLASS_POLICIES,
  PUBLIC_TENDER_POLICY,
  defaultPolicy,
  purchasePolicySchema,
  plainSituationSchema,
} from './policy.js';
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
  stepDurations,
  revisits,
  cycleTime,
  nextPurchaseFacts,
  SATISFIED_FROM,
  type PerStep,
} from './analytics.js';
export { parsePurchaseState } from './persistence.js';
export { processDefinition, toMermaid, type ProcessDefinition, type ProcessTransition } from './definition.js';
