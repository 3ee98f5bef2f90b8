/**
 * The CRMs buygrid reads, and how it compares their values.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';

/**
 * The CRMs whose values `buygrid/crm` reads and writes: Salesforce, HubSpot and
 * Dynamics 365 Sales.
 *
 * @example
 * ```ts
 * import { CRM_SYSTEMS } from 'buygrid/crm';
 * CRM_SYSTEMS.includes('hubspot');
 * //=> true
 * ```
 */
export const CRM_SYSTEMS = /* @__PURE__ */ deepFreeze(['salesforce', 'hubspot', 'dynamics'] as const);
/** One of the {@link CRM_SYSTEMS}. */
export type CrmSystem = (typeof CRM_SYSTEMS)[number];
/** Schema of a {@link CrmSystem}. */
export const crmSystemSchema = /* @__PURE__ */ lazy(() => z.enum(CRM_SYSTEMS));

/**
 * The form in which two CRM values compare: lower case, `&` read as `and`, everything but
 * letters and digits dropped — so `Legal & Compliance`, `LEGAL_AND_COMPLIANCE` and
 * `legal-and-compliance` are one value, as are `Id. Decision Makers` and `id decision makers`.
 */
export const crmKey = (value: string): string =>
  value
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Finds the entry of `table` whose key compares equal to `value`, as `[key, entry]`. A value
 * with no letter or digit (`''`, `'-'`, `' ; '`) names nothing, whatever the table holds.
 */
export function lookUp<T>(table: Readonly<Record<string, T>>, value: string): readonly [string, T] | undefined {
  const wanted = crmKey(value);
  if (wanted === '') return undefined;
  for (const k of Object.keys(table)) if (crmKey(k) === wanted) return [k, table[k] as T];
  return undefined;
}
