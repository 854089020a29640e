import type { Point } from "./grid";

/**
 * A polygon prepared for rasterising many times: blockers are rasterised again, to take their
 * cover off, when they move. The shape keeps its own copy of the vertices, so a caller editing
 * its array afterwards cannot unbalance the per-cell cover counts.
 */
export interface Shape {
  /** Vertices, x and y interleaved (empty for a box). */
  readonly points: Float64Array;
  /** Per edge: ax, ay, ux, uy, length, u the unit vector along the edge (empty for a box). */
  readonly edges: Float64Array;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  readonly convex: boolean;
  /** An axis-aligned rectangle (the unrotated stand, the usual case): the bounds say it all. */
  readonly isBox: boolean;
}

function convex(points: Float64Array): boolean {
  const n = points.length / 2;
  let sign = 0;
  for (let k = 0; k < n; k++) {
    const a = 2 * k;
    const b = 2 * ((k + 1) % n);
    const c = 2 * ((k + 2) % n);
    const cross =
      (points[b]! - points[a]!) * (points[c + 1]! - points[b + 1]!) -
      (points[b + 1]! - points[a + 1]!) * (points[c]! - points[b]!);
    if (Math.abs(cross) < 1e-12) continue;
    const s = cross > 0 ? 1 : -1;
    if (sign !== 0 && s !== sign) return false;
    sign = s;
  }
  return true;
}

/** Four corners whose edges alternate exactly horizontal and vertical. */
function axisAligned(polygon: readonly Point[]): boolean {
  if (polygon.length !== 4) return false;
  // Indexed reads, no destructuring: this runs for every blocker of every build (5,000 stands),
  // and array destructuring allocates an iterator per corner where V8 does not optimise it away.
  for (let k = 0; k < 4; k++) {
    const a = polygon[k]!;
    const b = polygon[(k + 1) % 4]!;
    const c = polygon[(k + 2) % 4]!;
    if (!(a[1] === b[1] && b[0] === c[0]) && !(a[0] === b[0] && b[1] === c[1])) return false;
  }
  return true;
}

const NONE = new Float64Array(0);

/** The vertices, x and y interleaved. */
export function pointsOf(polygon: readonly Point[]): Float64Array {
  const points = new Float64Array(2 * polygon.length);
  for (let k = 0; k < polygon.length; k++) {
    points[2 * k] = polygon[k]![0];
    points[2 * k + 1] = polygon[k]![1];
  }
  return points;
}

export function shapeOf(polygon: readonly Point[]): Shape {
  const n = polygon.length;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let k = 0; k < n; k++) {
    const x = polygon[k]![0];
    const y = polygon[k]![1];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  // Most blockers are unrotated stands: their bounds are all the rasteriser needs.
  if (axisAligned(polygon))
    return { points: NONE, edges: NONE, minX, minY, maxX, maxY, convex: true, isBox: true };
  const points = pointsOf(polygon);
  const edges = new Float64Array(5 * n);
  for (let k = 0; k < n; k++) {
    const ax = points[2 * k]!;
    const ay = points[2 * k + 1]!;
    const dx = points[(2 * k + 2) % (2 * n)]! - ax;
    const dy = points[(2 * k + 3) % (2 * n)]! - ay;
    const len = Math.sqrt(dx * dx + dy * dy);
    edges[5 * k] = ax;
    edges[5 * k + 1] = ay;
    edges[5 * k + 2] = len > 0 ? dx / len : 0;
    edges[5 * k + 3] = len > 0 ? dy / len : 0;
    edges[5 * k + 4] = len;
  }
  return { points, edges, minX, minY, maxX, maxY, convex: convex(points), isBox: false };
}

/** x where the polygon's edges cross the horizontal line y (half-open rule), sorted, into `out`. */
export function crossings(points: Float64Array, y: number, out: number[]): void {
  out.length = 0;
  const n = points.length / 2;
  for (let k = 0; k < n; k++) {
    const ax = points[2 * k]!;
    const ay = points[2 * k + 1]!;
    const bx = points[(2 * k + 2) % (2 * n)]!;
    const by = points[(2 * k + 3) % (2 * n)]!;
    if (ay > y !== by > y) out.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
  }
  // Insertion sort: a handful of crossings per row, and Array.prototype.sort with a comparator
  // allocated on every row of every build.
  for (let i = 1; i < out.length; i++) {
    const x = out[i]!;
    let j = i - 1;
    while (j >= 0 && out[j]! > x) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = x;
  }
}
