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
  cellM?: number;
}

export const DEFAULT_CELL_M = 0.5;

/** `extraSteps` (first-octant steps added to the 8 neighbours) is for measurements; see stencil.ts. */
export function buildFieldState(input: FieldInput, extraSteps = DEFAULT_STEPS): FieldState {
  const cellM = input.cellM ?? DEFAULT_CELL_M;
  if (!(cellM > 0)) throw new RangeError(`walking field: cellM must be > 0, got ${cellM}`);
  if (input.outline.length < 3) throw new RangeError("walking field: the outline needs at least 3 points");
  const stencil = stencilOf(extraSteps);
  const grid = gridAround(input.outline, cellM, stencil.radius);
  const size = grid.nx * grid.ny;
  const blockers = new Map<string, Blocker>();
  for (const { id, polygon } of input.blockers) {
    // An id names one shape: update() would otherwise remove only one of two covers.
    if (blockers.has(id)) throw new RangeError(`walking field: duplicate blocker id "${id}"`);
    blockers.set(id, blockerOf(polygon));
  }
  const state: FieldState = {
    grid,
    steps: bindStencil(stencil, grid.nx),
    margin: cellM / 2,
    outline: input.outline.map(([x, y]) => [x, y] as Point),
    wall: new Uint8Array(size),
    cover: new Uint16Array(size),
    dist: new Int32Array(size),
    parent: new Uint8Array(size).fill(NO_PARENT),
    seed: new Map(),
    mark: null,
    stamp: 0,
    // A bucket holds a wavefront: growing from less than the grid's width and height would cost copies.
    queue: new MonotoneQueue(grid.nx + grid.ny),
    order: null,
    blockers,
    doors: [],
  };
  rasteriseWalls(grid, state.outline, state.margin, state.wall);
  for (const blocker of blockers.values()) coverBlocker(state, blocker, 1);
  const { wall, cover, dist } = state;
  for (let i = 0; i < size; i++) dist[i] = wall[i] === 0 && cover[i] === 0 ? UNREACHED : BLOCKED;
  for (const door of input.doors) {
    state.doors.push(seedDoor(state, [(door.a[0] + door.b[0]) / 2, (door.a[1] + door.b[1]) / 2]));
  }
  applySeeds(state, state.doors);
  for (const door of state.doors) {
    for (const cell of door.cells) {
      if (state.parent[cell] === FROM_DOOR) continue;
      const value = state.seed.get(cell)!;
      state.dist[cell] = value;
      state.parent[cell] = FROM_DOOR;
      state.queue.seed(cell, value);
    }
  }
  propagate(state);
  return state;
}
