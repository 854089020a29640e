import { describe, expect, it } from "vitest";
import { exhibitor, findings, makePlan, stand, subjectsOf } from "./plan-fixture.test-support";

describe("adjacency.competitor (dist < competitorMinDistanceM − ε; touching counts)", () => {
  it.each([
    [-0.5, true],
    [0, true],
    [2.99, true],
    [2.9995, false],
    [3, false],
  ])("competitors %s m apart → %s", (gap, expected) => {
    const plan = makePlan({
      exhibitors: [exhibitor("a", { avoid: ["b"] }), exhibitor("b")],
      stands: [stand("A", 10, 10, { exhibitorId: "a" }), stand("B", 13 + gap, 10, { exhibitorId: "b" })],
    });
    expect(subjectsOf(plan, "adjacency.competitor")).toEqual(expected ? ["A+B"] : []);
  });

  it("names the exhibitors and ignores non-competitors and other halls", () => {
    const plan = makePlan({
      halls: [
        { id: "H", name: "Hall", outline: [[0, 0], [40, 0], [40, 30], [0, 30]] },
        { id: "K", name: "Annex", outline: [[0, 0], [40, 0], [40, 30], [0, 30]] },
      ],
      exhibitors: [exhibitor("a"), exhibitor("b", { avoid: ["a"] }), exhibitor("c")],
      stands: [stand("A", 10, 10, { exhibitorId: "a" }), stand("B", 14, 10, { exhibitorId: "b" }), stand("C", 17, 10, { exhibitorId: "c" }), stand("K1", 10, 10, { hallId: "K", exhibitorId: "b" })],
    });
    const found = findings(plan, "adjacency.competitor");
    expect(found.map((v) => v.subjects)).toEqual([["A", "B"]]);
    expect(found[0]!.data).toMatchObject({ exhibitorId: "a", otherExhibitorId: "b", distanceM: 1, minM: 3 });
  });
});

describe("adjacency.wish (no stand of one within nearDistanceM of the other's, once per pair)", () => {
  it.each([
    [5.99, false],
    [6, false],
    [6.0005, false],
    [6.01, true],
  ])("closest stands %s m apart → %s", (gap, expected) => {
    const plan = makePlan({
      exhibitors: [exhibitor("a", { near: ["b"] }), exhibitor("b", { near: ["a"] })],
      stands: [stand("A", 5, 5, { exhibitorId: "a" }), stand("A2", 5, 20, { exhibitorId: "a" }), stand("B", 8 + gap, 5, { exhibitorId: "b" })],
    });
    expect(subjectsOf(plan, "adjacency.wish")).toEqual(expected ? ["a+b"] : []);
  });

  it("needs both placed, and counts stands of different halls as never near", () => {
    const halls = [
      { id: "H", name: "Hall", outline: [[0, 0], [40, 0], [40, 30], [0, 30]] as [number, number][] },
      { id: "K", name: "Annex", outline: [[0, 0], [40, 0], [40, 30], [0, 30]] as [number, number][] },
    ];
    const exhibitors = [exhibitor("a", { near: ["b", "c"] }), exhibitor("b"), exhibitor("c")];
    const plan = makePlan({ halls, exhibitors, stands: [stand("A", 5, 5, { exhibitorId: "a" }), stand("B", 5, 5, { hallId: "K", exhibitorId: "b" })] });
    const found = findings(plan, "adjacency.wish");
    expect(found.map((v) => v.subjects)).toEqual([["a", "b"]]);
    expect(found[0]!.data.distanceM).toBeUndefined();
  });
});

describe("adjacency.noise against quiet zones (dist ≤ noiseBufferM + ε)", () => {
  const quiet = { id: "Q", hallId: "H", kind: "quiet" as const, polygon: [[20, 5], [30, 5], [30, 15], [20, 15]] as [number, number][] };
  it.each([
    ["loud", 16, true],
    ["loud", 12, true],
    ["loud", 11.99, false],
    ["loud", 22, true],
    ["normal", 16, false],
  ] as const)("a %s exhibitor's stand at x = %s", (noise, x, expected) => {
    const plan = makePlan({ zones: [quiet], exhibitors: [exhibitor("e", { noise })], stands: [stand("A", x, 8, { exhibitorId: "e" })] });
    expect(subjectsOf(plan, "adjacency.noise")).toEqual(expected ? ["A+Q"] : []);
  });
});
