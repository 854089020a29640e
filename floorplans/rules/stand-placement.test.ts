import { describe, expect, it } from "vitest";
import { findings, makePlan, stand, subjectsOf } from "./plan-fixture.test-support";

const column = (id: string, x: number, y: number, kind: "pillar" | "wall" | "technical" | "no-build" = "pillar") => ({
  id,
  hallId: "H",
  kind,
  polygon: [[x, y], [x + 0.4, y], [x + 0.4, y + 0.4], [x, y + 0.4]] as [number, number][],
});

describe("stand.outside-hall", () => {
  it.each([
    ["well inside", 5, false],
    ["against the wall", 0, false],
    ["0.5 mm past the wall", -0.0005, false],
    ["2 mm past the wall", -0.002, true],
    ["half out", -1.5, true],
    ["entirely out", -10, true],
  ])("a stand %s", (_, x, expected) => {
    expect(subjectsOf(makePlan({ stands: [stand("A", x, 10)] }), "stand.outside-hall")).toEqual(expected ? ["A"] : []);
  });

  it("sees a notch of a non-convex hall reaching into a stand whose corners are all inside", () => {
    // A U-shaped hall: the notch x 10–12, y 0–15 comes down from the top wall.
    const plan = makePlan({
      halls: [{ id: "H", name: "U", outline: [[0, 0], [10, 0], [10, 15], [12, 15], [12, 0], [40, 0], [40, 30], [0, 30]] }],
      stands: [stand("A", 9, 14, { width: 4, depth: 3 }), stand("B", 9, 16, { width: 4, depth: 3 })],
    });
    expect(subjectsOf(plan, "stand.outside-hall")).toEqual(["A"]);
  });

  it("turns with the stand: a 45° stand near a wall sticks out by its corner", () => {
    // Centre 2.1 m from the wall, half-diagonal 2.12 m: the corner is 2 cm out.
    const plan = makePlan({ stands: [stand("A", 0.6, 10, { rotation: 45 }), stand("B", 0.7, 20, { rotation: 45 })] });
    expect(subjectsOf(plan, "stand.outside-hall")).toEqual(["A"]);
  });
});

describe("stand.obstacle and stand.pillar (penetration > ε)", () => {
  it.each([
    ["pillar", "inside the stand", 11, 11, "stand.pillar"],
    ["wall", "inside the stand", 11, 11, "stand.obstacle"],
    ["technical", "2 mm into the stand", 12.998, 11, "stand.obstacle"],
    ["no-build", "0.5 mm into the stand", 12.9995, 11, null],
    ["pillar", "touching the stand", 13, 11, null],
  ] as const)("a %s %s", (kind, _, x, y, rule) => {
    const plan = makePlan({ obstacles: [column("O", x, y, kind)], stands: [stand("A", 10, 10)] });
    const found = [...findings(plan, "stand.obstacle"), ...findings(plan, "stand.pillar")];
    expect(found.map((v) => v.rule)).toEqual(rule ? [rule] : []);
    if (rule) expect(found[0]!.subjects).toEqual(["A", "O"]);
  });
});

describe("aisle.too-narrow against obstacles and walls", () => {
  it.each([
    ["wall", 1, true],
    ["technical", 1.39, true],
    ["no-build", 1.4, false],
    ["wall", 0.0005, false],
    // Pillars stand in aisles: they are not an aisle's side.
    ["pillar", 1, false],
  ] as const)("a %s %s m from the stand → %s", (kind, gap, expected) => {
    const plan = makePlan({ obstacles: [column("O", 13 + gap, 11, kind)], stands: [stand("A", 10, 10)] });
    expect(subjectsOf(plan, "aisle.too-narrow")).toEqual(expected ? ["A+O"] : []);
  });

  it.each([
    [0, false],
    [0.002, true],
    [1.39, true],
    [1.4, false],
  ])("a stand %s m from the hall's wall → %s, named by the hall", (gap, expected) => {
    const found = findings(makePlan({ stands: [stand("A", gap, 10)] }), "aisle.too-narrow");
    expect(found.map((v) => v.subjects)).toEqual(expected ? [["A", "H"]] : []);
    if (expected) expect(found[0]!.data).toMatchObject({ otherKind: "hall", otherId: "H" });
  });

  it("measures an L-shaped wall by its nearest arm", () => {
    const plan = makePlan({
      obstacles: [{ id: "L", hallId: "H", kind: "wall", polygon: [[20, 10], [21, 10], [21, 14], [25, 14], [25, 15], [20, 15]] }],
      stands: [stand("A", 22, 10), stand("B", 26, 15.5)],
    });
    // A is 1 m from the arm and from the foot; B's corner is 1 m right of the foot's end, 0.5 m below it.
    const found = findings(plan, "aisle.too-narrow");
    expect(found.map((v) => v.subjects.join("+"))).toEqual(["A+L", "B+L"]);
    expect(found[0]!.data.distanceM).toBeCloseTo(1, 12);
    expect(found[1]!.data.distanceM).toBeCloseTo(Math.hypot(1, 0.5), 12);
  });
});

describe("exit.blocked (a stand overlaps the clearance zone in front of a door)", () => {
  it.each([
    ["in front of the door", 19, 0.5, true],
    ["1.39 m from the door", 19, 1.39, true],
    ["1.40 m from the door", 19, 1.4, false],
    ["beside the door", 21, 0, false],
    ["0.9 mm into the zone's side", 16.0009, 0, false],
    ["2 mm into the zone's side", 16.002, 0, true],
  ])("a stand %s", (_, x, y, expected) => {
    expect(subjectsOf(makePlan({ stands: [stand("A", x, y)] }), "exit.blocked")).toEqual(expected ? ["A+D1"] : []);
  });

  it("uses exitClearanceM and points the zone into the hall", () => {
    const plan = makePlan({ rules: { exitClearanceM: 3 }, stands: [stand("A", 19, 2.5), stand("B", 19, 26.5)] });
    expect(subjectsOf(plan, "exit.blocked")).toEqual(["A+D1", "B+D2"]);
  });
});
