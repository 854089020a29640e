import { EPS, type XY } from "./constants";
import { convexPieces } from "./decompose";
import { convexPenetration, convexGap, measureBoxes, measureConvex, measured } from "./convex";
import { convexWithin } from "./containment";
import { aabbOfFlat, isAxisAlignedRectFlat, signedAreaFlat, toFlat, type Aabb } from "./polygon";

/** A convex polygon, clockwise on screen, with its bounding box; `isBox` when it is that box. */
export interface ConvexPiece extends Aabb {
  xy: Float64Array;
  n: number;
  isBox: boolean;
}

/** A simple polygon prepared once for repeated measures: flat points, bounding box, convex pieces. */
export interface PreparedShape extends Aabb {
  xy: Float64Array;
  n: number;
  area: number;
  pieces: ConvexPiece[];
}

function toPiece(xy: Float64Array): ConvexPiece {
  const n = xy.length / 2;
  return { xy, n, isBox: isAxisAlignedRectFlat(xy, 0, n), ...aabbOfFlat(xy, 0, n) };
}

export function prepareShape(points: readonly XY[] | Float64Array): PreparedShape {
  const xy = points instanceof Float64Array ? points : toFlat(points);
  const n = xy.length / 2;
  return { xy, n, area: Math.abs(signedAreaFlat(xy, 0, n)), pieces: convexPieces(xy).map(toPiece), ...aabbOfFlat(xy, 0, n) };
}

/** Prepared shape of a convex polygon given flat (a stand's corners, an exit's clearance zone). */
export function prepareConvex(xy: Float64Array): PreparedShape {
  const piece = toPiece(xy);
  return { xy, n: piece.n, area: Math.abs(signedAreaFlat(xy, 0, piece.n)), pieces: [piece], ...aabbOfFlat(xy, 0, piece.n) };
}

export function aabbGap(a: Aabb, bMinX: number, bMinY: number, bMaxX: number, bMaxY: number): number {
  const gapX = Math.max(a.minX - bMaxX, bMinX - a.maxX, 0);
  const gapY = Math.max(a.minY - bMaxY, bMinY - a.maxY, 0);
  return Math.max(gapX, gapY);
}

/**
 * Measures a convex polygon `c` (a stand's corners at `co`, with its bounding box) against a
 * prepared shape: the largest penetration over the shape's pieces and the smallest distance.
 * Pieces whose boxes are more than `reach` away are skipped (their distance reads as Infinity):
 * callers only compare distances with thresholds below `reach`.
 */
export function measureAgainstShape(
  c: Float64Array,
  co: number,
  cn: number,
  cBox: boolean,
  cMinX: number,
  cMinY: number,
  cMaxX: number,
  cMaxY: number,
  shape: PreparedShape,
  reach: number,
): typeof measured {
  let penetration = -Infinity;
  let distance = Infinity;
  for (const piece of shape.pieces) {
    if (aabbGap(piece, cMinX, cMinY, cMaxX, cMaxY) > reach) continue;
    if (cBox && piece.isBox) {
      measureBoxes(cMinX, cMinY, cMaxX, cMaxY, piece.minX, piece.minY, piece.maxX, piece.maxY);
    } else {
      measureConvex(c, co, cn, piece.xy, 0, piece.n);
    }
    if (measured.penetration > penetration) penetration = measured.penetration;
    if (measured.distance < distance) distance = measured.distance;
  }
  measured.penetration = penetration;
  measured.distance = distance;
  return measured;
}

/** Smallest distance between two simple polygons (0 when they touch or overlap). */
export function shapeDistance(a: PreparedShape, b: PreparedShape): number {
  let best = Infinity;
  for (const p of a.pieces) {
    for (const q of b.pieces) {
      const d = convexPenetration(p.xy, 0, p.n, q.xy, 0, q.n) > 0 ? 0 : convexGap(p.xy, 0, p.n, q.xy, 0, q.n);
      if (d < best) best = d;
    }
  }
  return best;
}

/** Penetration depth (> 0 when the interiors meet), the largest over pairs of convex pieces. */
export function shapePenetration(a: PreparedShape, b: PreparedShape): number {
  let best = -Infinity;
  for (const p of a.pieces) {
    for (const q of b.pieces) {
      const pen = convexPenetration(p.xy, 0, p.n, q.xy, 0, q.n);
      if (pen > best) best = pen;
    }
  }
  return best;
}

/** RULES.md: two shapes overlap when they penetrate each other by more than ε. */
export function shapesOverlap(a: PreparedShape, b: PreparedShape): boolean {
  return shapePenetration(a, b) > EPS;
}

/** RULES.md: two shapes touch when their distance is ≤ ε and they do not overlap. */
export function shapesTouch(a: PreparedShape, b: PreparedShape): boolean {
  return !shapesOverlap(a, b) && shapeDistance(a, b) <= EPS;
}

/** `inner` lies within `outer` up to ε (RULES.md containment), for any simple polygons. */
export function shapeWithin(inner: PreparedShape, outer: PreparedShape): boolean {
  return inner.pieces.every((piece) => convexWithin(piece.xy, 0, piece.n, outer.xy, outer.n));
}

/** Exact distance from the segment a–b to a simple polygon (0 when it touches or crosses it). */
export function segmentShapeDistance(a: XY, b: XY, shape: PreparedShape): number {
  const segment = Float64Array.of(a[0], a[1], b[0], b[1]);
  let best = Infinity;
  for (const piece of shape.pieces) {
    const d = convexPenetration(segment, 0, 2, piece.xy, 0, piece.n) > 0 ? 0 : convexGap(segment, 0, 2, piece.xy, 0, piece.n);
    if (d < best) best = d;
  }
  return best;
}
