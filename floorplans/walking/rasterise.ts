import { firstColumnAfter, firstRowFrom, lastColumnBefore, lastRowUpTo, type Grid, type Point } from "./grid";
import { crossings, pointsOf, shapeOf, type Shape } from "./shape";

/**
 * Rasterisation by scanlines through cell centres. A cell is blocked when its centre lies
 * strictly closer than `margin` (half a cell) to a shape: then any shape, however thin, blocks a
 * chain of cells that no step of the stencil can cross, and a gap narrower than one cell is
 * closed. Strictly, because shapes usually sit on whole or half metres: a wall on a cell's edge
 * must leave that cell free, or walks would keep ¾ of a cell away from it instead of ¼.
 */

export type SpanVisitor = (row: number, from: number, to: number) => void;

const span = new Float64Array(2);

/** Widens span with the chord of line y through the disc of radius r at (px, py). */
function discChord(px: number, py: number, y: number, r: number): void {
  const dy = y - py;
  if (Math.abs(dy) >= r) return;
  const s = Math.sqrt(r * r - dy * dy);
  if (px - s < span[0]!) span[0] = px - s;
  if (px + s > span[1]!) span[1] = px + s;
}

/**
 * Sets span to the x-interval of line y within r of the segment from (ax, ay) along the unit
 * vector (ux, uy) for len metres (span[0] > span[1] when empty).
 */
function capsuleSpan(
  ax: number,
  ay: number,
  ux: number,
  uy: number,
  len: number,
  y: number,
  r: number,
): void {
  span[0] = Infinity;
  span[1] = -Infinity;
  discChord(ax, ay, y, r);
  discChord(ax + ux * len, ay + uy * len, y, r);
  if (len === 0) return;
  // The band beside the segment: t = x - ax, 0 ≤ t·ux + (y-ay)·uy ≤ len and |(y-ay)·ux - t·uy| < r.
  let tlo = -Infinity;
  let thi = Infinity;
  const along = (y - ay) * uy;
  if (Math.abs(ux) < 1e-12) {
    if (along < 0 || along > len) return;
  } else {
    const t1 = -along / ux;
    const t2 = (len - along) / ux;
    tlo = Math.min(t1, t2);
    thi = Math.max(t1, t2);
  }
  const across = (y - ay) * ux;
  if (Math.abs(uy) < 1e-12) {
    if (Math.abs(across) >= r) return;
  } else {
    const t1 = (across - r) / uy;
    const t2 = (across + r) / uy;
    tlo = Math.max(tlo, Math.min(t1, t2));
    thi = Math.min(thi, Math.max(t1, t2));
  }
  if (tlo > thi) return;
  if (ax + tlo < span[0]!) span[0] = ax + tlo;
  if (ax + thi > span[1]!) span[1] = ax + thi;
}

const xs: number[] = [];
const spans: number[] = [];

function visitSpan(grid: Grid, row: number, lo: number, hi: number, visit: SpanVisitor): void {
  const from = Math.max(0, firstColumnAfter(grid, lo));
  const to = Math.min(grid.nx - 1, lastColumnBefore(grid, hi));
  if (from <= to) visit(row, from, to);
}

/** Visits, row by row, the runs of cells whose centre is within `margin` of the shape (or inside). */
export function rasteriseShape(grid: Grid, shape: Shape, margin: number, visit: SpanVisitor): void {
  const rowFrom = Math.max(0, firstRowFrom(grid, shape.minY - margin));
  const rowTo = Math.min(grid.ny - 1, lastRowUpTo(grid, shape.maxY + margin));
  const { edges, convex } = shape;
  const n = edges.length / 5;
  for (let row = rowFrom; row <= rowTo; row++) {
    const y = grid.y0 + (row + 0.5) * grid.cellM;
    if (shape.isBox) {
      const dy = y < shape.minY ? shape.minY - y : y > shape.maxY ? y - shape.maxY : 0;
      if (dy >= margin) continue;
      const s = Math.sqrt(margin * margin - dy * dy);
      visitSpan(grid, row, shape.minX - s, shape.maxX + s, visit);
      continue;
    }
    if (convex) {
      // A convex shape grown by a disc is convex: its chord is the hull of the edge capsules' chords.
      let lo = Infinity;
      let hi = -Infinity;
      for (let k = 0; k < 5 * n; k += 5) {
        capsuleSpan(edges[k]!, edges[k + 1]!, edges[k + 2]!, edges[k + 3]!, edges[k + 4]!, y, margin);
        if (span[0]! < lo) lo = span[0]!;
        if (span[1]! > hi) hi = span[1]!;
      }
      if (lo <= hi) visitSpan(grid, row, lo, hi, visit);
      continue;
    }
    spans.length = 0;
    crossings(shape.points, y, xs);
    for (let k = 0; k + 1 < xs.length; k += 2) spans.push(xs[k]!, xs[k + 1]!);
    for (let k = 0; k < 5 * n; k += 5) {
      capsuleSpan(edges[k]!, edges[k + 1]!, edges[k + 2]!, edges[k + 3]!, edges[k + 4]!, y, margin);
      if (span[0]! <= span[1]!) spans.push(span[0]!, span[1]!);
    }
    mergeAndVisit(grid, row, visit);
  }
}

/** Each cell once per polygon: the per-cell blocker counts of the field depend on it. */
function mergeAndVisit(grid: Grid, row: number, visit: SpanVisitor): void {
  const order: number[] = [];
  for (let k = 0; k < spans.length; k += 2) order.push(k);
  order.sort((p, q) => spans[p]! - spans[q]!);
  let lo = Infinity;
  let hi = -Infinity;
  let lastTo = -1;
  const flush = (): void => {
    const from = Math.max(lastTo + 1, 0, firstColumnAfter(grid, lo));
    const to = Math.min(grid.nx - 1, lastColumnBefore(grid, hi));
    if (from <= to) {
      visit(row, from, to);
      lastTo = to;
    }
  };
  for (const k of order) {
    const a = spans[k]!;
    const b = spans[k + 1]!;
    if (a > hi) {
      if (lo <= hi) flush();
      lo = a;
      hi = b;
    } else hi = Math.max(hi, b);
  }
  if (lo <= hi) flush();
}

/** 1 for cells outside the outline or within `margin` of it: the hall's walls. */
export function rasteriseWalls(
  grid: Grid,
  outline: readonly Point[],
  margin: number,
  wall: Uint8Array,
): void {
  wall.fill(1);
  const points = pointsOf(outline);
  for (let row = 0; row < grid.ny; row++) {
    const y = grid.y0 + (row + 0.5) * grid.cellM;
    crossings(points, y, xs);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const from = Math.max(0, firstColumnAfter(grid, xs[k]!));
      const to = Math.min(grid.nx - 1, lastColumnBefore(grid, xs[k + 1]!));
      if (from <= to) wall.fill(0, row * grid.nx + from, row * grid.nx + to + 1);
    }
  }
  for (let k = 0; k < outline.length; k++) {
    const edge = shapeOf([outline[k]!, outline[(k + 1) % outline.length]!]);
    rasteriseShape(grid, edge, margin, (row, from, to) => {
      wall.fill(1, row * grid.nx + from, row * grid.nx + to + 1);
    });
  }
}
