import type Flatbush from "flatbush";

/** A growable list of indices for hot loops: reused between stands, never reallocated once warm. */
export class IndexList {
  items = new Int32Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const next = new Int32Array(this.items.length * 2);
      next.set(this.items);
      this.items = next;
    }
    this.items[this.length++] = value;
  }

  clear(): void {
    this.length = 0;
  }
}

// Pending tree nodes of a search: node position and level, in pairs; reused by every search.
let stack = new Int32Array(128);

/**
 * Appends to `out` the items of a finished Flatbush index whose boxes meet or touch the query box
 * (the items Flatbush's own search() returns), mapped through `map` when given. The same walk
 * down the packed tree as Flatbush's, over its documented arrays, but with a reused stack and no
 * result array: Flatbush allocates both on every call, and a full run makes three searches per
 * stand. Items come in tree order; callers treat the result as a set.
 */
export function searchIndex(
  index: Flatbush,
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
  out: IndexList,
  map?: Int32Array,
): void {
  const boxes = index._boxes;
  const indices = index._indices;
  const levelBounds = index._levelBounds;
  const nodeSize = index.nodeSize;
  const numItems4 = index.numItems * 4;
  let top = 0;
  let nodeIndex = boxes.length - 4;
  let level = levelBounds.length - 1;
  for (;;) {
    const end = Math.min(nodeIndex + nodeSize * 4, levelBounds[level]!);
    const isNode = nodeIndex >= numItems4;
    for (let pos = nodeIndex; pos < end; pos += 4) {
      if (maxX < boxes[pos]! || maxY < boxes[pos + 1]! || minX > boxes[pos + 2]! || minY > boxes[pos + 3]!) continue;
      const item = indices[pos >> 2]! | 0;
      if (isNode) {
        if (top + 2 > stack.length) {
          const bigger = new Int32Array(stack.length * 2);
          bigger.set(stack);
          stack = bigger;
        }
        stack[top++] = item;
        stack[top++] = level - 1;
      } else out.push(map ? map[item]! : item);
    }
    if (top === 0) return;
    level = stack[--top]!;
    nodeIndex = stack[--top]!;
  }
}

/** Appends to `out` the items whose boxes meet the query box, via the index or by scanning `bounds`. */
export function collectNear(
  index: Flatbush | null,
  bounds: Float64Array,
  count: number,
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
  out: IndexList,
): void {
  if (index) {
    searchIndex(index, minX, minY, maxX, maxY, out);
    return;
  }
  for (let i = 0; i < count; i++) {
    const b = 4 * i;
    if (bounds[b]! <= maxX && bounds[b + 1]! <= maxY && bounds[b + 2]! >= minX && bounds[b + 3]! >= minY) out.push(i);
  }
}
