import { distancePointToSegment } from "./polygon-checks";
import type { Point } from "./schema";

/** A door may sit this far (m) off its hall's outline: drawings are rarely exact to the millimetre. */
export const EXIT_ON_OUTLINE_TOLERANCE_M = 0.01;
/** A door shorter than the rules' ε (m) has no width at all. */
const MIN_EXIT_LENGTH_M = 0.001;
/** Precision (as a fraction of the door's length) below which a gap in the wall under a door is ignored. */
const COVER_EPS = 1e-9;

export function describeExitLengthProblem(a: Point, b: Point): string | null {
  if (Math.hypot(b[0] - a[0], b[1] - a[1]) < MIN_EXIT_LENGTH_M) {
    return "door has zero length (a and b are the same point)";
  }
  return null;
}

/**
 * The part [t0, t1] of the door a→b (t in [0, 1]) lying within `tolerance` of the wall p–q, or null.
 * The distance from a point moving along the door to a segment is convex in t, so that part is one
 * interval: find the closest point by ternary search, then each end of the interval by bisection.
 */
function coveredPart(a: Point, b: Point, p: Point, q: Point, tolerance: number): [number, number] | null {
  const gap = (t: number) =>
    distancePointToSegment([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])], p, q);
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 100; k++) {
    const m1 = lo + (hi - lo) / 3;
    const m2 = hi - (hi - lo) / 3;
    if (gap(m1) <= gap(m2)) hi = m2;
    else lo = m1;
  }
  const closest = (lo + hi) / 2;
  if (gap(closest) > tolerance) return null;
  const boundary = (inside: number, outside: number) => {
    for (let k = 0; k < 60; k++) {
      const mid = (inside + outside) / 2;
      if (gap(mid) <= tolerance) inside = mid;
      else outside = mid;
    }
    return inside;
  };
  const start = gap(0) <= tolerance ? 0 : boundary(closest, 0);
  const end = gap(1) <= tolerance ? 1 : boundary(closest, 1);
  return [start, end];
}

/**
 * Why the door a–b does not lie on the (simple) outline of its hall, or null when it does. A door
 * may span several edges: outlines often split one straight wall into collinear pieces.
 */
export function describeExitPlacementProblem(a: Point, b: Point, outline: readonly Point[]): string | null {
  const tolerance = EXIT_ON_OUTLINE_TOLERANCE_M;
  const parts: [number, number][] = [];
  for (let i = 0; i < outline.length; i++) {
    const p = outline[i]!;
    const q = outline[(i + 1) % outline.length]!;
    const farApart =
      Math.min(p[0], q[0]) - tolerance > Math.max(a[0], b[0]) ||
      Math.max(p[0], q[0]) + tolerance < Math.min(a[0], b[0]) ||
      Math.min(p[1], q[1]) - tolerance > Math.max(a[1], b[1]) ||
      Math.max(p[1], q[1]) + tolerance < Math.min(a[1], b[1]);
    if (farApart) continue;
    const part = coveredPart(a, b, p, q, tolerance);
    if (part) parts.push(part);
  }
  parts.sort((x, y) => x[0] - y[0]);
  let covered = 0;
  for (const [start, end] of parts) {
    if (start > covered + COVER_EPS) break;
    covered = Math.max(covered, end);
  }
  if (covered >= 1 - COVER_EPS) return null;
  return "door a–b does not lie on its hall's outline (tolerance 1 cm)";
}
