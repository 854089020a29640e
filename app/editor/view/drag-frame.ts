import type { Bounds, Stand } from "../model";
import type { Level } from "./violation-index";
import type { ViolationMark } from "./violation-marks";
import { paintMarks } from "./mark-paint";
import { paintHighlights, paintStands, type PaintStyle, type PaintTarget } from "./stand-paint";

/** A dragged stand as the drag layer paints it: its fill and its violation level, worked out by the page. */
export interface DragFrameStand {
  readonly stand: Stand;
  readonly fill: string;
  readonly level: Level | null;
}

/**
 * Everything one drawing of the drag layer needs, as plain data: the page sends it to the worker
 * that paints the drag layer (ADR 018), so nothing in it may be a function.
 */
export interface DragFrame {
  /** The canvas's size in device pixels (the stage's size × the pixel ratio). */
  readonly width: number;
  readonly height: number;
  /** Device pixels per CSS pixel. */
  readonly ratio: number;
  /** The stage transform: CSS pixels per metre, and the plan origin's place in CSS pixels. */
  readonly scale: number;
  readonly x: number;
  readonly y: number;
  /** The plan rectangle on screen (stands outside it are skipped), as PaintStyle.bounds. */
  readonly bounds: Bounds | null;
  readonly stands: readonly DragFrameStand[];
  readonly marks: readonly ViolationMark[];
  /** The width written beside each mark, worded by the page (empty for marks without one). */
  readonly labels: readonly string[];
}

/** What a canvas must offer to receive a drag frame: a 2D context of the page's or of a worker's. */
export interface FrameTarget extends PaintTarget {
  globalAlpha: number;
  clearRect(x: number, y: number, w: number, h: number): void;
}

/** The stands a drag moves let the stands under them show through: overlaps are seen, not guessed. */
export const DRAGGED_OPACITY = 0.8;

/**
 * Clears the canvas and paints the frame: the dragged stands (translucent), their violation
 * outlines, and the marks of their violations — what the Konva drag layer paints in the page
 * (stand-layers.client.ts), with the same painters.
 */
export function paintDragFrame(ctx: FrameTarget, frame: DragFrame): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, frame.width, frame.height);
  if (frame.stands.length === 0 && frame.marks.length === 0) return;
  const k = frame.ratio * frame.scale;
  ctx.setTransform(k, 0, 0, k, frame.ratio * frame.x, frame.ratio * frame.y);
  const byId = new Map(frame.stands.map((d) => [d.stand.id, d]));
  const style: PaintStyle = {
    fillOf: (stand) => byId.get(stand.id)?.fill ?? "#ffffff",
    levelOf: (id) => byId.get(id)?.level ?? null,
    scale: frame.scale,
    bounds: frame.bounds,
  };
  const stands = frame.stands.map((d) => d.stand);
  ctx.globalAlpha = DRAGGED_OPACITY;
  paintStands(ctx, stands, style);
  ctx.globalAlpha = 1;
  paintHighlights(ctx, stands, style);
  const labels = new Map<number, string>();
  frame.marks.forEach((mark, i) => {
    if (mark.type === "gap") labels.set(mark.distanceM, frame.labels[i] ?? "");
  });
  paintMarks(ctx, frame.marks, frame.scale, (metres) => labels.get(metres) ?? "");
}
