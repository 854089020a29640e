import { describe, expect, it } from "vitest";
import { standAt } from "../model/test-fixtures";
import { paintDragFrame, type DragFrame } from "./drag-frame";
import { paintRecorder } from "./paint-recorder.test-support";

const frame = (extra: Partial<DragFrame> = {}): DragFrame => ({
  width: 1600,
  height: 1000,
  ratio: 2,
  scale: 5,
  x: 100,
  y: 50,
  bounds: null,
  stands: [{ stand: standAt("N1", 4, 0, { status: "available" }), fill: "#e3f1e6", level: "error" }],
  marks: [{ type: "gap", key: "aisle.too-narrow:N1|C07", a: [7, 1], b: [8, 1], distanceM: 1 }],
  labels: ["1,00 m"],
  ...extra,
});

describe("paintDragFrame", () => {
  it("clears the whole canvas, then paints the dragged stands, their outlines and marks through the stage transform", () => {
    const r = paintRecorder();
    paintDragFrame(r.ctx, frame());
    expect(r.calls.slice(0, 3)).toEqual([
      "transform 1 1 0 0",
      "clear 0 0 1600 1000",
      // 2 device px per CSS px, 5 CSS px per metre, plan origin at (100, 50) CSS px.
      "transform 10 10 200 100",
    ]);
    // The stand lets what is under it show through; its red outline and the gap do not.
    expect(r.alphaOf("fill #e3f1e6")).toBe(0.8);
    expect(r.alphaOf(`stroke #c8102e ${3 / 5}`)).toBe(1);
    expect(r.texts.map((t) => t.text)).toContain("1,00 m");
    // Traced for its fill, its outline and its red highlight.
    expect(r.rects.filter((rect) => rect === "4 0 3 3")).toHaveLength(3);
  });

  it("only clears when nothing is dragged (the drop, or a gesture that moves no stand)", () => {
    const r = paintRecorder();
    paintDragFrame(r.ctx, frame({ stands: [], marks: [], labels: [] }));
    expect(r.calls).toEqual(["transform 1 1 0 0", "clear 0 0 1600 1000"]);
  });

  it("skips the stands off screen", () => {
    const r = paintRecorder();
    const far = { stand: standAt("N2", 500, 0), fill: "#e3f1e6", level: null };
    const bounds = { minX: 0, minY: 0, maxX: 100, maxY: 100 };
    paintDragFrame(r.ctx, frame({ stands: [far], marks: [], labels: [], bounds }));
    expect(r.rects).toEqual([]);
  });
});
