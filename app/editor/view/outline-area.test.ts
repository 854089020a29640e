import { describe, expect, it } from "vitest";
import type { Stand } from "../model";
import { devicePixels, joinAreas, outlineArea, OUTLINE_REACH_PX } from "./outline-area";

const stand = (x: number, y: number, width = 3, depth = 2, rotation = 0): Stand => ({
  id: `S${x}-${y}`,
  hallId: "h",
  x,
  y,
  width,
  depth,
  rotation,
  covered: false,
  powerBoxId: null,
  exhibitorId: null,
  status: "available",
});

describe("outlineArea", () => {
  it("covers each stand at any rotation, grown by the outline's reach at this zoom", () => {
    const area = outlineArea([stand(10, 20), stand(30, 5, 4, 4, 45)], 10)!;
    const grow = OUTLINE_REACH_PX / 10;
    // The first stand's centre is (11.5, 21), its circumscribed half-side 2.5.
    expect(area.minX).toBeCloseTo(11.5 - 2.5 - grow);
    expect(area.maxY).toBeCloseTo(21 + 2.5 + grow);
    // The rotated square's corners lie 2√2 from its centre (32, 7): inside the 4 + grow half-side.
    expect(area.maxX).toBeCloseTo(32 + 4 + grow);
    expect(area.minY).toBeCloseTo(7 - 4 - grow);
  });

  it("is null for no stand, and joins with another area", () => {
    expect(outlineArea([], 10)).toBeNull();
    const a = { minX: 0, minY: 0, maxX: 1, maxY: 1 };
    expect(joinAreas(null, a)).toBe(a);
    expect(joinAreas(a, { minX: -1, minY: 0.5, maxX: 0.5, maxY: 3 })).toEqual({
      minX: -1,
      minY: 0,
      maxX: 1,
      maxY: 3,
    });
  });
});

describe("devicePixels", () => {
  it("maps a plan rectangle through the stage transform to whole pixels, rounded outwards", () => {
    const m = { a: 20, d: 20, e: 100.5, f: -10 };
    expect(
      devicePixels({ minX: 1.01, minY: 2.01, maxX: 2, maxY: 3 }, m, { width: 1000, height: 1000 }),
    ).toEqual({
      x: 120,
      y: 30,
      width: 21,
      height: 20,
    });
  });

  it("keeps to the canvas and is null off it", () => {
    const m = { a: 10, d: 10, e: 0, f: 0 };
    expect(devicePixels({ minX: -5, minY: -5, maxX: 5, maxY: 5 }, m, { width: 40, height: 30 })).toEqual({
      x: 0,
      y: 0,
      width: 40,
      height: 30,
    });
    expect(devicePixels({ minX: 10, minY: 10, maxX: 20, maxY: 20 }, m, { width: 40, height: 30 })).toBeNull();
  });
});
