import type { PaintTarget } from "./stand-paint";
import type { ViolationMark } from "./violation-marks";

const DANGER = "#c8102e";

/**
 * The places of violations, painted in one pass like the stands: the too-narrow aisles as a red
 * segment between the two outlines with its width, competitor pairs as a dashed line, overloaded
 * boxes as a ring. `label` words a width in metres in the UI's language.
 */
export function paintMarks(
  ctx: PaintTarget,
  marks: readonly ViolationMark[],
  scale: number,
  label: (m: number) => string,
): void {
  if (marks.length === 0) return;
  const line = (type: ViolationMark["type"], px: number, dash: number[]) => {
    if (!marks.some((mark) => mark.type === type)) return;
    ctx.beginPath();
    for (const mark of marks) {
      if (mark.type !== type) continue;
      if (mark.type === "box") {
        const r = 16 / scale;
        ctx.moveTo(mark.at[0] + r, mark.at[1]);
        for (let k = 1; k <= 24; k++) {
          const a = (k / 24) * 2 * Math.PI;
          ctx.lineTo(mark.at[0] + r * Math.cos(a), mark.at[1] + r * Math.sin(a));
        }
      } else {
        ctx.moveTo(mark.a[0], mark.a[1]);
        ctx.lineTo(mark.b[0], mark.b[1]);
      }
    }
    ctx.strokeStyle = DANGER;
    ctx.lineWidth = px / scale;
    ctx.setLineDash(dash.map((d) => d / scale));
    ctx.stroke();
    ctx.setLineDash([]);
  };
  line("gap", 3, []);
  line("pair", 2, [6, 4]);
  line("box", 3, []);
  const m = ctx.getTransform();
  const ratio = Math.hypot(m.a, m.b) / scale;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = DANGER;
  ctx.font = `700 ${Math.round(12 * ratio)}px system-ui, sans-serif`;
  ctx.textAlign = "left";
  ctx.textBaseline = "bottom";
  for (const mark of marks) {
    if (mark.type !== "gap") continue;
    const x = (mark.a[0] + mark.b[0]) / 2;
    const y = (mark.a[1] + mark.b[1]) / 2;
    ctx.fillText(
      label(mark.distanceM),
      m.a * x + m.c * y + m.e + 4 * ratio,
      m.b * x + m.d * y + m.f - 2 * ratio,
    );
  }
  ctx.restore();
}

/** A caption at a plan point, in screen pixels: hall and zone names keep their size at any zoom. */
export interface Caption {
  readonly text: string;
  readonly at: readonly [number, number];
  readonly px: number;
  readonly colour: string;
  readonly bold: boolean;
  /** Drawn above the point (a name over an outline) rather than below it. */
  readonly above: boolean;
}

export function paintCaptions(ctx: PaintTarget, captions: readonly Caption[], scale: number): void {
  const m = ctx.getTransform();
  // Device pixels per CSS pixel: the canvas transform is the stage scale times Konva's pixel ratio.
  const ratio = Math.hypot(m.a, m.b) / scale;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.textAlign = "left";
  for (const c of captions) {
    ctx.font = `${c.bold ? 700 : 600} ${Math.round(c.px * ratio)}px system-ui, sans-serif`;
    ctx.fillStyle = c.colour;
    ctx.textBaseline = c.above ? "bottom" : "top";
    const [x, y] = c.at;
    ctx.fillText(c.text, m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f + (c.above ? -3 : 3) * ratio);
  }
  ctx.restore();
}
