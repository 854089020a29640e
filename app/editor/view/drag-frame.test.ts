import { describe, expect, it } from "vitest";
import type { Stand } from "../model";
import { paintDragFrame, type DragFrame, type FrameTarget } from "./drag-frame";

/** A 2D context that records what the frame asks of it, with the alpha and transform of each call. */
function recorder() {
  const calls: string[] = [];
  let transform = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
  const ctx: FrameTarget = {
    globalAlpha: 1,
    fillStyle: "",
    strokeStyle: "",
    lineWidth: 1,
    font: "",
    textAlign: "start",
    textBaseline: "alphabetic",
    clearRect: (x, y, w, h) => calls.push(`clear ${x} ${y} ${w} ${h}`),
    beginPath: () => {},
    moveTo: () => {},
    lineTo: () => {},
    closePath: () => {},
    rect: (x, y, w, h) => calls.push(`rect ${x} ${y} ${w} ${h}`),
    fill: () => calls.push(`fill ${String(ctx.fillStyle)} alpha ${ctx.globalAlpha}`),
    stroke: () => calls.push(`stroke ${String(ctx.strokeStyle)} alpha ${ctx.globalAlpha}`),
    setLineDash: () => {},
    fillText: (text) => calls.push(`text ${text}`),
    save: () => {},
    restore: () => {},
    getTransform: () => transform,
    setTransform: (a, b, c, d, e, f) => {
      transform = { a, b, c, d, e, f };
      calls.push(`transform ${a} ${d} ${e} ${f}`);
    },
  };
  return { ctx, calls };
}

const stand = (id: string, x: number): Stand => ({
  id,
  hallId: "h",
  x,
  y: 0,
  width: 3,
  depth: 3,
  rotation: 0,
  covered: false,
  powerBoxId: null,
  exhibitorId: null,
  status: "available",
});

const frame = (extra: Partial<DragFrame> = {}): DragFrame => ({
  width: 1600,
  height: 1000,
  ratio: 2,
  scale: 5,
  x: 100,
  y: 50,
  bounds: null,
  stands: [{ stand: stand("N1", 4), fill: "#e3f1e6", level: "error" }],
  marks: [{ type: "gap", key: "aisle.too-narrow:N1|C07", a: [7, 1], b: [8, 1], distanceM: 1 }],
  labels: ["1,00 m"],
  ...extra,
});

describe("paintDragFrame", () => {
  it("clears the whole canvas, then paints the dragged stands, their outlines and marks through the stage transform", () => {
    const r = recorder();
    paintDragFrame(r.ctx, frame());
    expect(r.calls[0]).toBe("transform 1 1 0 0");
    expect(r.calls[1]).toBe("clear 0 0 1600 1000");
    // 2 device px per CSS px, 5 CSS px per metre, plan origin at (100, 50) CSS px.
    expect(r.calls[2]).toBe("transform 10 10 200 100");
    // The stand lets what is under it show through; its red outline and the gap do not.
    expect(r.calls).toContain("fill #e3f1e6 alpha 0.8");
    expect(r.calls).toContain("stroke #c8102e alpha 1");
    expect(r.calls).toContain("text 1,00 m");
    expect(r.calls.filter((c) => c.startsWith("rect 4 0 3 3")).length).toBe(3); // fill, outline, highlight
  });

  it("only clears when nothing is dragged (the drop, or a gesture that moves no stand)", () => {
    const r = recorder();
    paintDragFrame(r.ctx, frame({ stands: [], marks: [], labels: [] }));
    expect(r.calls).toEqual(["transform 1 1 0 0", "clear 0 0 1600 1000"]);
  });

  it("skips the stands off screen", () => {
    const r = recorder();
    const far = { stand: stand("N2", 500), fill: "#e3f1e6", level: null };
    paintDragFrame(
      r.ctx,
      frame({ stands: [far], marks: [], labels: [], bounds: { minX: 0, minY: 0, maxX: 100, maxY: 100 } }),
    );
    expect(r.calls.some((c) => c.startsWith("rect"))).toBe(false);
  });
});
