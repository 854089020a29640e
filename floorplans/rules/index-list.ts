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

let target: IndexList = new IndexList();
// One visitor for every search, so a query allocates no closure; returning false keeps Flatbush
// from building its own result array.
const visit = (index: number): boolean => {
  target.push(index);
  return false;
};

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
    target = out;
    index.search(minX, minY, maxX, maxY, visit);
    return;
  }
  for (let i = 0; i < count; i++) {
    const b = 4 * i;
    if (bounds[b]! <= maxX && bounds[b + 1]! <= maxY && bounds[b + 2]! >= minX && bounds[b + 3]! >= minY) out.push(i);
  }
}
