import { describe, expect, it } from "vitest";
import { buildTestDoc, standRefs } from "./test-fixtures";
import {
  createViewState,
  MAX_SCALE,
  planToScreen,
  screenToPlan,
  zoomAt,
  zoomToBounds,
  zoomToFit,
  zoomToSelection,
} from "./view";

describe("view state", () => {
  it("zoom to fit shows every hall, centred, inside the padding", () => {
    // Halls span x 0..50, y 0..20; viewport 1032 × 632 with 32 px padding leaves 968 × 568.
    const view = zoomToFit(createViewState(1032, 632), buildTestDoc());
    expect(view.scale).toBeCloseTo(968 / 50, 9);
    const [left, top] = planToScreen(view, 0, 0);
    const [right, bottom] = planToScreen(view, 50, 20);
    expect(left).toBeCloseTo(32, 9);
    expect(right).toBeCloseTo(1000, 9);
    expect((top + bottom) / 2).toBeCloseTo(316, 9);
  });

  it("zoom to selection centres the selected stands", () => {
    const view = zoomToSelection(createViewState(800, 600), buildTestDoc(standRefs("A01", "A02")));
    // A01 + A02: x 2..8, y 2..5 → width 6 m limits: (800 − 64) / 6.
    expect(view.scale).toBeCloseTo(736 / 6, 9);
    const [cx, cy] = planToScreen(view, 5, 3.5);
    expect(cx).toBeCloseTo(400, 9);
    expect(cy).toBeCloseTo(300, 9);
  });

  it("zoom to selection without a selection keeps the view", () => {
    const view = createViewState();
    expect(zoomToSelection(view, buildTestDoc())).toBe(view);
  });

  it("clamps the scale for a single point", () => {
    const view = zoomToBounds(createViewState(800, 600), { minX: 1, minY: 1, maxX: 1, maxY: 1 });
    expect(view.scale).toBeLessThanOrEqual(MAX_SCALE);
    expect(view.scale).toBeCloseTo(536 / 4, 9);
  });

  it("zooms about the pointer: the plan point under it stays put", () => {
    const view = { ...createViewState(800, 600), x: 30, y: -20, scale: 12 };
    const before = screenToPlan(view, 250, 140);
    const zoomed = zoomAt(view, 1.5, 250, 140);
    expect(zoomed.scale).toBe(18);
    const after = screenToPlan(zoomed, 250, 140);
    expect(after[0]).toBeCloseTo(before[0], 9);
    expect(after[1]).toBeCloseTo(before[1], 9);
  });
});
