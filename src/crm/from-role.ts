/**
 * From CRM role values (Salesforce, HubSpot, Dynamics 365) to buying-center roles and stance.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { deepFreeze } from '../_lib/freeze.js';
import { fail, parse } from '../_lib/parse.js';
import type { ReasonOf } from '../_lib/reason.js';
import type { CrmMessages } from './messages.js';
import { MAX_TEXT_LENGTH } from '../_lib/schemas.js';
import { roleSchema, type Role } from '../_lib/vocabulary.js';
import { stanceSchema, type Stance } from '../buying-center/schema.js';
import { CRM_ROLE_MAPS, type CrmRoleMapping } from './role-maps.js';
import { crmSystemSchema, lookUp, type CrmSystem } from './systems.js';

/** The codes of the reasons of {@link fromCrmRole}. */
export type CrmRoleReasonCode = 'mapped' | 'no-role' | 'unknown-value' | 'conflicting-stances';

/** The result of {@link fromCrmRole}. */
export interface CrmRole {
  /** `true` when at least one value names a role or a stance; `false` for unknown values or values that name neither. */
  readonly mapped: boolean;
  /** The roles the values name, united, in the order met (empty when unmapped, or when they name only a stance). */
  readonly roles: readonly Role[];
  /** The stance the values name, if any — left out when two values name different stances. */
  readonly stance?: Stance;
  /** Why, one reason per value: `mapped`, `no-role`, `unknown-value`; and `conflicting-stances`. */
  readonly reasons: readonly ReasonOf<CrmMessages, CrmRoleReasonCode>[];
}

/** The options of {@link fromCrmRole}: your own picklist entries, which extend the defaults or, with `replace`, stand alone. */
export interface CrmRoleOptions {
  /** Values and what they mean; an entry wins over a default value that compares equal to it. */
  readonly map?: Readonly<Record<string, CrmRoleMapping>>;
  /** `true`: use `map` alone, without the defaults (default `false`: extend them). */
  readonly replace?: boolean;
}

const valueSchema = /* @__PURE__ */ lazy(() => z.string().check(z.maxLength(MAX_TEXT_LENGTH)));
const entrySchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    roles: z.readonly(z.array(roleSchema())),
    stance: z.optional(stanceSchema()),
  }),
);
const optionsSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    map: z.optional(z.unknown()),
    replace: z.optional(z.boolean()),
  }),
);

/** Validates a caller's map entry by entry into a copy (no `z.record`: it would cost half a kilobyte). */
export function parseMap<T>(
  map: unknown,
  path: string,
  entry: (value: unknown, at: string) => T,
): Readonly<Record<string, T>> {
  if (typeof map !== 'object' || map === null || Array.isArray(map)) fail(path, 'an object', map, 'invalid-type');
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(map)) {
    Object.defineProperty(out, k, {
      value: entry(v, `${path}[${JSON.stringify(k)}]`),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

const roleEntry = (value: unknown, at: string): CrmRoleMapping => {
  if (value === null) return null;
  const { roles, stance } = parse(entrySchema(), value, at);
  return stance === undefined ? { roles: [...roles] } : { roles: [...roles], stance };
};

/** The table to read: the caller's map alone, or the defaults with the caller's entries first. */
export function tableOf<T>(
  defaults: Readonly<Record<string, T>>,
  map: Readonly<Record<string, T>> | undefined,
  replace: boolean | undefined,
): Readonly<Record<string, T>> {
  if (map === undefined) return defaults;
  if (replace === true) return map;
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(map))
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  for (const [k, v] of Object.entries(defaults)) if (lookUp(out, k) === undefined) out[k] = v;
  return out;
}

/** Validates `options` once, into a copy. */
export function parseOptions<T>(
  options: unknown,
  entry: (value: unknown, at: string) => T,
): { map?: Readonly<Record<string, T>>; replace?: boolean } {
  if (options === undefined) return {};
  const { map, replace } = parse(optionsSchema(), options, 'options');
  return {
    ...(map === undefined ? {} : { map: parseMap(map, 'options.map', entry) }),
    ...(replace === undefined ? {} : { replace }),
  };
}

/**
 * Maps a CRM role value to buygrid roles and stance. A value is an API value or a label, in
 * any case and spacing (`_`, `-`, spaces and punctuation alike, `&` as `and`); a multi-select
 * value — HubSpot's checkbox `hs_buying_role`, a Salesforce multi-picklist — is split on `;`
 * and its parts merged: roles united, the stance kept, two different stances reported (and
 * then no stance is given). An unknown value is reported as unmapped, never guessed.
 *
 * @param system - `'salesforce'`, `'hubspot'` or `'dynamics'`.
 * @param value - the CRM value, as `'Technical Buyer'`, `'DECISION_MAKER'` or `'CHAMPION;DECISION_MAKER'`.
 * @param options - `map`: your own picklist entries, which extend {@link CRM_ROLE_MAPS} (or, with `replace: true`, stand alone).
 * @returns `{ mapped, roles, stance?, reasons }`, deeply frozen.
 * @throws {@link BuygridInputError} for an unknown system, a value that is not a string, or a malformed map.
 * @see Miller, R. B. & Heiman, S. E. (1985), *Strategic Selling* (economic and technical buyers).
 *
 * @example
 * ```ts
 * import { fromCrmRole } from 'buygrid/crm';
 * fromCrmRole('hubspot', 'CHAMPION;DECISION_MAKER');
 * //=> { mapped: true, roles: ['decider'], stance: 'champion' }
 * fromCrmRole('hubspot', 'Legal & Compliance').roles;
 * //=> ['advisor']
 * fromCrmRole('salesforce', 'Champion');
 * //=> { mapped: false, roles: [] }
 * fromCrmRole('salesforce', 'Champion', { map: { Champion: { roles: [], stance: 'champion' } } }).stance;
 * //=> 'champion'
 * fromCrmRole('sap' as 'hubspot', 'Buyer');
 * //=> throws BuygridInputError
 * ```
 */
export function fromCrmRole(system: CrmSystem, value: string, options?: CrmRoleOptions): CrmRole {
  const crm = parse(crmSystemSchema(), system, 'system');
  const raw = parse(valueSchema(), value, 'value');
  const { map, replace } = parseOptions(options, roleEntry);
  const table = tableOf<CrmRoleMapping>(CRM_ROLE_MAPS[crm], map, replace);
  const parts = raw
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const roles: Role[] = [];
  const stances: Stance[] = [];
  const reasons: ReasonOf<CrmMessages, CrmRoleReasonCode>[] = [];
  for (const part of parts.length === 0 ? [raw] : parts) {
    const found = lookUp(table, part);
    if (found === undefined) {
      reasons.push({
        code: 'unknown-value',
        params: { crm, value: part },
        message: `${JSON.stringify(part)} is not a value of the ${crm} map: left unmapped rather than guessed.`,
      });
      continue;
    }
    const [name, entry] = found;
    if (entry === null || (entry.roles.length === 0 && entry.stance === undefined)) {
      reasons.push({
        code: 'no-role',
        params: { crm, value: name },
        message: `${crm} "${name}" names no buying-center role.`,
      });
      continue;
    }
    for (const role of entry.roles) if (!roles.includes(role)) roles.push(role);
    if (entry.stance !== undefined && !stances.includes(entry.stance)) stances.push(entry.stance);
    const what = [...entry.roles, ...(entry.stance === undefined ? [] : [`stance ${entry.stance}`])].join(', ');
    const params = {
      crm,
      value: name,
      roles: entry.roles,
      ...(entry.stance === undefined ? {} : { stance: entry.stance }),
    };
    reasons.push({ code: 'mapped', params, message: `${crm} "${name}" → ${what}.` });
  }
  if (stances.length > 1) {
    reasons.push({
      code: 'conflicting-stances',
      params: { stances: [...stances] },
      message: `The values name different stances (${stances.join(', ')}): no stance is given rather than one guessed.`,
    });
  }
  const mapped = roles.length > 0 || stances.length > 0;
  const [stance] = stances;
  return deepFreeze({ mapped, roles, ...(stance === undefined || stances.length > 1 ? {} : { stance }), reasons });
}
