import type { XY } from "./constants";

/**
 * Simple polygons stored flat ([x0, y0, x1, y1, …]) so the hot loops of the rules read typed
 * arrays instead of nested tuples. Orientation: a positive shoelace sum is clockwise on screen
 * (y down); convex pieces are kept in that orientation so outward normals are (dy, −dx).
 */
export function toFlat(points: readonly XY[]): Float64Array {
  const xy = new Float64Array(points.length * 2);
  points.forEach((p, i) => {
    xy[2 * i] = p[0];
    xy[2 * i + 1] = p[1];
  });
  return xy;
}

export function fromFlat(xy: Float64Array, offset = 0, n = (xy.length - offset) / 2): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i < n; i++) points.push([xy[offset + 2 * i]!, xy[offset + 2 * i + 1]!]);
  return points;
}

/** Shoelace sum / 2: positive when the polygon turns clockwise on screen (y down). */
export function signedAreaFlat(xy: Float64Array, offset: number, n: number): number {
  let sum = 0;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    sum += xy[offset + 2 * j]! * xy[offset + 2 * i + 1]! - xy[offset + 2 * i]! * xy[offset + 2 * j + 1]!;
  }
  return sum / 2;
}

/** Area (m²) of a simple polygon, convex or not. */
export function polygonArea(points: readonly XY[]): number {
  return Math.abs(signedAreaFlat(toFlat(points), 0, points.length));
}

/** Even–odd crossing test; a point exactly on the boundary may go either way (callers add ε). */
export function pointInPolygonFlat(xy: Float64Array, offset: number, n: number, px: number, py: number): boolean {
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = xy[offset + 2 * i]!;
    const yi = xy[offset + 2 * i + 1]!;
    const xj = xy[offset + 2 * j]!;
    const yj = xy[offset + 2 * j + 1]!;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Convex (collinear vertices allowed) in either orientation. */
export function isConvexFlat(xy: Float64Array, offset: number, n: number): boolean {
  let sign = 0;
  for (let i = 0; i < n; i++) {
    const a = offset + 2 * i;
    const b = offset + 2 * ((i + 1) % n);
    const c = offset + 2 * ((i + 2) % n);
    const cross =
      (xy[b]! - xy[a]!) * (xy[c + 1]! - xy[b + 1]!) - (xy[b + 1]! - xy[a + 1]!) * (xy[c]! - xy[b]!);
    if (cross === 0) continue;
    const s = cross > 0 ? 1 : -1;
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return true;
}

/** True for a 4-point polygon whose edges are parallel to the axes: it is its own bounding box. */
export function isAxisAlignedRectFlat(xy: Float64Array, offset: number, n: number): boolean {
  if (n !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const a = offset + 2 * i;
    const b = offset + 2 * ((i + 1) % 4);
    const horizontal = xy[a + 1] === xy[b + 1] && xy[a] !== xy[b];
    const vertical = xy[a] === xy[b] && xy[a + 1] !== xy[b + 1];
    if (!horizontal && !vertical) return false;
  }
  return true;
}

/** A copy in clockwise-on-screen order (positive shoelace sum). */
export function orientPositive(xy: Float64Array): Float64Array {
  const n = xy.length / 2;
  if (signedAreaFlat(xy, 0, n) >= 0) return xy;
  const out = new Float64Array(xy.length);
  for (let i = 0; i < n; i++) {
    out[2 * i] = xy[2 * (n - 1 - i)]!;
    out[2 * i + 1] = xy[2 * (n - 1 - i) + 1]!;
  }
  return out;
}

export interface Aabb {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function aabbOfFlat(xy: Float64Array, offset: number, n: number): Aabb {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = xy[offset + 2 * i]!;
    const y = xy[offset + 2 * i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}
