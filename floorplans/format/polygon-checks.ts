import type { Point } from "./schema";

/**
 * Structural checks on polygons, used by `parsePlan` before any rule runs: the rule
 * engine's geometry assumes simple polygons, so a bad outline must be refused, not measured.
 */

/** Below this distance (m) two coordinates are the same point; far below the rules' ε of 1 mm. */
const SAME_POINT_M = 1e-9;

function samePoint(a: Point, b: Point): boolean {
  return Math.hypot(a[0] - b[0], a[1] - b[1]) <= SAME_POINT_M;
}

export function distancePointToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSq = dx * dx + dy * dy;
  const t =
    lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSq));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** -1, 0 or 1: on which side of the line a→b the point c lies (0 within SAME_POINT_M of the line). */
function side(a: Point, b: Point, c: Point): number {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  if (Math.abs(cross) <= SAME_POINT_M * Math.max(length, 1)) return 0;
  return cross > 0 ? 1 : -1;
}

function onSegment(p: Point, a: Point, b: Point): boolean {
  return distancePointToSegment(p, a, b) <= SAME_POINT_M;
}

/** Closed segments a–b and c–d share at least one point (crossing, touching or overlapping). */
function segmentsMeet(a: Point, b: Point, c: Point, d: Point): boolean {
  const s1 = side(c, d, a);
  const s2 = side(c, d, b);
  const s3 = side(a, b, c);
  const s4 = side(a, b, d);
  if (s1 * s2 < 0 && s3 * s4 < 0) return true;
  return onSegment(a, c, d) || onSegment(b, c, d) || onSegment(c, a, b) || onSegment(d, a, b);
}

/** Consecutive edges a→b→c meet only at b, unless c folds back onto a→b (or a onto b→c). */
function foldsBack(a: Point, b: Point, c: Point): boolean {
  if (side(a, b, c) !== 0) return false;
  return (a[0] - b[0]) * (c[0] - b[0]) + (a[1] - b[1]) * (c[1] - b[1]) > 0;
}

/**
 * Broad phase of the self-intersection test: every pair of edges [i, j] (i < j, edge k runs from
 * point k to point k + 1) whose bounding boxes overlap. Sort-and-sweep on x: edges are taken by
 * their left end and compared only with the edges still spanning that x, so the cost is
 * O(n log n + p) for p such pairs — near-linear for real outlines, O(n²) only when most edges
 * span the same x-range.
 */
export function* overlappingEdgePairs(points: readonly Point[]): Generator<[number, number]> {
  const n = points.length;
  const boxes = points.map((a, i) => {
    const b = points[(i + 1) % n]!;
    const [minX, maxX] = a[0] < b[0] ? [a[0], b[0]] : [b[0], a[0]];
    const [minY, maxY] = a[1] < b[1] ? [a[1], b[1]] : [b[1], a[1]];
    return { i, minX, maxX, minY, maxY };
  });
  let active: typeof boxes = [];
  for (const box of [...boxes].sort((e, f) => e.minX - f.minX)) {
    active = active.filter((other) => other.maxX >= box.minX - SAME_POINT_M);
    for (const other of active) {
      if (other.maxY < box.minY - SAME_POINT_M || other.minY > box.maxY + SAME_POINT_M) continue;
      yield box.i < other.i ? [box.i, other.i] : [other.i, box.i];
    }
    active.push(box);
  }
}

/** The first pair of edges (by start index) that meet where they should not, or null for a simple polygon. */
export function findSelfIntersection(points: readonly Point[]): [number, number] | null {
  const n = points.length;
  const at = (k: number) => points[k % n]!;
  let found: [number, number] | null = null;
  for (const [i, j] of overlappingEdgePairs(points)) {
    if (found !== null && (i > found[0] || (i === found[0] && j > found[1]))) continue;
    let meets: boolean;
    if (j === i + 1) meets = foldsBack(at(i), at(j), at(j + 1));
    else if (i === 0 && j === n - 1) meets = foldsBack(at(j), at(0), at(1));
    else meets = segmentsMeet(at(i), at(i + 1), at(j), at(j + 1));
    if (meets) found = [i, j];
  }
  return found;
}

/** All points on one line (within SAME_POINT_M): the polygon encloses nothing. */
function isFlat(points: readonly Point[]): boolean {
  const origin = points[0]!;
  let far = origin;
  for (const p of points)
    if (Math.hypot(p[0] - origin[0], p[1] - origin[1]) > Math.hypot(far[0] - origin[0], far[1] - origin[1]))
      far = p;
  if (samePoint(origin, far)) return true;
  return points.every((p) => side(origin, far, p) === 0);
}

/** Every reason `points` is not a simple polygon as RULES.md requires, in English; [] when it is. */
export function describePolygonProblems(points: readonly Point[]): string[] {
  const problems: string[] = [];
  let open = points;
  if (points.length >= 2 && samePoint(points[0]!, points.at(-1)!)) {
    problems.push("polygon repeats its first point at the end (polygons close by themselves)");
    open = points.slice(0, -1);
  }
  let repeats = 0;
  for (let i = 1; i < open.length; i++) {
    if (!samePoint(open[i - 1]!, open[i]!)) continue;
    problems.push(`point ${i} repeats point ${i - 1}`);
    repeats++;
  }
  // Area and crossings of a polygon with doubled points would only echo the same mistake.
  if (repeats > 0) return problems;
  // Collinear first: a flat polygon also "folds back" on itself, but zero area is the clearer reason.
  // (The signed area alone cannot tell: a bow-tie's two lobes cancel out to zero.)
  if (open.length < 3 || isFlat(open)) {
    problems.push("polygon has zero area");
    return problems;
  }
  const pair = findSelfIntersection(open);
  if (pair) {
    const [i, j] = pair;
    const edge = (k: number) => `${k}–${(k + 1) % open.length}`;
    problems.push(`polygon intersects itself (edges ${edge(i)} and ${edge(j)})`);
  }
  return problems;
}
