/**
 * Exact measures between convex polygons stored flat (see polygon.ts). A segment is a convex
 * polygon of two points, so the same code measures a stand against a wall of the hall outline.
 */

export function pointSegmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  let t = lengthSq === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSq;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Smallest distance from a point to the boundary of a polygon (any simple polygon). */
export function pointBoundaryDistance(xy: Float64Array, offset: number, n: number, px: number, py: number): number {
  let best = Infinity;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = offset + 2 * j;
    const b = offset + 2 * i;
    const d = pointSegmentDistance(px, py, xy[a]!, xy[a + 1]!, xy[b]!, xy[b + 1]!);
    if (d < best) best = d;
  }
  return best;
}

/** Overlap of the projections of `a` and `b` on the normals of `a`'s edges; stops at the first gap. */
function minOverlapOnEdgesOf(
  a: Float64Array,
  ao: number,
  an: number,
  b: Float64Array,
  bo: number,
  bn: number,
  limit: number,
): number {
  let best = limit;
  for (let i = 0; i < an; i++) {
    const p = ao + 2 * i;
    const q = ao + 2 * ((i + 1) % an);
    const ex = a[q]! - a[p]!;
    const ey = a[q + 1]! - a[p + 1]!;
    const length = Math.hypot(ex, ey);
    if (length === 0) continue;
    const nx = ey / length;
    const ny = -ex / length;
    let minA = Infinity;
    let maxA = -Infinity;
    for (let k = 0; k < an; k++) {
      const v = a[ao + 2 * k]! * nx + a[ao + 2 * k + 1]! * ny;
      if (v < minA) minA = v;
      if (v > maxA) maxA = v;
    }
    let minB = Infinity;
    let maxB = -Infinity;
    for (let k = 0; k < bn; k++) {
      const v = b[bo + 2 * k]! * nx + b[bo + 2 * k + 1]! * ny;
      if (v < minB) minB = v;
      if (v > maxB) maxB = v;
    }
    const overlap = Math.min(maxA - minB, maxB - minA);
    if (overlap < best) best = overlap;
    if (best <= 0) return best;
  }
  return best;
}

/**
 * Separating-axis penetration: > 0 is the depth of overlap (the shortest push that separates
 * the two convex polygons), ≤ 0 means they are disjoint or touch. Symmetric in a and b.
 */
export function convexPenetration(
  a: Float64Array,
  ao: number,
  an: number,
  b: Float64Array,
  bo: number,
  bn: number,
): number {
  const first = minOverlapOnEdgesOf(a, ao, an, b, bo, bn, Infinity);
  if (first <= 0) return first;
  return minOverlapOnEdgesOf(b, bo, bn, a, ao, an, first);
}

/** Smallest distance from the vertices of `p` to the edges of `e`. */
function vertexEdgeGap(p: Float64Array, po: number, pn: number, e: Float64Array, eo: number, en: number): number {
  let best = Infinity;
  for (let i = 0; i < pn; i++) {
    const px = p[po + 2 * i]!;
    const py = p[po + 2 * i + 1]!;
    for (let j = 0; j < en; j++) {
      const s = eo + 2 * j;
      const t = eo + 2 * ((j + 1) % en);
      const d = pointSegmentDistance(px, py, e[s]!, e[s + 1]!, e[t]!, e[t + 1]!);
      if (d < best) best = d;
    }
  }
  return best;
}

/** Distance between two disjoint convex polygons: the closest pair is a vertex of one and an edge of the other. */
export function convexGap(a: Float64Array, ao: number, an: number, b: Float64Array, bo: number, bn: number): number {
  return Math.min(vertexEdgeGap(a, ao, an, b, bo, bn), vertexEdgeGap(b, bo, bn, a, ao, an));
}

/** Result of the last measure: written in place so the hot loops allocate nothing. */
export const measured = { penetration: 0, distance: 0 };

/** Penetration and distance (0 when they meet) of two convex polygons. */
export function measureConvex(
  a: Float64Array,
  ao: number,
  an: number,
  b: Float64Array,
  bo: number,
  bn: number,
): typeof measured {
  const penetration = convexPenetration(a, ao, an, b, bo, bn);
  measured.penetration = penetration;
  measured.distance = penetration > 0 ? 0 : convexGap(a, ao, an, b, bo, bn);
  return measured;
}

/** The same measure for two axis-aligned boxes, in closed form. */
export function measureBoxes(
  aMinX: number,
  aMinY: number,
  aMaxX: number,
  aMaxY: number,
  bMinX: number,
  bMinY: number,
  bMaxX: number,
  bMaxY: number,
): typeof measured {
  const gapX = Math.max(aMinX - bMaxX, bMinX - aMaxX);
  const gapY = Math.max(aMinY - bMaxY, bMinY - aMaxY);
  measured.penetration = Math.min(-gapX, -gapY);
  measured.distance = gapX > 0 ? (gapY > 0 ? Math.hypot(gapX, gapY) : gapX) : gapY > 0 ? gapY : 0;
  return measured;
}
