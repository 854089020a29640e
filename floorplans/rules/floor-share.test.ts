import { describe, expect, it } from "vitest";
import { findings, makePlan, stand, subjectsOf } from "./plan-fixture.test-support";

/** A 10 × 10 hall (floor 100 m², less obstacles) holding one stand of the given size. */
const small = { id: "H", name: "Small", outline: [[0, 0], [10, 0], [10, 10], [0, 10]] as [number, number][] };
const doors = [{ id: "D1", hallId: "H", a: [4, 0] as [number, number], b: [6, 0] as [number, number] }];

describe("circulation.share (stands > (1 − circulationShareMin) × floor)", () => {
  it.each([
    // (1 − 0.3333) × 100 = 66.67 m²
    [66.6, false],
    [66.67, false],
    [66.68, true],
  ])("a stand of %s m² in 100 m² → %s", (area, expected) => {
    const plan = makePlan({ halls: [small], exits: doors, stands: [stand("A", 1, 1, { width: area / 8, depth: 8 })] });
    expect(subjectsOf(plan, "circulation.share")).toEqual(expected ? ["H"] : []);
  });

  it("takes every obstacle off the floor, pillars too", () => {
    // 4 m² of obstacles: the limit falls to 0.6667 × 96 = 64.00 m².
    const obstacles = [
      { id: "P", hallId: "H", kind: "pillar" as const, polygon: [[0, 9], [1, 9], [1, 10], [0, 10]] as [number, number][] },
      { id: "T", hallId: "H", kind: "technical" as const, polygon: [[7, 9], [10, 9], [10, 10], [7, 10]] as [number, number][] },
    ];
    const plan = makePlan({ halls: [small], exits: doors, obstacles, stands: [stand("A", 1, 0.5, { width: 8, depth: 8.1 })] });
    expect(findings(plan, "circulation.share")[0]!.data).toMatchObject({ floorM2: 96, standAreaM2: 64.8 });
  });
});

describe("covered stands (T 23)", () => {
  it.each([
    [299.99, false],
    [300, true],
    [300.01, true],
  ])("covered.too-large: %s m² → %s", (area, expected) => {
    const plan = makePlan({ stands: [stand("A", 5, 5, { width: area / 15, depth: 15, covered: true }), stand("B", 5, 21, { width: area / 15, depth: 8 })] });
    expect(subjectsOf(plan, "covered.too-large")).toEqual(expected ? ["A"] : []);
  });

  it.each([
    [9.99, false],
    [10, false],
    [10.01, true],
  ])("covered.share: %s m² covered of 100 m² → %s", (area, expected) => {
    const plan = makePlan({ halls: [small], exits: doors, stands: [stand("A", 1, 1, { width: area / 4, depth: 4, covered: true })] });
    expect(subjectsOf(plan, "covered.share")).toEqual(expected ? ["H"] : []);
  });
});
