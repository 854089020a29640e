import { describe, expect, it } from "vitest";
import type { Stand } from "../model";
import { DRAG_MARGIN_PX, DRAG_SIZE_STEP_PX, DRAG_SLACK_PX, dragRect } from "./drag-canvas";

const stand = (x: number, y: number, rotation = 0): Stand => ({
  id: `S${x}-${y}`,
  hallId: "h",
  x,
  y,
  width: 4,
  depth: 2,
  rotation,
  covered: false,
  powerBoxId: null,
  exhibitorId: null,
  status: "available",
});

const STAGE = { width: 1280, height: 800 };
const M = DRAG_MARGIN_PX;

/** The rectangle's sides hold the extent with at least the margin, on the stage. */
function expectAround(
  rect: { x: number; y: number; width: number; height: number } | null,
  [minX, minY, maxX, maxY]: [number, number, number, number],
) {
  expect(rect).not.toBeNull();
  const r = rect!;
  expect(r.x).toBeLessThanOrEqual(Math.max(0, minX - M));
  expect(r.y).toBeLessThanOrEqual(Math.max(0, minY - M));
  expect(r.x + r.width).toBeGreaterThanOrEqual(Math.min(STAGE.width, maxX + M));
  expect(r.y + r.height).toBeGreaterThanOrEqual(Math.min(STAGE.height, maxY + M));
  expect(r.x).toBeGreaterThanOrEqual(0);
  expect(r.y).toBeGreaterThanOrEqual(0);
  expect(r.x + r.width).toBeLessThanOrEqual(STAGE.width);
  expect(r.y + r.height).toBeLessThanOrEqual(STAGE.height);
  expect(r.width % DRAG_SIZE_STEP_PX).toBe(0);
  expect(r.height % DRAG_SIZE_STEP_PX).toBe(0);
}

describe("dragRect", () => {
  it("covers the dragged stand with the margin, in stage pixels", () => {
    // 10 px per metre, plan origin at (100, 50) on the stage: the stand spans 300–340 × 250–270 px.
    const rect = dragRect([stand(20, 20)], [], { x: 100, y: 50, scale: 10 }, STAGE);
    expectAround(rect, [300, 250, 340, 270]);
    // A fraction of a pixel further, the same size: the canvas is not reallocated per move.
    const moved = dragRect([stand(20.03, 20.07)], [], { x: 100, y: 50, scale: 10 }, STAGE);
    expect([moved!.width, moved!.height]).toEqual([rect!.width, rect!.height]);
  });

  it("reaches the far end of a violation mark and the corners of a rotated stand", () => {
    const rect = dragRect(
      [stand(20, 20, 90)],
      [{ type: "pair", key: "pair:a|b", a: [22, 21], b: [60, 40] }],
      { x: 0, y: 0, scale: 10 },
      STAGE,
    );
    // Turned a quarter about its centre (22, 21), the 4 × 2 m stand spans 21–23 × 19–23 m.
    expectAround(rect, [210, 190, 600, 400]);
  });

  it("stays on the stage, and is null when the stands are off it", () => {
    expectAround(dragRect([stand(0, 0)], [], { x: 0, y: 0, scale: 10 }, STAGE), [0, 0, 40, 20]);
    expectAround(dragRect([stand(126, 78)], [], { x: 0, y: 0, scale: 10 }, STAGE), [1260, 780, 1300, 800]);
    expect(dragRect([stand(-100, -100)], [], { x: 0, y: 0, scale: 10 }, STAGE)).toBeNull();
    expect(dragRect([], [], { x: 0, y: 0, scale: 10 }, STAGE)).toBeNull();
  });

  describe("with the previous rectangle", () => {
    const T = { x: 100, y: 50, scale: 10 };

    it("keeps it while the stand moves within the slack, then places it again", () => {
      const first = dragRect([stand(20, 20)], [], T, STAGE)!;
      // Up to the slack (in pixels: metres × 10) in any direction, the canvas stays where it is.
      for (const [dx, dy] of [
        [0.5, 0],
        [-3, 0],
        [0, 3],
        [3, -3],
      ] as const) {
        const next = dragRect([stand(20 + dx, 20 + dy)], [], T, STAGE, first);
        expect(next).toBe(first);
      }
      // Past the room left on the right (the slack, or more after rounding up to whole steps), a
      // new place that holds the stand with its margin.
      const room = first.x + first.width - (340 + M);
      expect(room).toBeGreaterThanOrEqual(DRAG_SLACK_PX);
      const far = (room + 5) / 10;
      const moved = dragRect([stand(20 + far, 20)], [], T, STAGE, first);
      expect(moved).not.toBe(first);
      expectAround(moved, [300 + far * 10, 250, 340 + far * 10, 270]);
    });

    it("does not keep a rectangle larger than a fresh fit", () => {
      const wide = dragRect([stand(20, 20), stand(40, 20)], [], T, STAGE)!;
      const alone = dragRect([stand(20, 20)], [], T, STAGE, wide)!;
      expect(alone.width).toBeLessThan(wide.width);
      expectAround(alone, [300, 250, 340, 270]);
    });

    it("does not keep one the stage no longer holds", () => {
      const first = dragRect([stand(20, 20)], [], T, STAGE)!;
      const small = { width: first.x + first.width - 10, height: STAGE.height };
      const next = dragRect([stand(20, 20)], [], T, small, first)!;
      expect(next.x + next.width).toBeLessThanOrEqual(small.width);
    });
  });
});
