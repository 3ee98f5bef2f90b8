/**
 * Many purchases at once, for analysts: rebuild thousands of purchases from an export
 * ({@link groupRows}, {@link replayMany}, never stopped by one bad purchase), then summarize
 * them ({@link summarizePurchases}: the funnel, cycle times in days, revisits, stalls, the
 * observed flow as a Mermaid flowchart). Flat rows are read by `eventFromRow` of
 * `buygrid/process`, re-exported here. Guide: `docs/analytics.md`.
 *
 * @packageDocumentation
 */
export { BuygridInputError, isBuygridInputError, type BuygridIssue } from '../_lib/errors.js';
export type { AnalyticsMessages, AnalyticsCode } from './messages.js';
export {
  EVENT_ROW_COLUMNS,
  EVENT_ROW_SHAPES,
  eventFromRow,
  eventToRow,
  type EventRow,
  type EventRowCell,
  type EventRowColumn,
} from '../process/rows.js';
export {
  replayMany,
  type PurchaseInput,
  type ReplayManyOptions,
  type ReplayManyResult,
  type PurchaseReplay,
  type RefusedEvent,
  type MalformedInput,
} from './replay-many.js';
export { groupRows, START_ROW_COLUMNS, type GroupRowsOptions } from './group-rows.js';
export {
  summarizePurchases,
  type SummarizeOptions,
  type SummaryGrouping,
  type GroupSummary,
  type PurchasesSummary,
} from './summarize.js';
export type { DayStats } from './stats.js';
export type { ObservedTransition } from './flowchart.js';
