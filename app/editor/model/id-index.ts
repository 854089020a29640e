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

export function findById<T extends Identified>(items: readonly T[], id: string): T | undefined {
  const at = positionsOf(items).get(id);
  return at === undefined ? undefined : items[at];
}
