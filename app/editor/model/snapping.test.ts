import { describe, expect, it } from "vitest";
import { formatStandCode, nextFreeCodes, nextFreeId, parseStandCode } from "./codes";
import { parseGridStep, resolveSnapStep, snapAngle, snapPoint, snapValue } from "./snapping";

describe("snapping", () => {
  it.each([
    [2.26, 0.5, 2.5],
    [2.24, 0.5, 2],
    [-0.26, 0.5, -0.5],
    [7.3, 1, 7],
    [0.1 + 0.2, 0.1, 0.3],
    [2.26, null, 2.26],
    [2.26, 0, 2.26],
  ])("snaps %d to a grid of %s → %d", (value, step, expected) => {
    expect(snapValue(value, step)).toBeCloseTo(expected, 12);
  });

  it.each([
    [false, 0.5, 0.5],
    [true, 0.5, null],
    [false, 0, null],
  ])("Alt held = %s with a grid of %d gives step %s", (altKey, grid, step) => {
    expect(resolveSnapStep(grid, { altKey })).toBe(step);
  });

  it("snaps both coordinates of a point, or neither when Alt suspends it", () => {
    expect(snapPoint([3.74, 8.1], resolveSnapStep(0.5, { altKey: false }))).toEqual([3.5, 8]);
    expect(snapPoint([3.74, 8.1], resolveSnapStep(0.5, { altKey: true }))).toEqual([3.74, 8.1]);
  });

  it.each([
    [44, 90, 0],
    [46, 90, 90],
    [-100, 90, -90],
    [33, null, 33],
    [22, 15, 15],
  ])("snaps an angle of %d° to steps of %s → %d°", (deg, step, expected) => {
    expect(snapAngle(deg, step)).toBe(expected);
  });

  it.each([
    [0.5, 0.5],
    [0.25, 0.25],
    [0, null],
    [-1, null],
    [Number.NaN, null],
    [0.001, null],
  ])("accepts a grid of %d m → %s", (value, expected) => {
    expect(parseGridStep(value)).toBe(expected);
  });
});

describe("stand codes", () => {
  it.each([
    ["A01", { prefix: "A", number: 1 }],
    ["B12", { prefix: "B", number: 12 }],
    ["Hall2-C7", { prefix: "Hall2-C", number: 7 }],
    ["42", { prefix: "", number: 42 }],
    ["Scène", null],
  ])("parses %s", (code, expected) => {
    expect(parseStandCode(code)).toEqual(expected);
  });

  it("formats with at least two digits", () => {
    expect([formatStandCode("A", 3), formatStandCode("A", 12), formatStandCode("A", 123)]).toEqual([
      "A03",
      "A12",
      "A123",
    ]);
  });

  it("continues after the highest number of the row, skipping taken codes", () => {
    expect(nextFreeCodes(["A01", "A03", "B07"], "A", 2)).toEqual(["A04", "A05"]);
    expect(nextFreeCodes(["A01", "A3"], "A", 1)).toEqual(["A04"]);
    expect(nextFreeCodes([], "C", 3)).toEqual(["C01", "C02", "C03"]);
    expect(nextFreeId(["P1", "P2", "EX1"], "P")).toBe("P3");
  });
});
