import { QUANTUM_SHIFT } from "./stencil";

const SLOTS = 16; // a step may reach at most SLOTS - 2 buckets ahead: 14 cells, the stencil's longest is 5.4
const MASK = SLOTS - 1;

/**
 * Dial's bucket queue, buckets one grid step wide. Every step of the stencil is at least one
 * cell long, so no cell can improve another of its own bucket: a bucket's cells leave in any
 * order and Dijkstra stays exact. Two parts:
 * - a ring of SLOTS contiguous buckets for what a run pushes (always into a later bucket, at
 *   most one step ahead), read straight by the hot loop: `cells[slot]`, `keys[slot]`, `lengths[slot]`;
 * - a calendar of linked lists for `seed`, the cells a run starts from, whose keys may be anywhere
 *   (an update re-seeds cells all over the hall); they join the ring when their bucket comes up.
 * An entry whose key is no longer its cell's distance is stale and skipped by the reader.
 */
export class MonotoneQueue {
  readonly cells: Int32Array[] = [];
  readonly keys: Int32Array[] = [];
  readonly lengths = new Int32Array(SLOTS);
  private current = -1;
  private pending = 0;
  private seedHead: Int32Array = new Int32Array(256).fill(-1);
  private seedNext: Int32Array = new Int32Array(256);
  private seedCell: Int32Array = new Int32Array(256);
  private seedKey: Int32Array = new Int32Array(256);
  private seeds = 0;
  private seedFirst = Infinity;
  private seedLast = -1;

  /** `slotCapacity`: about the most cells one bucket will hold (a wavefront across the hall). */
  constructor(slotCapacity = 64) {
    for (let k = 0; k < SLOTS; k++) {
      this.cells.push(new Int32Array(slotCapacity));
      this.keys.push(new Int32Array(slotCapacity));
    }
  }

  /** Before a run: a starting cell with any key. */
  seed(cell: number, key: number): void {
    if (!(key >= 0)) throw new RangeError(`walking field: queue key ${key} must be a distance`);
    const bucket = key >> QUANTUM_SHIFT;
    if (bucket >= this.seedHead.length) this.seedHead = grown(this.seedHead, bucket + 1, -1);
    if (this.seeds === this.seedNext.length) {
      const size = 2 * this.seeds;
      this.seedNext = grown(this.seedNext, size, 0);
      this.seedCell = grown(this.seedCell, size, 0);
      this.seedKey = grown(this.seedKey, size, 0);
    }
    const entry = this.seeds++;
    this.seedCell[entry] = cell;
    this.seedKey[entry] = key;
    this.seedNext[entry] = this.seedHead[bucket]!;
    this.seedHead[bucket] = entry;
    this.seedFirst = Math.min(this.seedFirst, bucket);
    this.seedLast = Math.max(this.seedLast, bucket);
  }

  /** During a run: a cell with a key in a later bucket than the one being read. */
  push(cell: number, key: number): void {
    const slot = (key >> QUANTUM_SHIFT) & MASK;
    const at = this.lengths[slot]!;
    if (at === this.cells[slot]!.length) {
      this.cells[slot] = grown(this.cells[slot]!, 2 * at, 0);
      this.keys[slot] = grown(this.keys[slot]!, 2 * at, 0);
    }
    this.cells[slot]![at] = cell;
    this.keys[slot]![at] = key;
    this.lengths[slot] = at + 1;
    this.pending++;
  }

  /**
   * Empties the bucket just read and moves to the next one that holds anything; returns its
   * slot, or -1 when the run is over (the queue is then ready for the next run).
   */
  nextSlot(): number {
    if (this.current >= 0) {
      const slot = this.current & MASK;
      this.pending -= this.lengths[slot]!;
      this.lengths[slot] = 0;
    }
    for (;;) {
      if (this.pending > 0) this.current++;
      else if (this.seedFirst <= this.seedLast) this.current = Math.max(this.current + 1, this.seedFirst);
      else {
        this.current = -1;
        return -1;
      }
      if (this.current === this.seedFirst) this.pourSeeds();
      const slot = this.current & MASK;
      if (this.lengths[slot]! > 0) return slot;
    }
  }

  private pourSeeds(): void {
    const bucket = this.current;
    for (let e = this.seedHead[bucket]!; e >= 0; e = this.seedNext[e]!)
      this.push(this.seedCell[e]!, this.seedKey[e]!);
    this.seedHead[bucket] = -1;
    let next = bucket + 1;
    while (next <= this.seedLast && this.seedHead[next]! < 0) next++;
    if (next > this.seedLast) {
      this.seedFirst = Infinity;
      this.seedLast = -1;
      this.seeds = 0;
    } else this.seedFirst = next;
  }
}

function grown(array: Int32Array, size: number, fill: number): Int32Array {
  const bigger = new Int32Array(Math.max(size, array.length)).fill(fill);
  bigger.set(array);
  return bigger;
}
