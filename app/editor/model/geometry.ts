import { findEntity } from "./document";
import type { Bounds, EntityRef, Plan, Stand, XY } from "./types";

/**
 * Small plane geometry for the editor: stand corners, bounds, point-in-polygon. The rule engine
 * has its own (floorplans/geometry); this copy stays tiny so that the editor does not depend on
 * the engine's internals, and it follows the same convention (RULES.md: rotation clockwise on
 * screen, y down, about the rectangle's centre).
 */

/** Results are rounded to the micrometre: far below ε = 1 mm, and 0.1 + 0.2 reads 0.3 again. */
export function roundCoord(value: number): number {
  return Math.round(value * 1e6) / 1e6 || 0;
}

export function normalizeDegrees(deg: number): number {
  const r = roundCoord(deg % 360);
  return r < 0 ? r + 360 : r;
}

/** cos and sin of a clockwise angle, exact for quarter turns (Math.cos(π/2) is 6e-17, not 0). */
export function cosSin(deg: number): [number, number] {
  const r = normalizeDegrees(deg);
  if (r === 0) return [1, 0];
  if (r === 90) return [0, 1];
  if (r === 180) return [-1, 0];
  if (r === 270) return [0, -1];
  const rad = (r * Math.PI) / 180;
  return [Math.cos(rad), Math.sin(rad)];
}

/** `p` turned by `deg` clockwise on screen (y down) about `centre`. */
export function rotatePoint(p: XY, centre: XY, deg: number): [number, number] {
  const [cos, sin] = cosSin(deg);
  const dx = p[0] - centre[0];
  const dy = p[1] - centre[1];
  return [centre[0] + dx * cos - dy * sin, centre[1] + dx * sin + dy * cos];
}

export function isQuarterTurn(deg: number): boolean {
  return normalizeDegrees(deg) % 90 === 0;
}

export function standCentre(stand: Stand): [number, number] {
  return [stand.x + stand.width / 2, stand.y + stand.depth / 2];
}

/** Corners top-left, top-right, bottom-right, bottom-left of the unrotated rectangle, turned. */
export function standCorners(stand: Stand): [number, number][] {
  const { x, y, width, depth } = stand;
  const corners: [number, number][] = [
    [x, y],
    [x + width, y],
    [x + width, y + depth],
    [x, y + depth],
  ];
  if (normalizeDegrees(stand.rotation) === 0) return corners;
  const centre = standCentre(stand);
  return corners.map((c) => rotatePoint(c, centre, stand.rotation));
}

export function boundsOfPoints(points: readonly XY[]): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [px, py] of points) {
    minX = Math.min(minX, px);
    minY = Math.min(minY, py);
    maxX = Math.max(maxX, px);
    maxY = Math.max(maxY, py);
  }
  return { minX, minY, maxX, maxY };
}

export function unionBounds(list: readonly Bounds[]): Bounds | null {
  if (list.length === 0) return null;
  return {
    minX: Math.min(...list.map((b) => b.minX)),
    minY: Math.min(...list.map((b) => b.minY)),
    maxX: Math.max(...list.map((b) => b.maxX)),
    maxY: Math.max(...list.map((b) => b.maxY)),
  };
}

export function boundsCentre(b: Bounds): [number, number] {
  return [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];
}

/** The points that make an entity: stand corners, a polygon, an exit's two ends, a box's position. */
export function entityPoints(plan: Plan, ref: EntityRef): readonly XY[] | null {
  switch (ref.kind) {
    case "stand": {
      const stand = findEntity(plan, "stand", ref.id);
      return stand ? standCorners(stand) : null;
    }
    case "obstacle":
      return findEntity(plan, "obstacle", ref.id)?.polygon ?? null;
    case "zone":
      return findEntity(plan, "zone", ref.id)?.polygon ?? null;
    case "exit": {
      const exit = findEntity(plan, "exit", ref.id);
      return exit ? [exit.a, exit.b] : null;
    }
    case "powerBox": {
      const box = findEntity(plan, "powerBox", ref.id);
      return box ? [box.at] : null;
    }
  }
}

export function entityBounds(plan: Plan, ref: EntityRef): Bounds | null {
  const points = entityPoints(plan, ref);
  return points ? boundsOfPoints(points) : null;
}

/** Even-odd ray casting; points on the boundary may fall either way (callers do not depend on it). */
export function isPointInPolygon(p: XY, polygon: readonly XY[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function isPointInBounds(p: XY, b: Bounds): boolean {
  return p[0] >= b.minX && p[0] <= b.maxX && p[1] >= b.minY && p[1] <= b.maxY;
}

function cross(o: XY, a: XY, b: XY): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** Closed segments p1–p2 and q1–q2 cross or touch. */
export function doSegmentsMeet(p1: XY, p2: XY, q1: XY, q2: XY): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const within = (a: XY, b: XY, c: XY) =>
    Math.min(a[0], b[0]) <= c[0] &&
    c[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= c[1] &&
    c[1] <= Math.max(a[1], b[1]);
  return (
    (d1 === 0 && within(q1, q2, p1)) ||
    (d2 === 0 && within(q1, q2, p2)) ||
    (d3 === 0 && within(p1, p2, q1)) ||
    (d4 === 0 && within(p1, p2, q2))
  );
}

export function boundsCorners(b: Bounds): [number, number][] {
  return [
    [b.minX, b.minY],
    [b.maxX, b.minY],
    [b.maxX, b.maxY],
    [b.minX, b.maxY],
  ];
}

/** The hall whose outline contains `p`, else the first hall (a plan has at least one). */
export function findHallAt(plan: Plan, p: XY): string {
  const hall = plan.halls.find((h) => isPointInPolygon(p, h.outline)) ?? plan.halls[0];
  return hall?.id ?? "";
}
