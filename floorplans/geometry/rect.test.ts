import { describe, expect, it } from "vitest";
import { isQuarterTurn, normalizeRotation, rectCorners } from "./rect";

describe("rectCorners", () => {
  it.each([
    // rotation, expected corners (top-left, top-right, bottom-right, bottom-left of the unrotated stand)
    [0, [[2, 2], [6, 2], [6, 5], [2, 5]]],
    // Clockwise on screen (y down): the top-left corner swings to the top-right.
    [90, [[5.5, 1.5], [5.5, 5.5], [2.5, 5.5], [2.5, 1.5]]],
    [180, [[6, 5], [2, 5], [2, 2], [6, 2]]],
    [-90, [[2.5, 5.5], [2.5, 1.5], [5.5, 1.5], [5.5, 5.5]]],
  ])("turns a 4 × 3 stand at (2, 2) by %s°", (rotation, expected) => {
    const corners = rectCorners({ x: 2, y: 2, width: 4, depth: 3, rotation });
    corners.forEach((c, i) => {
      expect(c[0]).toBeCloseTo(expected[i]![0]!, 12);
      expect(c[1]).toBeCloseTo(expected[i]![1]!, 12);
    });
  });

  it("keeps quarter turns exactly axis-aligned (no 6e-17 from Math.cos)", () => {
    const [a, b] = rectCorners({ x: 0.1, y: 0.2, width: 3, depth: 3, rotation: 90 });
    expect(a![0]).toBe(b![0]);
  });

  it("turns by 45° about the centre", () => {
    const corners = rectCorners({ x: 0, y: 0, width: 2, depth: 2, rotation: 45 });
    const r = Math.SQRT2;
    const expected = [[1, 1 - r], [1 + r, 1], [1, 1 + r], [1 - r, 1]];
    corners.forEach((c, i) => {
      expect(c[0]).toBeCloseTo(expected[i]![0]!, 12);
      expect(c[1]).toBeCloseTo(expected[i]![1]!, 12);
    });
  });

  it.each([
    [0, 0, true],
    [450, 90, true],
    [-30, 330, false],
    [720.5, 0.5, false],
  ])("normalises %s° to %s°", (rotation, normal, quarter) => {
    expect(normalizeRotation(rotation)).toBeCloseTo(normal, 12);
    expect(isQuarterTurn(rotation)).toBe(quarter);
  });
});
