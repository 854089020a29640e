import type { MonotoneQueue } from "./monotone-queue";
import type { Grid, Point, Steps } from "./grid";
import { rasteriseShape } from "./rasterise";
import { shapeOf, type Shape } from "./shape";

/** parent[] of a cell whose distance comes straight from a door. */
export const FROM_DOOR = 254;
/** parent[] of a blocked or unreached cell. */
export const NO_PARENT = 255;

export type Blocker = Shape;

export interface DoorSeeds {
  readonly middle: Point;
  /** Free cells that see the door's middle, with their exact distance to it (quantised). */
  cells: Int32Array;
  values: Int32Array;
}

/**
 * Everything the walking field keeps, as flat typed arrays indexed by cell. `dist` holds exact
 * shortest-path lengths in the stencil graph (QUANTUM units per cell), or BLOCKED; `parent` the
 * step that achieves it, forming a shortest-path tree that `update` repairs instead of recomputing.
 */
export interface FieldState {
  readonly grid: Grid;
  readonly steps: Steps;
  /** Half a cell: how far a cell centre must keep from walls and blockers to be free. */
  readonly margin: number;
  readonly outline: readonly Point[];
  readonly wall: Uint8Array;
  /** How many blockers cover each cell (blockers may overlap). */
  readonly cover: Uint16Array;
  /** BLOCKED, UNREACHED, or the distance to the nearest door (a cell is free iff dist ≥ 0). */
  readonly dist: Int32Array;
  readonly parent: Uint8Array;
  /** Best door-seed distance of each cell that sees a door directly, UNREACHED for the others. */
  readonly seed: Int32Array;
  /** Generation stamps of update's passes, so that flags never need clearing (made by the first update). */
  mark: Int32Array | null;
  stamp: number;
  readonly queue: MonotoneQueue;
  /** Orders the cells judged by an update's invalidation pass, by old distance (made by the first update). */
  order: MonotoneQueue | null;
  /**
   * Cells whose distance the last update wrote (a superset of those it changed, repeats allowed);
   * null in a build, so that the build's Dijkstra records nothing (made by the first update).
   */
  changed: number[] | null;
  readonly blockers: Map<string, Blocker>;
  readonly doors: DoorSeeds[];
}

export function blockerOf(polygon: readonly Point[]): Blocker {
  return shapeOf(polygon);
}

/** Adds `delta` (+1 or -1) to the cover count of the blocker's cells; reports each touched row run. */
export function coverBlocker(
  state: FieldState,
  blocker: Blocker,
  delta: number,
  touched?: (row: number, from: number, to: number) => void,
): void {
  const { cover, grid } = state;
  rasteriseShape(grid, blocker, state.margin, (row, from, to) => {
    const base = row * grid.nx;
    for (let i = base + from; i <= base + to; i++) cover[i] = cover[i]! + delta;
    touched?.(row, from, to);
  });
}

export function marks(state: FieldState): Int32Array {
  state.mark ??= new Int32Array(state.dist.length);
  return state.mark;
}

/** Is the step d from cell s open: crossed cells free, corner pair not both blocked? Ends not checked. */
export function stepOpen(state: FieldState, s: number, d: number): boolean {
  const { crossStart, cross, pairA, pairB } = state.steps;
  const dist = state.dist;
  for (let k = crossStart[d]!, end = crossStart[d + 1]!; k < end; k++) {
    if (dist[s + cross[k]!]! < 0) return false;
  }
  return dist[s + pairA[d]!]! >= 0 || dist[s + pairB[d]!]! >= 0;
}
