import { describe, expect, it } from "vitest";
import type { XY } from "./constants";
import { rectCorners } from "./rect";
import { polygonArea } from "./polygon";
import { prepareShape, segmentShapeDistance, shapeDistance, shapePenetration, shapesOverlap, shapesTouch, shapeWithin } from "./shape";

const square = (x: number, y: number, size = 1, rotation = 0) => prepareShape(rectCorners({ x, y, width: size, depth: size, rotation }));
/** An L: 4 × 4 with the top-right 2 × 2 quadrant cut away. */
const L: XY[] = [[0, 0], [2, 0], [2, 2], [4, 2], [4, 4], [0, 4]];

describe("distance, overlap and touch (ε = 1 mm)", () => {
  it.each([
    ["apart by 1 m", square(0, 0), square(2, 0), 1, false, false],
    ["apart diagonally", square(0, 0), square(2, 2), Math.SQRT2, false, false],
    ["sharing an edge", square(0, 0), square(1, 0), 0, false, true],
    ["0.5 mm apart: touching", square(0, 0), square(1.0005, 0), 0.0005, false, true],
    ["2 mm apart", square(0, 0), square(1.002, 0), 0.002, false, false],
    ["penetrating 0.5 mm: still touching", square(0, 0), square(0.9995, 0), 0, false, true],
    ["penetrating 2 mm: overlapping", square(0, 0), square(0.998, 0), 0, true, false],
    ["one inside the other", square(0, 0, 4), square(1, 1), 0, true, false],
  ])("%s", (_, a, b, distance, overlap, touch) => {
    expect(shapeDistance(a, b)).toBeCloseTo(distance, 9);
    expect(shapesOverlap(a, b)).toBe(overlap);
    expect(shapesTouch(a, b)).toBe(touch);
  });

  it("measures the penetration depth as the shortest push apart", () => {
    expect(shapePenetration(square(0, 0, 2), square(1.7, 0.5, 2))).toBeCloseTo(0.3, 12);
  });

  it("does not report shapes whose bounding boxes meet but that do not touch", () => {
    // Two 2 m squares turned by 45° (centres (1, 1) and (3.4, 3.4)): their boxes overlap by
    // 0.43 m, their facing sides (x + y = 2 + √2 and x + y = 6.8 − √2) are 1.39 m apart.
    const a = square(0, 0, 2, 45);
    const b = square(2.4, 2.4, 2, 45);
    expect(a.maxX).toBeGreaterThan(b.minX);
    expect(a.maxY).toBeGreaterThan(b.minY);
    expect(shapeDistance(a, b)).toBeCloseTo(4.8 / Math.SQRT2 - 2, 9);
    expect(shapesOverlap(a, b)).toBe(false);
    expect(shapesTouch(a, b)).toBe(false);
  });

  it("measures a rotated square against an axis-aligned one", () => {
    // A 45° square of side √2 centred at (4, 1) has a corner at x = 3; the other square ends at x = 2.
    const diamond = prepareShape([[4, 0], [5, 1], [4, 2], [3, 1]]);
    expect(shapeDistance(square(0, 0, 2), diamond)).toBeCloseTo(1, 12);
    expect(shapesOverlap(square(1.5, 0, 2), diamond)).toBe(true);
  });

  it.each([
    ["in the cut-away quadrant", square(2.5, 0.5), 0.5, false],
    ["across the inner corner", square(1.5, 1.5), 0, true],
    ["in the arm", square(0.5, 2.5), 0, true],
    ["beside the outer edge", square(-1.5, 1), 0.5, false],
  ])("measures a non-convex L against a square %s", (_, sq, distance, overlap) => {
    const l = prepareShape(L);
    expect(l.pieces.length).toBeGreaterThan(1);
    expect(shapeDistance(l, sq)).toBeCloseTo(distance, 12);
    expect(shapesOverlap(l, sq)).toBe(overlap);
  });

  it.each([
    ["a segment crossing the L", [1, -1], [1, 5], 0],
    ["a segment in the notch", [3, 0.5], [3.5, 0.5], 1],
    ["a segment beside the notch's inner edge", [2.5, 0], [2.5, 1.5], 0.5],
  ] as const)("measures %s", (_, a, b, distance) => {
    expect(segmentShapeDistance(a, b, prepareShape(L))).toBeCloseTo(distance, 12);
  });
});

describe("containment and area", () => {
  it.each([
    ["well inside", square(0.5, 2.5), true],
    ["on the outline", square(0, 3), true],
    ["0.5 mm out", square(-0.0005, 3), true],
    ["2 mm out", square(-0.002, 3), false],
    ["over the notch, every corner inside", prepareShape([[1, 1.5], [3.5, 1.5], [3.5, 3.5], [1, 3.5]]), false],
  ])("a square %s the L", (_, inner, within) => {
    expect(shapeWithin(inner, prepareShape(L))).toBe(within);
  });

  it.each([
    ["a rectangle", [[0, 0], [4, 0], [4, 3], [0, 3]] as XY[], 12],
    ["the same, counter-clockwise", [[0, 0], [0, 3], [4, 3], [4, 0]] as XY[], 12],
    ["an L", L, 12],
    ["a triangle", [[0, 0], [4, 0], [0, 3]] as XY[], 6],
  ])("area of %s", (_, points, area) => {
    expect(polygonArea(points)).toBeCloseTo(area, 12);
    expect(prepareShape(points).pieces.reduce((sum, p) => sum + polygonArea(Array.from({ length: p.n }, (_, i) => [p.xy[2 * i]!, p.xy[2 * i + 1]!] as XY)), 0)).toBeCloseTo(area, 9);
  });
});
