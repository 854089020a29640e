import { describe, expect, it } from "vitest";
import { describeExitPlacementProblem } from "./exit-checks";
import { describePolygonProblems, findSelfIntersection, overlappingEdgePairs } from "./polygon-checks";
import type { Point } from "./schema";

/** A simple (star-shaped) polygon of n vertices: a circle whose radius wobbles. */
function wobblyCircle(n: number): Point[] {
  return Array.from({ length: n }, (_, i) => {
    const angle = (2 * Math.PI * i) / n;
    const radius = 50 + 5 * Math.sin(7 * angle);
    return [100 + radius * Math.cos(angle), 100 + radius * Math.sin(angle)];
  });
}

describe("findSelfIntersection", () => {
  it("accepts a large simple outline, testing only a few edge pairs per edge (sweep, not all pairs)", () => {
    const outline = wobblyCircle(20_000);
    expect(findSelfIntersection(outline)).toBeNull();
    // All pairs would be 2 × 10⁸ segment tests; the sweep leaves a handful per edge.
    expect([...overlappingEdgePairs(outline)].length).toBeLessThan(4 * outline.length);
  });

  it("finds a single crossing in a large outline", () => {
    // On a true circle, swapping two neighbours makes exactly their two chords cross.
    const outline: Point[] = Array.from({ length: 2_000 }, (_, i) => {
      const angle = (2 * Math.PI * i) / 2_000;
      return [50 * Math.cos(angle), 50 * Math.sin(angle)];
    });
    const swapped = outline[1_000]!;
    outline[1_000] = outline[1_001]!;
    outline[1_001] = swapped;
    expect(findSelfIntersection(outline)).toEqual([999, 1_001]);
  });

  it.each<[string, Point[], [number, number] | null]>([
    [
      "an L-shaped hall",
      [
        [0, 0],
        [10, 0],
        [10, 4],
        [4, 4],
        [4, 10],
        [0, 10],
      ],
      null,
    ],
    [
      "a vertex touching a far edge",
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [5, 0],
        [0, 10],
      ],
      [0, 2],
    ],
    [
      "an edge running back over the previous one",
      [
        [0, 0],
        [10, 0],
        [4, 0],
        [4, 6],
      ],
      [0, 1],
    ],
    [
      "far edges meeting then overlapping on one line",
      [
        [0, 0],
        [10, 0],
        [10, 5],
        [6, 5],
        [6, 0],
        [3, 0],
        [3, 5],
        [0, 5],
      ],
      [0, 3],
    ],
  ])("%s", (_name, polygon, expected) => {
    expect(findSelfIntersection(polygon)).toEqual(expected);
  });
});

describe("describePolygonProblems", () => {
  it("lists every repeated point and stops there", () => {
    const polygon: Point[] = [
      [0, 0],
      [0, 0],
      [5, 0],
      [5, 5],
      [5, 5],
      [0, 5],
    ];
    expect(describePolygonProblems(polygon)).toEqual(["point 1 repeats point 0", "point 4 repeats point 3"]);
  });

  it("goes on checking a polygon after its closing repeat", () => {
    const polygon: Point[] = [
      [0, 0],
      [5, 0],
      [0, 5],
      [5, 5],
      [0, 0],
    ];
    expect(describePolygonProblems(polygon)).toEqual([
      "polygon repeats its first point at the end (polygons close by themselves)",
      "polygon intersects itself (edges 1–2 and 3–0)",
    ]);
  });

  it("calls a flat polygon flat, even when its points fold back", () => {
    expect(
      describePolygonProblems([
        [0, 0],
        [4, 0],
        [2, 0],
        [8, 0],
      ]),
    ).toEqual(["polygon has zero area"]);
  });
});

describe("describeExitPlacementProblem", () => {
  const outline: Point[] = [
    [0, 0],
    [5, 0],
    [10, 0],
    [10, 8],
    [6, 8],
    [6, 6],
    [4, 6],
    [4, 8],
    [0, 8],
  ];
  it.each<[string, Point, Point, boolean]>([
    ["inside one wall", [1, 0], [3, 0], true],
    ["over two collinear pieces of one wall", [4, 0], [6, 0], true],
    ["reversed (b before a)", [6, 0], [4, 0], true],
    ["on a slanted-free vertical wall", [10, 2], [10, 4], true],
    ["1 cm inside the hall", [1, 0.01], [3, 0.01], true],
    ["2 cm inside the hall", [1, 0.02], [3, 0.02], false],
    ["across the mouth of a notch", [3, 8], [7, 8], false],
    ["around a corner", [9, 0], [10, 1], false],
    ["past the end of a wall", [9, 0], [11, 0], false],
  ])("a door %s", (_name, a, b, onOutline) => {
    expect(describeExitPlacementProblem(a, b, outline) === null).toBe(onOutline);
  });
});
