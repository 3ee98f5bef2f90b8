/**
 * Finding an entry of a state's list by its id without scanning the list: a map from id to
 * position, kept per list. A replay of 3e4 `supplierIdentified` events looks each new id up
 * once, in constant time, where a scan per event made the replay quadratic (finding F7).
 *
 * @module
 */

/** The positions of one list's ids, and how many of its entries they cover. */
interface Positions {
  readonly map: Map<string, number>;
  covered: number;
}

/**
 * The positions of the lists looked up so far, by list. A list of a state is frozen; a list a
 * replay owns only grows, has an entry replaced by one with the same id, or loses one through
 * {@link forget}. Weak, so a list and its map go together.
 */
const POSITIONS = /* @__PURE__ */ new WeakMap<readonly unknown[], Positions>();

/** The id of a supplier or a requirement. */
export const idOf = (entry: { readonly id: string }): string => entry.id;
/** The supplier of an offer: a supplier has one latest offer. */
export const supplierOf = (offer: { readonly supplierId: string }): string => offer.supplierId;

/**
 * The position of the first entry of `items` whose key is `id`, or -1: the map of the list,
 * extended to the entries added since it was last read.
 */
export function positionOf<T>(items: readonly T[], key: (entry: T) => string, id: string): number {
  let positions = POSITIONS.get(items);
  if (positions === undefined || positions.covered > items.length) {
    positions = { map: new Map(), covered: 0 };
    POSITIONS.set(items, positions);
  }
  for (let i = positions.covered; i < items.length; i++) {
    const k = key(items[i] as T);
    if (!positions.map.has(k)) positions.map.set(k, i);
  }
  positions.covered = items.length;
  return positions.map.get(id) ?? -1;
}

/** Forgets the map of a list whose entries moved (an entry removed in place). */
export function forget(items: readonly unknown[]): void {
  POSITIONS.delete(items);
}
