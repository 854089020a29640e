import { describe, expect, it } from "vitest";
import { planToScreen, screenToPlan, zoomAt, type ViewState } from "../model";
import {
  doorOnWall,
  hallsOfVenue,
  nearestOnOutline,
  niceScaleBar,
  visiblePlanBounds,
  wheelZoomFactor,
} from "./view-math";
import { buildTestPlan } from "../model/test-fixtures";

const view: ViewState = { x: 40, y: -20, scale: 12.5, width: 800, height: 600 };

describe("metres and pixels", () => {
  it.each([
    [0, 0],
    [12.5, 3],
    [-4, 61.25],
  ])("plan (%d, %d) goes to the screen and back", (x, y) => {
    const [sx, sy] = planToScreen(view, x, y);
    const [px, py] = screenToPlan(view, sx, sy);
    expect(px).toBeCloseTo(x, 9);
    expect(py).toBeCloseTo(y, 9);
  });

  it("one stage scale maps metres to pixels", () => {
    expect(planToScreen(view, 2, 4)).toEqual([40 + 25, -20 + 50]);
  });

  it("zooming at the cursor keeps the plan point under it", () => {
    const before = screenToPlan(view, 300, 200);
    const zoomed = zoomAt(view, wheelZoomFactor(-100, 0, false), 300, 200);
    expect(zoomed.scale).toBeGreaterThan(view.scale);
    const after = screenToPlan(zoomed, 300, 200);
    expect(after[0]).toBeCloseTo(before[0], 9);
    expect(after[1]).toBeCloseTo(before[1], 9);
  });

  it("the visible plan rectangle is the viewport read back in metres", () => {
    const b = visiblePlanBounds(view);
    expect(b.minX).toBeCloseTo(-3.2);
    expect(b.minY).toBeCloseTo(1.6);
    expect(b.maxX).toBeCloseTo(60.8);
    expect(b.maxY).toBeCloseTo(49.6);
  });
});

describe("wheelZoomFactor", () => {
  it("zooms in when scrolling up and out when scrolling down, symmetrically", () => {
    const zoomIn = wheelZoomFactor(-100, 0, false);
    expect(zoomIn).toBeGreaterThan(1);
    expect(wheelZoomFactor(100, 0, false) * zoomIn).toBeCloseTo(1, 12);
  });

  it("makes a pinch (ctrl + wheel, small deltas) as strong as a wheel notch", () => {
    expect(wheelZoomFactor(-15, 0, true)).toBeCloseTo(wheelZoomFactor(-100, 0, false), 2);
  });

  it("turns lines into pixels and caps a runaway delta", () => {
    expect(wheelZoomFactor(3, 1, false)).toBeCloseTo(wheelZoomFactor(48, 0, false), 12);
    expect(wheelZoomFactor(100_000, 0, false)).toBeCloseTo(wheelZoomFactor(300, 0, false), 12);
  });
});

describe("niceScaleBar", () => {
  it.each([
    [10, 10, 100],
    [3, 50, 150],
    [4, 20, 80],
    [60, 2, 120],
    [0.6, 200, 120],
  ])("at %d px/m shows %d m (%d px)", (scale, metres, px) => {
    expect(niceScaleBar(scale)).toEqual({ metres, px: expect.closeTo(px, 6) });
  });
});

describe("doors on walls", () => {
  const outline = [
    [0, 0],
    [20, 0],
    [20, 10],
    [0, 10],
  ] as const;

  it("finds the nearest point of the outline", () => {
    expect(nearestOnOutline([5, 1], outline)).toMatchObject({ point: [5, 0], edge: 0, distance: 1 });
  });

  it("puts a dragged door on the wall nearest to where the drag began", () => {
    expect(doorOnWall(outline, [4, 0.6], [7, 1.2], 1.4)).toEqual([
      [4, 0],
      [7, 0],
    ]);
  });

  it("gives a click a door of the minimum width, kept inside the wall", () => {
    expect(doorOnWall(outline, [19.8, 5], [19.8, 5], 1.4)).toEqual([
      [20, 4.3],
      [20, 5.7],
    ]);
    expect(doorOnWall(outline, [0.3, 0.1], [0.3, 0.1], 1.4)).toEqual([
      [0, 0],
      [1.4, 0],
    ]);
  });
});

it("draws the halls of one venue together", () => {
  const plan = buildTestPlan();
  const withVenues = {
    ...plan,
    halls: [
      { ...plan.halls[0]!, venue: "Friche" },
      { ...plan.halls[1]!, venue: "Aix" },
    ],
  };
  expect(hallsOfVenue(withVenues, "h1")).toEqual(["h1"]);
  expect(hallsOfVenue(plan, "h1")).toEqual(["h1", "h2"]);
});
