import type { Stand } from "../model";
import { standCorners } from "../model/geometry";
import type { ViolationMark } from "./violation-marks";

/**
 * Screen pixels kept around what a drag layer paints: outline widths, the 16 px ring of a box and
 * the width written beside a gap (about 80 px of text to the right of its middle).
 */
export const DRAG_MARGIN_PX = 96;
/**
 * The canvas' size is rounded up to this step: a stand moving by fractions of a pixel keeps the
 * same canvas (a new size reallocates the bitmap), only its place changes.
 */
export const DRAG_SIZE_STEP_PX = 64;
/**
 * Room left on each side beyond the margin when the canvas is placed: the stands can move this far
 * before it must be placed again. Moving the canvas is a style change and a compositor update;
 * a drag of a few pixels per frame keeps the same place for many frames (docs/decisions/013).
 */
export const DRAG_SLACK_PX = 32;

/** A rectangle of the stage, in whole CSS pixels. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How plan metres land on the stage: `screen = metres × scale + offset`. */
export interface StageTransform {
  x: number;
  y: number;
  scale: number;
}

/**
 * The part of the stage a drag layer needs: the moving stands and the marks of their violations,
 * with a margin, on the stage. `null` when nothing of it is on the stage. The drag layer's
 * canvas is sized to it, so that a drag frame clears, paints and hands the compositor a few
 * thousand pixels instead of the whole stage (the CPU rasteriser pays per pixel).
 */
export function dragRect(
  stands: readonly Stand[],
  marks: readonly ViolationMark[],
  t: StageTransform,
  stage: { width: number; height: number },
  previous: PixelRect | null = null,
): PixelRect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (x: number, y: number) => {
    const sx = x * t.scale + t.x;
    const sy = y * t.scale + t.y;
    if (sx < minX) minX = sx;
    if (sx > maxX) maxX = sx;
    if (sy < minY) minY = sy;
    if (sy > maxY) maxY = sy;
  };
  for (const s of stands) for (const [x, y] of standCorners(s)) add(x, y);
  for (const m of marks) {
    if (m.type === "box") add(m.at[0], m.at[1]);
    else {
      add(m.a[0], m.a[1]);
      add(m.b[0], m.b[1]);
    }
  }
  if (minX > maxX || maxX < 0 || maxY < 0 || minX > stage.width || minY > stage.height) return null;
  const [x, width] = span(minX, maxX, stage.width);
  const [y, height] = span(minY, maxY, stage.height);
  // The previous place is kept while it still holds the extent with its margins and is no larger
  // than a fresh fit (a drag that shrinks does not keep a big canvas).
  if (
    previous &&
    previous.width <= width &&
    previous.height <= height &&
    previous.x + previous.width <= Math.ceil(stage.width) &&
    previous.y + previous.height <= Math.ceil(stage.height) &&
    holds(previous.x, previous.width, minX, maxX, stage.width) &&
    holds(previous.y, previous.height, minY, maxY, stage.height)
  )
    return previous;
  return { x, y, width, height };
}

/** Whether [start, start + size] covers [min − margin, max + margin], as far as the stage goes. */
function holds(start: number, size: number, min: number, max: number, stageSize: number): boolean {
  return (
    start <= Math.max(0, min - DRAG_MARGIN_PX) &&
    start + size >= Math.min(Math.ceil(stageSize), max + DRAG_MARGIN_PX)
  );
}

/** Start and length along one axis: the extent plus margins, in whole steps, kept on the stage. */
function span(min: number, max: number, stageSize: number): [number, number] {
  const wanted =
    Math.ceil((max - min + 2 * (DRAG_MARGIN_PX + DRAG_SLACK_PX) + 2) / DRAG_SIZE_STEP_PX) * DRAG_SIZE_STEP_PX;
  const size = Math.min(wanted, Math.max(1, Math.ceil(stageSize)));
  // Centred on the extent, then slid back inside the stage rather than cut.
  const start = Math.floor((min + max) / 2 - size / 2);
  return [Math.max(0, Math.min(start, Math.ceil(stageSize) - size)), size];
}
