import { isConvexFlat, orientPositive } from "./polygon";

/**
 * Convex pieces of a simple polygon, so that non-convex obstacles and zones can be measured with
 * the exact convex routines: distance = min over pieces, penetration = max over pieces. Ear
 * clipping then Hertel–Mehlhorn merging keeps the pieces few and fat (an L-shaped wall gives
 * two rectangles), which keeps the "penetration > ε" test close to the whole polygon's.
 */
export function convexPieces(xy: Float64Array): Float64Array[] {
  const oriented = orientPositive(xy);
  const n = oriented.length / 2;
  if (isConvexFlat(oriented, 0, n)) return [oriented];
  const kept = dropCollinear(oriented);
  const pieces = mergePieces(kept, triangulate(kept));
  return pieces.map((piece) => {
    const out = new Float64Array(piece.length * 2);
    piece.forEach((v, i) => {
      out[2 * i] = kept[2 * v]!;
      out[2 * i + 1] = kept[2 * v + 1]!;
    });
    return out;
  });
}

function cross(xy: Float64Array, a: number, b: number, c: number): number {
  return (
    (xy[2 * b]! - xy[2 * a]!) * (xy[2 * c + 1]! - xy[2 * b + 1]!) -
    (xy[2 * b + 1]! - xy[2 * a + 1]!) * (xy[2 * c]! - xy[2 * b]!)
  );
}

function dropCollinear(xy: Float64Array): Float64Array {
  const n = xy.length / 2;
  const keep: number[] = [];
  for (let i = 0; i < n; i++) {
    if (cross(xy, (i + n - 1) % n, i, (i + 1) % n) !== 0) keep.push(i);
  }
  const out = new Float64Array(keep.length * 2);
  keep.forEach((v, i) => {
    out[2 * i] = xy[2 * v]!;
    out[2 * i + 1] = xy[2 * v + 1]!;
  });
  return out;
}

function inTriangle(xy: Float64Array, p: number, a: number, b: number, c: number): boolean {
  return cross(xy, a, b, p) >= 0 && cross(xy, b, c, p) >= 0 && cross(xy, c, a, p) >= 0;
}

/** Ear clipping of a positively oriented simple polygon: triangles as vertex indices. */
function triangulate(xy: Float64Array): number[][] {
  const remaining = Array.from({ length: xy.length / 2 }, (_, i) => i);
  const triangles: number[][] = [];
  while (remaining.length > 3) {
    const m = remaining.length;
    let clipped = -1;
    for (let i = 0; i < m && clipped < 0; i++) {
      const a = remaining[(i + m - 1) % m]!;
      const b = remaining[i]!;
      const c = remaining[(i + 1) % m]!;
      if (cross(xy, a, b, c) <= 0) continue;
      const blocked = remaining.some((p) => p !== a && p !== b && p !== c && inTriangle(xy, p, a, b, c));
      if (!blocked) clipped = i;
    }
    // Float rounding can hide every ear of a nearly degenerate polygon: clip a convex vertex anyway.
    if (clipped < 0) clipped = remaining.findIndex((b, i) => cross(xy, remaining[(i + m - 1) % m]!, b, remaining[(i + 1) % m]!) > 0);
    if (clipped < 0) clipped = 0;
    triangles.push([remaining[(clipped + m - 1) % m]!, remaining[clipped]!, remaining[(clipped + 1) % m]!]);
    remaining.splice(clipped, 1);
  }
  triangles.push(remaining);
  return triangles;
}

function isConvexPiece(xy: Float64Array, piece: number[]): boolean {
  const m = piece.length;
  for (let i = 0; i < m; i++) {
    if (cross(xy, piece[(i + m - 1) % m]!, piece[i]!, piece[(i + 1) % m]!) < 0) return false;
  }
  return true;
}

/** Joins p (which has the edge u→v) and q (which has v→u) along that shared diagonal. */
function join(p: number[], q: number[], u: number, v: number): number[] {
  const pv = p.indexOf(v);
  const fromV = [...p.slice(pv), ...p.slice(0, pv)]; // v … u
  const qu = q.indexOf(u);
  const fromU = [...q.slice(qu), ...q.slice(0, qu)]; // u … v
  return [...fromV, ...fromU.slice(1, -1)];
}

function sharedEdge(p: number[], q: number[]): [number, number] | null {
  for (let i = 0; i < p.length; i++) {
    const u = p[i]!;
    const v = p[(i + 1) % p.length]!;
    const j = q.indexOf(v);
    if (j >= 0 && q[(j + 1) % q.length] === u) return [u, v];
  }
  return null;
}

function mergePieces(xy: Float64Array, triangles: number[][]): number[][] {
  const pieces = triangles.slice();
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i < pieces.length && !merged; i++) {
      for (let j = i + 1; j < pieces.length && !merged; j++) {
        const edge = sharedEdge(pieces[i]!, pieces[j]!);
        if (!edge) continue;
        const candidate = join(pieces[i]!, pieces[j]!, edge[0], edge[1]);
        if (!isConvexPiece(xy, candidate)) continue;
        pieces[i] = candidate;
        pieces.splice(j, 1);
        merged = true;
      }
    }
  }
  return pieces;
}
