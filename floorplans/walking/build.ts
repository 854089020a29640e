import { MonotoneQueue } from "./monotone-queue";
import { applySeeds, seedDoor } from "./doors";
import { blockerOf, coverBlocker, FROM_DOOR, NO_PARENT, type Blocker, type FieldState } from "./field-state";
import { propagate } from "./propagate";
import { bindStencil, gridAround, type Point } from "./grid";
import { rasteriseWalls } from "./rasterise";
import { BLOCKED, DEFAULT_STEPS, stencilOf, UNREACHED } from "./stencil";

export interface FieldInput {
  outline: readonly Point[];
  doors: readonly { id: string; a: Point; b: Point }[];
  blockers: readonly { id: string; polygon: Point[] }[];
  /** Axis-aligned blockers that no update will move: minX, minY, maxX, maxY per rectangle. */
  rects?: Float64Array;
  cellM?: number;
}

export const DEFAULT_CELL_M = 0.5;

/**
 * Buffers that successive builds may share. A field built on a scratch is valid until the next
 * build on the same scratch: for a caller that queries one field, drops it and builds the next
 * (validatePlan, hall after hall), it saves allocating and zeroing a few megabytes per hall and
 * the garbage collections they bring. Nothing of a field's content carries over to the next.
 */
export class FieldScratch {
  private wall = new Uint8Array(0);
  private cover = new Uint16Array(0);
  private dist = new Int32Array(0);
  private parent = new Uint8Array(0);
  private seed = new Int32Array(0);
  readonly queue = new MonotoneQueue(256);

  /** Views of exactly `size` cells; cover zeroed, seed UNREACHED, the others to be written in full by the build. */
  arrays(size: number): { wall: Uint8Array; cover: Uint16Array; dist: Int32Array; parent: Uint8Array; seed: Int32Array } {
    if (this.dist.length < size) {
      this.wall = new Uint8Array(size);
      this.cover = new Uint16Array(size);
      this.dist = new Int32Array(size);
      this.parent = new Uint8Array(size);
      this.seed = new Int32Array(size);
    }
    const cover = this.cover.subarray(0, size);
    cover.fill(0);
    const seed = this.seed.subarray(0, size);
    seed.fill(UNREACHED);
    return { wall: this.wall.subarray(0, size), cover, dist: this.dist.subarray(0, size), parent: this.parent.subarray(0, size), seed };
  }
}

/**
 * `extraSteps` (first-octant steps added to the 8 neighbours) is for measurements; see stencil.ts.
 * `scratch`: see FieldScratch (without it, the field owns its arrays).
 */
export function buildFieldState(input: FieldInput, extraSteps = DEFAULT_STEPS, scratch?: FieldScratch): FieldState {
  const cellM = input.cellM ?? DEFAULT_CELL_M;
  if (!(cellM > 0)) throw new RangeError(`walking field: cellM must be > 0, got ${cellM}`);
  if (input.outline.length < 3) throw new RangeError("walking field: the outline needs at least 3 points");
  const stencil = stencilOf(extraSteps);
  const grid = gridAround(input.outline, cellM, stencil.radius);
  const size = grid.nx * grid.ny;
  const blockers = new Map<string, Blocker>();
  // A field on a scratch is never updated: its blockers need not be kept by id.
  const shapes: Blocker[] = [];
  for (const { id, polygon } of input.blockers) {
    if (scratch) {
      shapes.push(blockerOf(polygon));
      continue;
    }
    // An id names one shape: update() would otherwise remove only one of two covers.
    if (blockers.has(id)) throw new RangeError(`walking field: duplicate blocker id "${id}"`);
    blockers.set(id, blockerOf(polygon));
  }
  const arrays = scratch
    ? scratch.arrays(size)
    : { wall: new Uint8Array(size), cover: new Uint16Array(size), dist: new Int32Array(size), parent: new Uint8Array(size), seed: new Int32Array(size).fill(UNREACHED) };
  const state: FieldState = {
    grid,
    steps: bindStencil(stencil, grid.nx),
    margin: cellM / 2,
    outline: input.outline.map(([x, y]) => [x, y] as Point),
    wall: arrays.wall,
    cover: arrays.cover,
    dist: arrays.dist,
    parent: arrays.parent.fill(NO_PARENT),
    seed: arrays.seed,
    mark: null,
    stamp: 0,
    // A bucket holds a wavefront: growing from less than the grid's width and height would cost copies.
    queue: scratch?.queue ?? new MonotoneQueue(grid.nx + grid.ny),
    order: null,
    changed: null,
    blockers,
    doors: [],
  };
  rasteriseWalls(grid, state.outline, state.margin, state.wall);
  for (const blocker of blockers.values()) coverBlocker(state, blocker, 1);
  for (const blocker of shapes) coverBlocker(state, blocker, 1);
  if (input.rects) coverRects(state, input.rects);
  const { wall, cover, dist } = state;
  for (let i = 0; i < size; i++) dist[i] = wall[i] === 0 && cover[i] === 0 ? UNREACHED : BLOCKED;
  for (const door of input.doors) {
    state.doors.push(seedDoor(state, [(door.a[0] + door.b[0]) / 2, (door.a[1] + door.b[1]) / 2]));
  }
  applySeeds(state, state.doors);
  for (const door of state.doors) {
    for (const cell of door.cells) {
      if (state.parent[cell] === FROM_DOOR) continue;
      const value = state.seed[cell]!;
      state.dist[cell] = value;
      state.parent[cell] = FROM_DOOR;
      state.queue.seed(cell, value);
    }
  }
  propagate(state);
  return state;
}

/** A box blocker's shape (what blockerOf makes of an axis-aligned rectangle), rewritten per rectangle. */
const box = { points: new Float64Array(0), edges: new Float64Array(0), minX: 0, minY: 0, maxX: 0, maxY: 0, convex: true, isBox: true };

/** Covers each rectangle of `rects` once, exactly as blockerOf(its four corners) would. */
function coverRects(state: FieldState, rects: Float64Array): void {
  for (let k = 0; k + 3 < rects.length; k += 4) {
    box.minX = rects[k]!;
    box.minY = rects[k + 1]!;
    box.maxX = rects[k + 2]!;
    box.maxY = rects[k + 3]!;
    coverBlocker(state, box, 1);
  }
}
