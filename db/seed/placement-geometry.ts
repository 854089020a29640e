import type { Point, PowerBox, Stand } from "../../floorplans/format/schema";

/** Axis-aligned box; the seed's placement only needs boxes (validatePlan then checks exactly). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The bounding box of a stand, rotated about its centre (clockwise on screen, RULES.md). */
export function standBox(stand: Stand): Box {
  const cx = stand.x + stand.width / 2;
  const cy = stand.y + stand.depth / 2;
  const t = (stand.rotation * Math.PI) / 180;
  const hw = (Math.abs(Math.cos(t)) * stand.width + Math.abs(Math.sin(t)) * stand.depth) / 2;
  const hd = (Math.abs(Math.sin(t)) * stand.width + Math.abs(Math.cos(t)) * stand.depth) / 2;
  return { x0: cx - hw, y0: cy - hd, x1: cx + hw, y1: cy + hd };
}

export function polygonBox(polygon: Point[]): Box {
  const xs = polygon.map((p) => p[0]);
  const ys = polygon.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

export function boxDistance(a: Box, b: Box): number {
  const dx = Math.max(0, a.x0 - b.x1, b.x0 - a.x1);
  const dy = Math.max(0, a.y0 - b.y1, b.y0 - a.y1);
  return Math.hypot(dx, dy);
}

/** Even-odd test; points on the edge count as inside (a stand flush with a zone's edge is in it). */
export function pointInPolygon([x, y]: Point, polygon: Point[], eps = 1e-3): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (onSegment([x, y], [xi, yi], [xj, yj], eps)) return true;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function onSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point, eps: number): boolean {
  const len = Math.hypot(bx - ax, by - ay);
  if (len === 0) return Math.hypot(px - ax, py - ay) <= eps;
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / (len * len)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay))) <= eps;
}

/** Corners inside: enough for the convex pavilion zones of the venue files. */
export function boxInsidePolygon(box: Box, polygon: Point[]): boolean {
  const corners: Point[] = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x1, box.y1],
    [box.x0, box.y1],
  ];
  return corners.every((c) => pointInPolygon(c, polygon));
}

export function boxCentre(box: Box): Point {
  return [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
}

/** Cable run as RULES.md measures it: |dx| + |dy| from the box to the nearest point of the stand's box. */
export function cableRun(box: PowerBox, stand: Box): number {
  const [x, y] = box.at;
  const dx = Math.max(0, stand.x0 - x, x - stand.x1);
  const dy = Math.max(0, stand.y0 - y, y - stand.y1);
  return dx + dy;
}
