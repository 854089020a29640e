import { boundsOfPoints, unionBounds } from "../model/geometry";
import { clampScale, type ViewState } from "../model";
import type { Bounds, Plan, XY } from "../model";

/**
 * Metres ↔ pixels. The stage has one uniform scale (px per metre) and an offset: a plan point p is
 * drawn at view.xy + p × scale. The model's ViewState holds both; these helpers add what the
 * canvas needs around it.
 */

/** The plan rectangle currently on screen. */
export function visiblePlanBounds(view: ViewState): Bounds {
  return {
    minX: -view.x / view.scale,
    minY: -view.y / view.scale,
    maxX: (view.width - view.x) / view.scale,
    maxY: (view.height - view.y) / view.scale,
  };
}

/** Lengths a scale bar may show: 1, 2, 5 × a power of ten, from 10 cm to 1 km. */
const NICE_STEPS = [1, 2, 5];

/** The round length (metres) whose bar is closest to `targetPx` without exceeding 1.6 × it. */
export function niceScaleBar(scale: number, targetPx = 100): { metres: number; px: number } {
  let best = { metres: 1, px: scale };
  let bestMiss = Infinity;
  for (let exp = -1; exp <= 3; exp++) {
    for (const step of NICE_STEPS) {
      const metres = step * 10 ** exp;
      const px = metres * scale;
      const miss = Math.abs(Math.log(px / targetPx));
      if (px <= targetPx * 1.6 && miss < bestMiss) {
        best = { metres: Math.round(metres * 10) / 10, px };
        bestMiss = miss;
      }
    }
  }
  return best;
}

/**
 * Zoom factor of one wheel event. A trackpad pinch arrives as a wheel event with ctrlKey and small
 * deltas, so it is made more sensitive; a mouse wheel notch (~100 px) zooms by about 15 %.
 * Lines and pages (deltaMode 1 and 2) are turned into pixels first.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number, pinch: boolean): number {
  const px = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  const sensitivity = pinch ? 0.01 : 0.0015;
  const clamped = Math.max(-300, Math.min(300, px));
  return Math.exp(-clamped * sensitivity);
}

/** Whether the zoom would actually change anything (at the limits the view stays put). */
export function canZoom(view: ViewState, factor: number): boolean {
  return clampScale(view.scale * factor) !== view.scale;
}

export function hallBounds(plan: Plan, hallIds: Iterable<string>): Bounds | null {
  const wanted = new Set(hallIds);
  return unionBounds(plan.halls.filter((h) => wanted.has(h.id)).map((h) => boundsOfPoints(h.outline)));
}

/** Halls are drawn per venue: halls of one venue share one drawing, other venues may reuse coordinates. */
export function venueOf(plan: Plan, hallId: string): string | null {
  return plan.halls.find((h) => h.id === hallId)?.venue ?? null;
}

export function hallsOfVenue(plan: Plan, hallId: string): string[] {
  const venue = venueOf(plan, hallId);
  return plan.halls.filter((h) => (h.venue ?? null) === venue).map((h) => h.id);
}

/** The nearest point of a closed polygon's outline to `p`, and the edge it lies on. */
export function nearestOnOutline(
  p: XY,
  outline: readonly XY[],
): { point: [number, number]; edge: number; distance: number } {
  let best = { point: [p[0], p[1]] as [number, number], edge: -1, distance: Infinity };
  for (let i = 0; i < outline.length; i++) {
    const a = outline[i]!;
    const b = outline[(i + 1) % outline.length]!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
    const q: [number, number] = [a[0] + t * dx, a[1] + t * dy];
    const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
    if (d < best.distance) best = { point: q, edge: i, distance: d };
  }
  return best;
}

/**
 * A door drawn near a wall, put on it: both ends projected on the wall edge nearest to where the
 * drag started, and kept within that edge. A click (ends closer than `minLength`) gives a door of
 * `minLength` centred on the click.
 */
export function doorOnWall(outline: readonly XY[], from: XY, to: XY, minLength: number): [XY, XY] | null {
  const start = nearestOnOutline(from, outline);
  if (start.edge < 0) return null;
  const a = outline[start.edge]!;
  const b = outline[(start.edge + 1) % outline.length]!;
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length < minLength) return null;
  const ux = (b[0] - a[0]) / length;
  const uy = (b[1] - a[1]) / length;
  const along = (p: XY) => Math.max(0, Math.min(length, (p[0] - a[0]) * ux + (p[1] - a[1]) * uy));
  let t0 = along(from);
  let t1 = along(to);
  if (Math.abs(t1 - t0) < minLength) {
    const mid = Math.max(minLength / 2, Math.min(length - minLength / 2, t0));
    t0 = mid - minLength / 2;
    t1 = mid + minLength / 2;
  }
  const at = (t: number): XY => [
    Math.round((a[0] + ux * t) * 1000) / 1000,
    Math.round((a[1] + uy * t) * 1000) / 1000,
  ];
  return [at(Math.min(t0, t1)), at(Math.max(t0, t1))];
}
