/**
 * Every code of the library and its params, in one interface: what a locale's catalog
 * writes one template for.
 *
 * @module
 */
import type { AnalyticsMessages } from '../analytics/messages.js';
import type { BuyingCenterMessages } from '../buying-center/messages.js';
import type { CrmMessages } from '../crm/messages.js';
import type { ProcessMessages } from '../process/messages.js';
import type { ProspectMessages } from '../prospect/messages.js';
import type { RiskMessages } from '../risk/messages.js';
import type { SituationMessages } from '../situation/messages.js';

/**
 * Every code that any function of buygrid returns — on a reason, warning, rejection,
 * action, strategy or flag — mapped to its `params`: the names and numbers of its English
 * `message`, raw (numbers unrounded, vocabulary values as their codes, ids and names as
 * given). It extends each module's interface; a code two modules share has one meaning and
 * one params type (the compiler holds them to it).
 *
 * @example
 * ```ts
 * import type { MessageParams } from 'buygrid/explain';
 * const params: MessageParams['missing-role'] = { role: 'decider', step: 'decision' };
 * params.role;
 * //=> 'decider'
 * ```
 */
export interface MessageParams
  extends
    SituationMessages,
    RiskMessages,
    BuyingCenterMessages,
    ProcessMessages,
    AnalyticsMessages,
    CrmMessages,
    ProspectMessages {}

/**
 * Any code of the library: a key of {@link MessageParams}.
 *
 * @example
 * ```ts
 * import type { MessageCode } from 'buygrid/explain';
 * const code: MessageCode = 'budget-share';
 * code;
 * //=> 'budget-share'
 * ```
 */
export type MessageCode = keyof MessageParams;
