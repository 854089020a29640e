import type { FrameTarget } from "./drag-frame";

type Matrix = { a: number; b: number; c: number; d: number; e: number; f: number };

/**
 * A 2D context for the painters' tests that records what is asked of it: `calls` (paths begun,
 * fills and strokes with their style, clears, transforms), the alpha of each call, the rectangles
 * traced, the texts written and how many shapes were traced. `transform` is the context's starting
 * transform (the stage's, for painters called without setting one).
 */
export function paintRecorder(transform: Matrix = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }) {
  const calls: string[] = [];
  const alphas: number[] = [];
  const rects: string[] = [];
  const texts: { text: string; x: number; y: number }[] = [];
  let paths = 0;
  let current = transform;
  const call = (entry: string) => {
    calls.push(entry);
    alphas.push(ctx.globalAlpha);
  };
  const ctx: FrameTarget = {
    globalAlpha: 1,
    fillStyle: "",
    strokeStyle: "",
    lineWidth: 1,
    font: "",
    textAlign: "start",
    textBaseline: "alphabetic",
    clearRect: (x, y, w, h) => call(`clear ${x} ${y} ${w} ${h}`),
    beginPath: () => call("beginPath"),
    moveTo: () => paths++,
    lineTo: () => {},
    closePath: () => {},
    rect: (x, y, w, h) => {
      paths++;
      rects.push(`${x} ${y} ${w} ${h}`);
    },
    fill: () => call(`fill ${String(ctx.fillStyle)}`),
    stroke: () => call(`stroke ${String(ctx.strokeStyle)} ${ctx.lineWidth}`),
    setLineDash: () => {},
    fillText: (text, x, y) => texts.push({ text, x, y }),
    save: () => {},
    restore: () => {},
    getTransform: () => current,
    setTransform: (a, b, c, d, e, f) => {
      current = { a, b, c, d, e, f };
      call(`transform ${a} ${d} ${e} ${f}`);
    },
  };
  /** The alpha of the first call that is exactly `entry` (undefined if there is none). */
  const alphaOf = (entry: string) => {
    const at = calls.indexOf(entry);
    return at < 0 ? undefined : alphas[at];
  };
  return { ctx, calls, rects, texts, paths: () => paths, alphaOf };
}
