/**
 * The codes of `buygrid/analytics` and the params of each.
 *
 * @module
 */
import type { ProcessMessages } from '../process/messages.js';

/**
 * Every code that `buygrid/analytics` returns: the rejections of the events it replays, as
 * `transition` of `buygrid/process` gives them ({@link process!ProcessMessages}).
 *
 * @example
 * ```ts
 * import type { AnalyticsMessages } from 'buygrid/analytics';
 * const params: AnalyticsMessages['terminal'] = { status: 'abandoned' };
 * params.status;
 * //=> 'abandoned'
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- analytics returns the process's rejections, and only them
export interface AnalyticsMessages extends Pick<ProcessMessages, 'terminal' | 'not-allowed' | 'guard'> {}

/** Any code of `buygrid/analytics`. */
export type AnalyticsCode = keyof AnalyticsMessages;
