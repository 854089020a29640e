import { describe, expect, it } from "vitest";
import { exhibitor, findings, makePlan, stand, subjectsOf } from "./plan-fixture.test-support";

/** Two 3 × 3 stands side by side, the second one `gap` metres to the right of the first. */
function pair(gap: number, more: { rotation?: number; covered?: boolean } = {}) {
  return [stand("A", 10, 10, { covered: more.covered }), stand("B", 13 + gap, 10, { rotation: more.rotation, covered: more.covered })];
}

describe("stand.overlap (penetration > ε)", () => {
  it.each([
    [-0.5, true],
    [-0.002, true],
    [-0.0009, false],
    [0, false],
    [0.5, false],
  ])("gap %s m → overlap %s", (gap, expected) => {
    expect(subjectsOf(makePlan({ stands: pair(gap) }), "stand.overlap")).toEqual(expected ? ["A+B"] : []);
  });

  it("reports the depth", () => {
    expect(findings(makePlan({ stands: pair(-0.25) }), "stand.overlap")[0]!.data).toMatchObject({ standId: "A", otherStandId: "B", depthM: 0.25 });
  });

  it("never pairs stands of different halls, even at the same coordinates", () => {
    const plan = makePlan({
      halls: [
        { id: "H", name: "Hall", outline: [[0, 0], [40, 0], [40, 30], [0, 30]] },
        { id: "K", name: "Other venue", outline: [[0, 0], [40, 0], [40, 30], [0, 30]] },
      ],
      exits: [{ id: "D1", hallId: "H", a: [19, 0], b: [21, 0] }, { id: "D3", hallId: "K", a: [19, 0], b: [21, 0] }],
      stands: [stand("A", 10, 10), stand("B", 11, 10, { hallId: "K" }), stand("C", 15, 10, { hallId: "K" })],
    });
    expect(subjectsOf(plan, "stand.overlap")).toEqual([]);
    expect(subjectsOf(plan, "aisle.too-narrow")).toEqual(["B+C"]);
  });
});

describe("aisle.too-narrow between stands (ε < dist < minAisleM − ε)", () => {
  it.each([
    [0, false],
    [0.0009, false],
    [0.002, true],
    [1, true],
    [1.39, true],
    [1.3995, false],
    [1.4, false],
    [1.41, false],
  ])("gap %s m → too narrow %s", (gap, expected) => {
    expect(subjectsOf(makePlan({ stands: pair(gap) }), "aisle.too-narrow")).toEqual(expected ? ["A+B"] : []);
  });

  it("honours minAisleM from the plan", () => {
    const plan = makePlan({ rules: { minAisleM: 2 }, stands: pair(1.5) });
    expect(findings(plan, "aisle.too-narrow")[0]!.data).toMatchObject({ distanceM: 1.5, minM: 2, otherKind: "stand" });
  });

  it.each([
    // A stand turned by 45° next to an axis-aligned one: its corner is (1.5√2 − 1.5) closer.
    [45, 1.5, 1.5 - (1.5 * Math.SQRT2 - 1.5)],
    [45, 2.5, 2.5 - (1.5 * Math.SQRT2 - 1.5)],
    // A quarter turn keeps the square's footprint.
    [90, 1, 1],
  ])("measures a stand rotated by %s° (gap %s m before turning)", (rotation, gap, distance) => {
    const found = findings(makePlan({ stands: pair(gap, { rotation }) }), "aisle.too-narrow");
    if (distance < 1.4) expect(found[0]!.data.distanceM).toBeCloseTo(distance, 9);
    else expect(found).toEqual([]);
  });

  it("does not report stands whose bounding boxes meet but which are an aisle apart", () => {
    // Two 45° islands: boxes overlap, sides 1.5 m apart.
    const d = 1.5 * Math.SQRT2;
    const side = 3 * Math.SQRT2;
    const plan = makePlan({ stands: [stand("A", 10, 10, { rotation: 45 }), stand("B", 10 + side / 2 + d / 2, 10 + side / 2 + d / 2, { rotation: 45 })] });
    expect(subjectsOf(plan, "aisle.too-narrow")).toEqual([]);
    expect(subjectsOf(plan, "stand.overlap")).toEqual([]);
  });
});

describe("covered.too-close (both covered, dist < coveredMinGapM − ε)", () => {
  it.each([
    [-0.5, true],
    [0, true],
    [3.99, true],
    [3.9995, false],
    [4, false],
    [4.01, false],
  ])("gap %s m → too close %s", (gap, expected) => {
    expect(subjectsOf(makePlan({ stands: pair(gap, { covered: true }) }), "covered.too-close")).toEqual(expected ? ["A+B"] : []);
  });

  it("ignores a covered stand next to an open one", () => {
    const plan = makePlan({ stands: [stand("A", 10, 10, { covered: true }), stand("B", 14, 10)] });
    expect(subjectsOf(plan, "covered.too-close")).toEqual([]);
  });
});

describe("adjacency.noise between stands (dist ≤ noiseBufferM + ε)", () => {
  const exhibitors = [exhibitor("loud", { noise: "loud" }), exhibitor("calm", { noise: "quiet" }), exhibitor("plain")];
  it.each([
    [0, "calm", true],
    [4.99, "calm", true],
    [5, "calm", true],
    [5.0005, "calm", true],
    [5.002, "calm", false],
    [1.5, "plain", false],
  ])("gap %s m from a %s exhibitor → noise %s", (gap, neighbour, expected) => {
    const plan = makePlan({ exhibitors, stands: [stand("A", 10, 10, { exhibitorId: "loud" }), stand("B", 13 + gap, 10, { exhibitorId: neighbour })] });
    expect(subjectsOf(plan, "adjacency.noise")).toEqual(expected ? ["A+B"] : []);
  });
});
