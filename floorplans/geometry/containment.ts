import { EPS } from "./constants";
import { pointBoundaryDistance } from "./convex";
import { pointInPolygonFlat } from "./polygon";

/**
 * Containment with the ε of RULES.md ("part of the stand lies outside by more than ε").
 * A convex shape C leaves a simple polygon P only if the region C \ P has a vertex that is a
 * corner of C outside P or a vertex of P inside C (a region bounded by two straight pieces alone
 * has no area). So C is within P when no corner of C is outside P by more than ε and no vertex
 * of P lies inside C deeper than ε — which also catches a notch of a non-convex outline poking
 * into a stand whose corners are all inside.
 */

/** How deep a point lies inside a convex polygon (clockwise on screen): > 0 inside, ≤ 0 outside. */
export function depthInConvex(c: Float64Array, co: number, cn: number, px: number, py: number): number {
  let depth = Infinity;
  for (let i = 0; i < cn; i++) {
    const a = co + 2 * i;
    const b = co + 2 * ((i + 1) % cn);
    const ex = c[b]! - c[a]!;
    const ey = c[b + 1]! - c[a + 1]!;
    const length = Math.hypot(ex, ey);
    if (length === 0) continue;
    // Outward normal (ey, −ex)/length for this orientation; inside means a negative offset.
    const d = -((px - c[a]!) * ey - (py - c[a + 1]!) * ex) / length;
    if (d < depth) depth = d;
  }
  return depth;
}

/** The point lies in the closed polygon, up to ε. */
export function pointWithin(poly: Float64Array, pn: number, px: number, py: number): boolean {
  return pointInPolygonFlat(poly, 0, pn, px, py) || pointBoundaryDistance(poly, 0, pn, px, py) <= EPS;
}

/** The convex polygon c lies within the simple polygon poly, up to ε. */
export function convexWithin(c: Float64Array, co: number, cn: number, poly: Float64Array, pn: number): boolean {
  for (let i = 0; i < cn; i++) {
    if (!pointWithin(poly, pn, c[co + 2 * i]!, c[co + 2 * i + 1]!)) return false;
  }
  for (let i = 0; i < pn; i++) {
    if (depthInConvex(c, co, cn, poly[2 * i]!, poly[2 * i + 1]!) > EPS) return false;
  }
  return true;
}

/**
 * Appends to `out` (as start, end pairs in metres along p→q) the stretches of the segment p→q
 * that lie outside the polygon; returns the new count of numbers in `out`.
 */
export function appendOutsideStretches(
  px: number,
  py: number,
  qx: number,
  qy: number,
  poly: Float64Array,
  pn: number,
  out: Float64Array,
  count: number,
): number {
  const dx = qx - px;
  const dy = qy - py;
  const length = Math.hypot(dx, dy);
  const cuts: number[] = [0, 1];
  for (let i = 0, j = pn - 1; i < pn; j = i++) {
    const ax = poly[2 * j]!;
    const ay = poly[2 * j + 1]!;
    const ex = poly[2 * i]! - ax;
    const ey = poly[2 * i + 1]! - ay;
    const denom = dx * ey - dy * ex;
    if (denom === 0) continue; // parallel: a shared stretch is found by the touch test instead
    const t = ((ax - px) * ey - (ay - py) * ex) / denom;
    const u = ((ax - px) * dy - (ay - py) * dx) / denom;
    if (u >= 0 && u <= 1 && t > 0 && t < 1) cuts.push(t);
  }
  cuts.sort((a, b) => a - b);
  for (let k = 0; k + 1 < cuts.length; k++) {
    const t0 = cuts[k]!;
    const t1 = cuts[k + 1]!;
    if (t1 <= t0) continue;
    const tm = (t0 + t1) / 2;
    if (!pointWithin(poly, pn, px + tm * dx, py + tm * dy) && count + 2 <= out.length) {
      out[count++] = t0 * length;
      out[count++] = t1 * length;
    }
  }
  return count;
}
