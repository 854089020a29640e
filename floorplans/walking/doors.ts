import { centreX, centreY, firstColumnFrom, firstRowFrom, lastColumnUpTo, lastRowUpTo, cellAt } from "./grid";
import type { Point } from "./grid";
import type { DoorSeeds, FieldState } from "./field-state";
import { QUANTUM } from "./stencil";

/**
 * A door's middle lies on the wall, inside the blocked margin of the outline. The walk reaches
 * it by a straight line from any free cell within SEED_RADIUS_M that sees it: those cells start
 * with their exact Euclidean distance, so the grid's error does not begin at the door.
 */
export const SEED_RADIUS_M = 2;

/**
 * Does the segment m→c cross an outline edge anywhere but at m itself? Crossings within 1 mm
 * of m (RULES.md's ε) are m's own wall: a door drawn a hair off the outline still opens.
 */
function leavesHall(outline: readonly Point[], mx: number, my: number, cx: number, cy: number): boolean {
  const rx = cx - mx;
  const ry = cy - my;
  const near = 0.001 / Math.hypot(rx, ry);
  for (let k = 0; k < outline.length; k++) {
    const [px, py] = outline[k]!;
    const [qx, qy] = outline[(k + 1) % outline.length]!;
    const sx = qx - px;
    const sy = qy - py;
    const denom = rx * sy - ry * sx;
    if (Math.abs(denom) < 1e-12) continue;
    const t = ((px - mx) * sy - (py - my) * sx) / denom;
    const u = ((px - mx) * ry - (py - my) * rx) / denom;
    if (t > near && t <= 1 && u >= 0 && u <= 1) return true;
  }
  return false;
}

/** No blocker on the way: sampled at an eighth of a cell, finer than any blocked run. */
function seesDoor(state: FieldState, mx: number, my: number, cx: number, cy: number): boolean {
  const length = Math.hypot(cx - mx, cy - my);
  const samples = Math.max(1, Math.ceil((8 * length) / state.grid.cellM));
  for (let k = 0; k <= samples; k++) {
    const cell = cellAt(state.grid, mx + ((cx - mx) * k) / samples, my + ((cy - my) * k) / samples);
    if (cell < 0 || state.cover[cell] !== 0) return false;
  }
  return !leavesHall(state.outline, mx, my, cx, cy);
}

export function seedDoor(state: FieldState, middle: Point): DoorSeeds {
  const { grid } = state;
  const [mx, my] = middle;
  const cells: number[] = [];
  const values: number[] = [];
  const rowFrom = Math.max(0, firstRowFrom(grid, my - SEED_RADIUS_M));
  const rowTo = Math.min(grid.ny - 1, lastRowUpTo(grid, my + SEED_RADIUS_M));
  const colFrom = Math.max(0, firstColumnFrom(grid, mx - SEED_RADIUS_M));
  const colTo = Math.min(grid.nx - 1, lastColumnUpTo(grid, mx + SEED_RADIUS_M));
  for (let row = rowFrom; row <= rowTo; row++) {
    for (let col = colFrom; col <= colTo; col++) {
      const cell = row * grid.nx + col;
      if (state.dist[cell]! < 0) continue;
      const cx = centreX(grid, cell);
      const cy = centreY(grid, cell);
      const length = Math.hypot(cx - mx, cy - my);
      if (length > SEED_RADIUS_M || !seesDoor(state, mx, my, cx, cy)) continue;
      cells.push(cell);
      values.push(Math.round((length / grid.cellM) * QUANTUM));
    }
  }
  return { middle, cells: Int32Array.from(cells), values: Int32Array.from(values) };
}

/** Writes into state.seed the best door value of every seed cell of `doors` (others untouched). */
export function applySeeds(state: FieldState, doors: readonly DoorSeeds[]): void {
  for (const door of doors) {
    for (let k = 0; k < door.cells.length; k++) {
      const cell = door.cells[k]!;
      const value = door.values[k]!;
      if (value < state.seed[cell]!) state.seed[cell] = value;
    }
  }
}

/** Could a change inside [x0, x1]×[y0, y1] (metres) alter this door's seeds? */
export function doorNear(
  door: DoorSeeds,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  slack: number,
): boolean {
  const [mx, my] = door.middle;
  const reach = SEED_RADIUS_M + slack;
  return x1 >= mx - reach && x0 <= mx + reach && y1 >= my - reach && y0 <= my + reach;
}
