import type { XY } from "../model";

/** Closest points of segments p1–p2 and q1–q2 (classic clamped parametric solution). */
export function closestOnSegments(p1: XY, p2: XY, q1: XY, q2: XY): { a: XY; b: XY; distance: number } {
  const d1x = p2[0] - p1[0];
  const d1y = p2[1] - p1[1];
  const d2x = q2[0] - q1[0];
  const d2y = q2[1] - q1[1];
  const rx = p1[0] - q1[0];
  const ry = p1[1] - q1[1];
  const a = d1x * d1x + d1y * d1y;
  const e = d2x * d2x + d2y * d2y;
  const f = d2x * rx + d2y * ry;
  let s = 0;
  let t = 0;
  if (a <= 1e-12 && e <= 1e-12) {
    s = 0;
    t = 0;
  } else if (a <= 1e-12) {
    t = Math.max(0, Math.min(1, f / e));
  } else {
    const c = d1x * rx + d1y * ry;
    if (e <= 1e-12) {
      s = Math.max(0, Math.min(1, -c / a));
    } else {
      const b = d1x * d2x + d1y * d2y;
      const denom = a * e - b * b;
      s = denom > 1e-12 ? Math.max(0, Math.min(1, (b * f - c * e) / denom)) : 0;
      t = (b * s + f) / e;
      if (t < 0) {
        t = 0;
        s = Math.max(0, Math.min(1, -c / a));
      } else if (t > 1) {
        t = 1;
        s = Math.max(0, Math.min(1, (b - c) / a));
      }
    }
  }
  const pa: XY = [p1[0] + d1x * s, p1[1] + d1y * s];
  const pb: XY = [q1[0] + d2x * t, q1[1] + d2y * t];
  return { a: pa, b: pb, distance: Math.hypot(pa[0] - pb[0], pa[1] - pb[1]) };
}

/**
 * The two nearest points of two polygon outlines: where the canvas draws a too-narrow aisle. For
 * a stand against a hall wall the wall is the hall's outline, so outlines (not areas) are what
 * is measured.
 */
export function closestOutlinePoints(
  p: readonly XY[],
  q: readonly XY[],
): { a: XY; b: XY; distance: number } | null {
  let best: { a: XY; b: XY; distance: number } | null = null;
  for (let i = 0; i < p.length; i++) {
    for (let j = 0; j < q.length; j++) {
      const found = closestOnSegments(p[i]!, p[(i + 1) % p.length]!, q[j]!, q[(j + 1) % q.length]!);
      if (!best || found.distance < best.distance) best = found;
    }
  }
  return best;
}
