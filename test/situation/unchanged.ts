// What the fast checks of src/situation are held to: "accepts exactly what the schema accepts unchanged".
import type * as z from 'zod/mini';

/** `value` with the keys of every object sorted, for comparing data whose keys come in another order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, canonical(record[key])]),
  );
}

/**
 * Whether `schema` accepts `value` and returns it unchanged: the same data, keys in any order
 * (zod reorders them) and a key left `undefined` the same as no key (as `toEqual` has it).
 */
export function takesUnchanged(schema: z.ZodMiniType, value: unknown): boolean {
  const parsed = schema.safeParse(value);
  return parsed.success && JSON.stringify(canonical(parsed.data)) === JSON.stringify(canonical(value));
}
