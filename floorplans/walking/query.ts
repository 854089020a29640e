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
