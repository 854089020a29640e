import { boundsOfPoints, entityBounds, unionBounds } from "./geometry";
import type { Bounds, EditorDoc, Plan } from "./types";

/**
 * What the canvas shows: `scale` pixels per metre, and (x, y) the screen position of the plan's
 * origin, as Konva's stage scale and position. Width and height are the viewport in pixels.
 */
export interface ViewState {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
  readonly width: number;
  readonly height: number;
}

/** From a whole venue (a few px per metre) to a power box's label (several hundred). */
export const MIN_SCALE = 0.5;
export const MAX_SCALE = 400;
/** Margin (px) left around what is fitted. */
export const FIT_PADDING_PX = 32;
/** Fitting a single point (a power box) zooms as if on a 4 m square, not infinitely. */
const MIN_FIT_SPAN_M = 4;

export function createViewState(width = 800, height = 600): ViewState {
  return { x: 0, y: 0, scale: 10, width, height };
}

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export function zoomToBounds(view: ViewState, bounds: Bounds, padding = FIT_PADDING_PX): ViewState {
  const spanX = Math.max(bounds.maxX - bounds.minX, MIN_FIT_SPAN_M);
  const spanY = Math.max(bounds.maxY - bounds.minY, MIN_FIT_SPAN_M);
  const usableW = Math.max(view.width - 2 * padding, 1);
  const usableH = Math.max(view.height - 2 * padding, 1);
  const scale = clampScale(Math.min(usableW / spanX, usableH / spanY));
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cy = (bounds.minY + bounds.maxY) / 2;
  return { ...view, scale, x: view.width / 2 - cx * scale, y: view.height / 2 - cy * scale };
}

/** Everything drawn: the halls' outlines, which contain the rest (anything outside is shown too). */
export function planBounds(plan: Plan): Bounds | null {
  const hallBounds = plan.halls.filter((h) => h.outline.length > 0).map((h) => boundsOfPoints(h.outline));
  const stands = plan.stands.map((s) => entityBounds(plan, { kind: "stand", id: s.id })!);
  return unionBounds([...hallBounds, ...stands]);
}

export function zoomToFit(view: ViewState, doc: EditorDoc): ViewState {
  const bounds = planBounds(doc.plan);
  return bounds ? zoomToBounds(view, bounds) : view;
}

export function zoomToSelection(view: ViewState, doc: EditorDoc): ViewState {
  const bounds = unionBounds(doc.selection.flatMap((ref) => entityBounds(doc.plan, ref) ?? []));
  return bounds ? zoomToBounds(view, bounds) : view;
}

/** Zooms by `factor` keeping the plan point under the screen point (sx, sy) still (wheel zoom). */
export function zoomAt(view: ViewState, factor: number, sx: number, sy: number): ViewState {
  const scale = clampScale(view.scale * factor);
  const wx = (sx - view.x) / view.scale;
  const wy = (sy - view.y) / view.scale;
  return { ...view, scale, x: sx - wx * scale, y: sy - wy * scale };
}

export function screenToPlan(view: ViewState, sx: number, sy: number): [number, number] {
  return [(sx - view.x) / view.scale, (sy - view.y) / view.scale];
}

export function planToScreen(view: ViewState, px: number, py: number): [number, number] {
  return [view.x + px * view.scale, view.y + py * view.scale];
}
