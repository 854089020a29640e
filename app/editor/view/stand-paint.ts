import type { Bounds, Stand } from "../model";
import { cosSin, normalizeDegrees } from "../model/geometry";
import { OUTLINE_REACH_PX } from "./outline-area";
import type { Level } from "./violation-index";

/** Below this zoom (px per metre) a 3 m stand is under 27 px: codes would be unreadable noise. */
export const LABEL_MIN_SCALE = 9;

const OUTLINE = "#5b6472";
const WARNING = "#b86e00";
const ERROR = "#c8102e";
const LABEL = "#1b2230";

/** The part of CanvasRenderingContext2D the painter uses (a recording fake in the tests). */
export interface PaintTarget {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  rect(x: number, y: number, w: number, h: number): void;
  fill(): void;
  stroke(): void;
  setLineDash(segments: number[]): void;
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  save(): void;
  restore(): void;
  getTransform(): { a: number; b: number; c: number; d: number; e: number; f: number };
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
}

export interface PaintStyle {
  fillOf(stand: Stand): string;
  levelOf(id: string): Level | null;
  /** Pixels per metre (outlines are a constant width on screen). */
  readonly scale: number;
  /** The plan rectangle on screen: stands outside it are skipped. */
  readonly bounds: Bounds | null;
}

function addOutline(ctx: PaintTarget, s: Stand): void {
  if (s.rotation === 0) {
    ctx.rect(s.x, s.y, s.width, s.depth);
    return;
  }
  const [cos, sin] = cosSin(s.rotation);
  const cx = s.x + s.width / 2;
  const cy = s.y + s.depth / 2;
  const hw = s.width / 2;
  const hd = s.depth / 2;
  const corner = (u: number, v: number): [number, number] => [cx + u * cos - v * sin, cy + u * sin + v * cos];
  const points = [corner(-hw, -hd), corner(hw, -hd), corner(hw, hd), corner(-hw, hd)];
  ctx.moveTo(points[0]![0], points[0]![1]);
  for (let i = 1; i < 4; i++) ctx.lineTo(points[i]![0], points[i]![1]);
  ctx.closePath();
}

/** The stand's extent along the screen's x axis (at a free angle, the narrower side keeps the code inside). */
function labelWidth(s: Stand): number {
  const r = normalizeDegrees(s.rotation);
  if (r === 0 || r === 180) return s.width;
  if (r === 90 || r === 270) return s.depth;
  return Math.min(s.width, s.depth);
}

/**
 * Whether the stand's paint can reach into `b`: its circumscribed square (cheap, covers any
 * rotation) grown by how far its outline's stroke reaches beyond the box, OUTLINE_REACH_PX on
 * screen. Without that margin a stand just outside a repainted area kept out of the repaint,
 * and the edge of its outline that lies inside the area (cleared first) was lost (ADR 015).
 */
function onScreen(s: Stand, b: Bounds | null, scale: number): boolean {
  if (!b) return true;
  const r = (s.width + s.depth) / 2 + OUTLINE_REACH_PX / scale;
  const cx = s.x + s.width / 2;
  const cy = s.y + s.depth / 2;
  return cx + r >= b.minX && cx - r <= b.maxX && cy + r >= b.minY && cy - r <= b.maxY;
}

/**
 * Paints stands the way a canvas is fastest at: one path per fill colour and one for all the
 * outlines — a handful of fill and stroke calls for thousands of stands, instead of one shape
 * (with its save/transform/restore) each. Codes are written in screen space when the zoom makes
 * them readable. Violation outlines are painted apart (paintHighlights), on a small layer.
 */
export function paintStands(ctx: PaintTarget, stands: readonly Stand[], style: PaintStyle): void {
  const shown = stands.filter((s) => onScreen(s, style.bounds, style.scale));
  const byFill = new Map<string, Stand[]>();
  for (const s of shown) {
    const fill = style.fillOf(s);
    const bucket = byFill.get(fill);
    if (bucket) bucket.push(s);
    else byFill.set(fill, [s]);
  }
  for (const [fill, bucket] of byFill) {
    ctx.beginPath();
    for (const s of bucket) addOutline(ctx, s);
    ctx.fillStyle = fill;
    ctx.fill();
  }
  strokeOutlines(ctx, shown, OUTLINE, 1, [], style.scale);
  if (style.scale >= LABEL_MIN_SCALE) paintLabels(ctx, shown, style.scale);
}

/** Red outlines on stands with an error, dashed amber on those with only warnings. */
export function paintHighlights(ctx: PaintTarget, stands: readonly Stand[], style: PaintStyle): void {
  const warnings: Stand[] = [];
  const errors: Stand[] = [];
  for (const s of stands) {
    const level = style.levelOf(s.id);
    if (level === null || !onScreen(s, style.bounds, style.scale)) continue;
    (level === "error" ? errors : warnings).push(s);
  }
  strokeOutlines(ctx, warnings, WARNING, 2.5, [5, 3], style.scale);
  strokeOutlines(ctx, errors, ERROR, 3, [], style.scale);
}

/** One path, one stroke; widths and dashes in screen pixels whatever the zoom. */
function strokeOutlines(
  ctx: PaintTarget,
  stands: readonly Stand[],
  colour: string,
  px: number,
  dash: number[],
  scale: number,
) {
  if (stands.length === 0) return;
  ctx.beginPath();
  for (const s of stands) addOutline(ctx, s);
  ctx.strokeStyle = colour;
  ctx.lineWidth = px / scale;
  ctx.setLineDash(dash.map((d) => d / scale));
  ctx.stroke();
  ctx.setLineDash([]);
}

/** Codes, centred, in device pixels (a font a fraction of a metre high scales badly on a canvas). */
function paintLabels(ctx: PaintTarget, stands: readonly Stand[], scale: number): void {
  const m = ctx.getTransform();
  const ratio = Math.hypot(m.a, m.b) / scale;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = LABEL;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  let font = "";
  for (const s of stands) {
    const sizePx = Math.round(Math.max(9, Math.min(15, Math.min(s.width, s.depth) * scale * 0.28)) * ratio);
    const next = `600 ${sizePx}px system-ui, sans-serif`;
    if (next !== font) {
      font = next;
      ctx.font = font;
    }
    const cx = s.x + s.width / 2;
    const cy = s.y + s.depth / 2;
    const maxWidth = labelWidth(s) * scale * ratio * 0.92;
    ctx.fillText(s.label ?? s.id, m.a * cx + m.c * cy + m.e, m.b * cx + m.d * cy + m.f, maxWidth);
  }
  ctx.restore();
}
