import { describe, expect, it } from "vitest";
import type { Stand } from "../model";
import { paintRecorder } from "./paint-recorder.test-support";
import { LABEL_MIN_SCALE, paintHighlights, paintStands, type PaintStyle } from "./stand-paint";

/** The stage transform: 2 device px per CSS px, 10 px per metre, offset (100, 50). */
const recorder = () => paintRecorder({ a: 20, b: 0, c: 0, d: 20, e: 200, f: 100 });

const grid = (n: number): Stand[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `S${i}`,
    hallId: "h",
    x: (i % 100) * 3,
    y: Math.floor(i / 100) * 3,
    width: 3,
    depth: 3,
    rotation: i % 7 === 0 ? 45 : 0,
    covered: false,
    powerBoxId: null,
    exhibitorId: null,
    status: i % 3 === 0 ? "assigned" : "available",
  }));

const style = (extra: Partial<PaintStyle> = {}): PaintStyle => ({
  fillOf: (s) => (s.status === "assigned" ? "blue" : "green"),
  levelOf: (id) => (id === "S5" ? "error" : id === "S6" ? "warning" : null),
  scale: 5,
  bounds: null,
  ...extra,
});

describe("paintStands", () => {
  it("paints 5,000 stands with one fill per colour and one stroke for all outlines", () => {
    const r = recorder();
    paintStands(r.ctx, grid(5000), style());
    expect(r.calls.filter((c) => c.startsWith("fill"))).toEqual(["fill blue", "fill green"]);
    expect(r.calls.filter((c) => c.startsWith("stroke"))).toEqual([`stroke #5b6472 ${1 / 5}`]);
    // Every stand is traced once for its fill and once for its outline.
    expect(r.paths()).toBe(10_000);
  });

  it("outlines only the stands with a violation, by level, at a fixed width on screen", () => {
    const r = recorder();
    paintHighlights(r.ctx, grid(5000), style());
    expect(r.calls.filter((c) => c.startsWith("stroke"))).toEqual([
      `stroke #b86e00 ${2.5 / 5}`,
      `stroke #c8102e ${3 / 5}`,
    ]);
    expect(r.paths()).toBe(2);
  });

  it("repaints a stand outside the area when its outline's stroke reaches into it (ADR 015)", () => {
    // At 1 px per metre (a 5,000-stand venue fitted to the window) the 3 px red stroke and its
    // antialiasing reach 2.5 m beyond the box: more than the 1.5 m by which the circumscribed
    // square of a 3 × 3 stand exceeds it. S5 spans x 15–18 m; its stroke reaches x 12.5 m.
    const area = { minX: 0, minY: 0, maxX: 13, maxY: 3 };
    const r = recorder();
    paintHighlights(r.ctx, grid(10), style({ scale: 1, bounds: area }));
    expect(r.calls).toContain("stroke #c8102e 3");
    // Far enough away (beyond the square grown by OUTLINE_REACH_PX), it is still skipped.
    const far = recorder();
    paintHighlights(far.ctx, grid(10), style({ scale: 1, bounds: { ...area, maxX: 7 } }));
    expect(far.calls.filter((c) => c.startsWith("stroke"))).toEqual([]);
  });

  it("skips stands off screen", () => {
    const r = recorder();
    paintStands(r.ctx, grid(5000), style({ bounds: { minX: 0, minY: 0, maxX: 10, maxY: 10 } }));
    expect(r.paths()).toBeLessThan(60);
  });

  it("writes codes only when they can be read, centred in device pixels", () => {
    const far = recorder();
    paintStands(far.ctx, grid(4), style({ scale: LABEL_MIN_SCALE - 1 }));
    expect(far.texts).toEqual([]);
    const near = recorder();
    paintStands(near.ctx, grid(2), style({ scale: 10 }));
    expect(near.texts).toEqual([
      { text: "S0", x: 20 * 1.5 + 200, y: 20 * 1.5 + 100 },
      { text: "S1", x: 20 * 4.5 + 200, y: 20 * 1.5 + 100 },
    ]);
  });
});

describe("paintMarks", () => {
  it("draws every gap in one stroke and writes its width next to it", async () => {
    const { paintMarks } = await import("./mark-paint");
    const r = recorder();
    paintMarks(
      r.ctx,
      [
        { type: "gap", key: "g1", a: [0, 0], b: [1, 0], distanceM: 1 },
        { type: "gap", key: "g2", a: [5, 5], b: [5, 6.2], distanceM: 1.2 },
        { type: "box", key: "b1", at: [3, 3] },
      ],
      10,
      (m) => `${m} m`,
    );
    expect(r.calls.filter((c) => c.startsWith("stroke"))).toHaveLength(2);
    expect(r.texts.map((t) => t.text)).toEqual(["1 m", "1.2 m"]);
  });
});

describe("paintCaptions", () => {
  it("writes names at their plan point, in screen pixels whatever the zoom", async () => {
    const { paintCaptions } = await import("./mark-paint");
    const r = recorder();
    paintCaptions(
      r.ctx,
      [{ text: "Hall 1", at: [1, 2], px: 14, colour: "#000", bold: true, above: true }],
      10,
    );
    // Transform: 20 device px per metre (10 px/m at ratio 2), offset (200, 100); 3 px above, doubled.
    expect(r.texts).toEqual([{ text: "Hall 1", x: 220, y: 140 - 6 }]);
    expect(r.ctx.font).toBe("700 28px system-ui, sans-serif");
  });
});
