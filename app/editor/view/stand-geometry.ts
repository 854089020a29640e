import { cosSin, isPointInPolygon, standCentre, standCorners } from "../model/geometry";
import type { Bounds, Stand, XY } from "../model";

/**
 * Point and outline tests on stands in plan coordinates (metres). The canvas does its own hit
 * testing with these instead of Konva's hit graph: every content layer is listening(false), so a
 * pointer move over 5,000 stands costs a loop of arithmetic, not a second canvas redrawn per frame.
 */

/** `p` in the stand's own frame: origin at its centre, u along its width, v along its depth. */
export function toStandFrame(stand: Stand, p: XY): [number, number] {
  const [cx, cy] = standCentre(stand);
  const [cos, sin] = cosSin(stand.rotation);
  const dx = p[0] - cx;
  const dy = p[1] - cy;
  return [dx * cos + dy * sin, -dx * sin + dy * cos];
}

/** Inside, or within `tolerance` metres of the rectangle (0: strictly by its outline). */
export function isPointInStand(stand: Stand, p: XY, tolerance = 0): boolean {
  const [u, v] = toStandFrame(stand, p);
  return Math.abs(u) <= stand.width / 2 + tolerance && Math.abs(v) <= stand.depth / 2 + tolerance;
}

export function standBounds(stand: Stand): Bounds {
  const corners = standCorners(stand);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of corners) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { minX, minY, maxX, maxY };
}

export function standArea(stand: Stand): number {
  return stand.width * stand.depth;
}

/** The topmost stand under `p` among those drawn (the last drawn is on top). */
export function standAt(stands: readonly Stand[], p: XY, visibleHalls: ReadonlySet<string>): Stand | null {
  for (let i = stands.length - 1; i >= 0; i--) {
    const stand = stands[i]!;
    if (visibleHalls.has(stand.hallId) && isPointInStand(stand, p)) return stand;
  }
  return null;
}

/** Distance from `p` to the segment a–b. */
export function distanceToSegment(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Distance from `p` to a closed polygon's outline. */
export function distanceToOutline(p: XY, polygon: readonly XY[]): number {
  let best = Infinity;
  for (let i = 0; i < polygon.length; i++) {
    best = Math.min(best, distanceToSegment(p, polygon[i]!, polygon[(i + 1) % polygon.length]!));
  }
  return best;
}

export { isPointInPolygon };
