import type { FieldState } from "./field-state";
import { cellAt, centreX, centreY, type Point } from "./grid";
import { hypot2 } from "./hypot";
import { QUANTUM, UNREACHED } from "./stencil";

/**
 * The walk starts on a stand's side, inside the blocked margin around it. Step out along the
 * side's normal to the first free cell (searching up to one cell past the margin: a side that
 * faces a gap narrower than a cell has no walkway), then leave by whichever free cell of its
 * 3×3 block ahead of the side gives the shortest total, the first leg being a straight line.
 */
export function walkFrom(state: FieldState, point: Point, outward: Point): number {
  const { grid, dist } = state;
  const px = point[0];
  const py = point[1];
  const norm = hypot2(outward[0], outward[1]);
  if (!(norm > 0)) return Infinity;
  const ux = outward[0] / norm;
  const uy = outward[1] / norm;
  let start = -1;
  const quarter = grid.cellM / 4;
  for (let s = state.margin; s <= state.margin + grid.cellM + 1e-9; s += quarter) {
    const cell = cellAt(grid, px + ux * s, py + uy * s);
    if (cell >= 0 && dist[cell]! >= 0) {
      start = cell;
      break;
    }
  }
  if (start < 0) return Infinity;
  let best = Infinity;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const cell = start + dy * grid.nx + dx;
      if (dist[cell]! < 0 || dist[cell] === UNREACHED) continue;
      // A diagonal neighbour counts only if the grid could step there: not through a wall's corner.
      if (dx !== 0 && dy !== 0 && dist[start + dx]! < 0 && dist[start + dy * grid.nx]! < 0) continue;
      const cx = centreX(grid, cell) - px;
      const cy = centreY(grid, cell) - py;
      if (cx * ux + cy * uy <= 0) continue;
      const total = hypot2(cx, cy) + (dist[cell]! / QUANTUM) * grid.cellM;
      if (total < best) best = total;
    }
  }
  return best;
}

/** Side of the square tiles (cells) in which changedAreas gathers the changed cells. */
const TILE = 8;

/**
 * How far (in cells, along each axis) from the cell holding `point` walkFrom reads: the search
 * along the normal goes at most margin + one cell out, which floor() turns into at most
 * ⌈(margin + cellM) / cellM⌉ cells, then the 3 × 3 block around the cell found adds one.
 */
export function queryReach(state: FieldState): number {
  return Math.ceil((state.margin + state.grid.cellM + 1e-9) / state.grid.cellM) + 1;
}

/**
 * After an update: boxes (minX, minY, maxX, maxY in metres, flat) such that every query point
 * whose answer the update may have changed lies in one of them (edges included). walkFrom reads
 * only distances of cells within queryReach of the point's cell, so a point all of whose such
 * cells kept their distance keeps its answer. The changed cells, grown by that reach, are
 * gathered in tiles of TILE × TILE cells, and each tile touched is one box.
 */
export function changedAreas(state: FieldState): number[] {
  const changed = state.changed;
  const boxes: number[] = [];
  if (!changed || changed.length === 0) return boxes;
  const { nx, ny, x0, y0, cellM } = state.grid;
  const reach = queryReach(state);
  const tilesX = Math.ceil(nx / TILE);
  const tilesY = Math.ceil(ny / TILE);
  const seen = new Uint8Array(tilesX * tilesY);
  for (const c of changed) {
    const i = c % nx;
    const j = (c - i) / nx;
    const t0 = Math.max(0, Math.floor((i - reach) / TILE));
    const t1 = Math.min(tilesX - 1, Math.floor((i + reach) / TILE));
    const u0 = Math.max(0, Math.floor((j - reach) / TILE));
    const u1 = Math.min(tilesY - 1, Math.floor((j + reach) / TILE));
    for (let u = u0; u <= u1; u++) {
      for (let t = t0; t <= t1; t++) {
        const tile = u * tilesX + t;
        if (seen[tile] === 1) continue;
        seen[tile] = 1;
        // A point whose cell is in the tile lies in this box; the slack absorbs float rounding.
        const slack = 1e-6;
        boxes.push(x0 + t * TILE * cellM - slack, y0 + u * TILE * cellM - slack, x0 + (t + 1) * TILE * cellM + slack, y0 + (u + 1) * TILE * cellM + slack);
      }
    }
  }
  return boxes;
}
