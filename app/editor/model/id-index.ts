/**
 * Where each item of a collection sits, by id, computed once per array. Documents are immutable
 * and share untouched arrays, so a drag over 5,000 stands looks stands up in the gesture's base
 * array again and again: a map built once replaces a linear search per lookup.
 */
interface Identified {
  readonly id: string;
}

const positions = new WeakMap<readonly Identified[], Map<string, number>>();

export function positionsOf(items: readonly Identified[]): Map<string, number> {
  let map = positions.get(items);
  if (!map) {
    map = new Map();
    for (let i = 0; i < items.length; i++) {
      // The first occurrence wins, as Array.prototype.find would have it.
      if (!map.has(items[i]!.id)) map.set(items[i]!.id, i);
    }
    positions.set(items, map);
  }
  return map;
}

/**
 * `next` holds the items of `items` at the same places with the same ids (a copy where some items
 * were replaced by new versions of themselves, as on every frame of a drag): it shares the map
 * instead of building its own.
 */
export function samePositions(items: readonly Identified[], next: readonly Identified[]): void {
  const map = positions.get(items);
  if (map && !positions.has(next)) positions.set(next, map);
}

export function findById<T extends Identified>(items: readonly T[], id: string): T | undefined {
  const at = positionsOf(items).get(id);
  return at === undefined ? undefined : items[at];
}
