import type { Bounds, Stand } from "../model";

/** How far beyond a stand's box its outline's paint reaches, in screen pixels (3 px stroke, antialiasing). */
export const OUTLINE_REACH_PX = 6;

/**
 * The plan rectangle to repaint when these stands' outlines change: their circumscribed squares
 * (any rotation fits) grown by OUTLINE_REACH_PX at this zoom, or null for no stand.
 */
export function outlineArea(stands: readonly Stand[], scale: number): Bounds | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const grow = OUTLINE_REACH_PX / scale;
  for (const s of stands) {
    const r = (s.width + s.depth) / 2 + grow;
    const cx = s.x + s.width / 2;
    const cy = s.y + s.depth / 2;
    minX = Math.min(minX, cx - r);
    minY = Math.min(minY, cy - r);
    maxX = Math.max(maxX, cx + r);
    maxY = Math.max(maxY, cy + r);
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : null;
}

export function joinAreas(a: Bounds | null, b: Bounds | null): Bounds | null {
  if (!a) return b;
  if (!b) return a;
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

/**
 * The plan rectangle in whole device pixels under an axis-aligned transform (scale and offset, as
 * the stage draws the plan), rounded outwards and kept on the canvas; null when nothing is left.
 */
export function devicePixels(
  area: Bounds,
  m: { a: number; d: number; e: number; f: number },
  canvas: { width: number; height: number },
): { x: number; y: number; width: number; height: number } | null {
  const x0 = Math.max(0, Math.floor(Math.min(m.a * area.minX, m.a * area.maxX) + m.e));
  const y0 = Math.max(0, Math.floor(Math.min(m.d * area.minY, m.d * area.maxY) + m.f));
  const x1 = Math.min(canvas.width, Math.ceil(Math.max(m.a * area.minX, m.a * area.maxX) + m.e));
  const y1 = Math.min(canvas.height, Math.ceil(Math.max(m.d * area.minY, m.d * area.maxY) + m.f));
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}
