import { applySeeds, doorNear, seedDoor } from "./doors";
import {
  blockerOf,
  coverBlocker,
  FROM_DOOR,
  marks,
  NO_PARENT,
  type Blocker,
  type FieldState,
} from "./field-state";
import { propagate } from "./propagate";
import type { Point } from "./grid";
import { invalidate, relaxAcross, reseed } from "./invalidate";
import { BLOCKED, UNREACHED } from "./stencil";

export interface BlockerChange {
  id: string;
  polygon: Point[] | null;
}

/** Cells whose free/blocked state flipped, and the boxes (metres) where anything changed. */
interface Flips {
  blocked: number[];
  freed: number[];
  boxes: [number, number, number, number][];
}

function boxOf(blocker: Blocker | undefined, box: [number, number, number, number]): void {
  if (!blocker) return;
  box[0] = Math.min(box[0], blocker.minX);
  box[1] = Math.min(box[1], blocker.minY);
  box[2] = Math.max(box[2], blocker.maxX);
  box[3] = Math.max(box[3], blocker.maxY);
}

function applyCovers(state: FieldState, changes: readonly BlockerChange[]): Flips {
  const runs: number[] = [];
  const collect = (row: number, from: number, to: number): void => {
    runs.push(row, from, to);
  };
  const boxes: Flips["boxes"] = [];
  for (const { id, polygon } of changes) {
    const before = state.blockers.get(id);
    const after = polygon ? blockerOf(polygon) : undefined;
    if (before) coverBlocker(state, before, -1, collect);
    if (after) {
      coverBlocker(state, after, 1, collect);
      state.blockers.set(id, after);
    } else state.blockers.delete(id);
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    boxOf(before, box);
    boxOf(after, box);
    if (box[0] <= box[2]) boxes.push(box);
  }
  // A cell may be covered and uncovered by several changes: compare its final state once.
  const { wall, cover, dist, parent, grid } = state;
  const mark = marks(state);
  const seen = ++state.stamp;
  const blocked: number[] = [];
  const freed: number[] = [];
  for (let k = 0; k < runs.length; k += 3) {
    const base = runs[k]! * grid.nx;
    for (let c = base + runs[k + 1]!; c <= base + runs[k + 2]!; c++) {
      if (mark[c] === seen) continue;
      mark[c] = seen;
      const free = wall[c] === 0 && cover[c] === 0;
      if (free === dist[c]! >= 0) continue;
      if (free) {
        dist[c] = UNREACHED;
        parent[c] = NO_PARENT;
        freed.push(c);
      } else {
        // Its parent pointer stays until invalidate() has found the cells that hung from it.
        dist[c] = BLOCKED;
        blocked.push(c);
      }
    }
  }
  return { blocked, freed, boxes };
}

/** Re-seeds the doors near a change; returns the cells whose door seed got worse and better. */
function reseedDoors(state: FieldState, boxes: Flips["boxes"]): { worse: number[]; better: number[] } {
  const slack = state.margin + state.grid.cellM;
  const touched: number[] = [];
  const before: number[] = [];
  state.doors.forEach((door, k) => {
    if (!boxes.some(([x0, y0, x1, y1]) => doorNear(door, x0, y0, x1, y1, slack))) return;
    const fresh = seedDoor(state, door.middle);
    for (const cell of [...door.cells, ...fresh.cells]) {
      touched.push(cell);
      before.push(state.seed[cell]!);
    }
    state.doors[k] = fresh;
  });
  if (touched.length === 0) return { worse: [], better: [] };
  for (const cell of touched) state.seed[cell] = UNREACHED;
  applySeeds(state, state.doors);
  const worse: number[] = [];
  const better: number[] = [];
  touched.forEach((cell, k) => {
    const now = state.seed[cell]!;
    if (now > before[k]!) worse.push(cell);
    else if (now < before[k]!) better.push(cell);
  });
  return { worse, better };
}

/**
 * Applies blocker changes and repairs the distances where they changed: cells that lost their
 * shortest path are recomputed from their settled surroundings, and any shorter way opened by
 * freed cells or closer door seeds spreads from where it appears. The result equals a fresh build.
 */
export function repair(state: FieldState, changes: readonly BlockerChange[]): void {
  // Every cell whose distance is written below goes in `changed` (changedAreas reads it).
  const changed = (state.changed ??= []);
  changed.length = 0;
  const flips = applyCovers(state, changes);
  const seeds = reseedDoors(state, flips.boxes);
  if (flips.blocked.length + flips.freed.length + seeds.worse.length + seeds.better.length === 0) return;
  for (const c of flips.blocked) changed.push(c);
  for (const c of flips.freed) changed.push(c);
  const invalid = invalidate(state, flips.blocked, seeds.worse);
  for (const c of invalid) changed.push(c);
  for (const c of invalid) reseed(state, c);
  for (const f of flips.freed) reseed(state, f);
  for (const f of flips.freed) relaxAcross(state, f);
  for (const c of seeds.better) {
    const value = state.seed[c]!;
    if (value < state.dist[c]!) {
      state.dist[c] = value;
      state.parent[c] = FROM_DOOR;
      state.queue.seed(c, value);
      changed.push(c);
    }
  }
  propagate(state);
}
