import { describe, expect, it } from "vitest";
import { findings, makePlan, stand, subjectsOf } from "./plan-fixture.test-support";

const longHall = { id: "H", name: "Long hall", outline: [[0, 0], [80, 0], [80, 10], [0, 10]] as [number, number][] };
const door = { id: "D1", hallId: "H", a: [0, 4] as [number, number], b: [0, 6] as [number, number] };

describe("exit.too-far (walking distance, RULES.md accepts results within 1 m)", () => {
  it.each([
    // One exit: 30 m. All sides are free and equal: the walk starts from the top side's middle,
    // at (sx + 1.5, 3.5), about sx + 1.5 m from the door's middle (0, 5).
    [25, false],
    [27, false],
    [30, true],
    [45, true],
  ])("a stand at x = %s m in a hall with one door → too far %s", (sx, expected) => {
    const plan = makePlan({ halls: [longHall], exits: [door], stands: [stand("A", sx, 3.5, { width: 3, depth: 3 })] });
    const found = findings(plan, "exit.too-far");
    expect(found.map((v) => v.subjects[0])).toEqual(expected ? ["A"] : []);
    if (expected) {
      expect(found[0]!.data.maxM).toBe(30);
      expect(found[0]!.data.distanceM as number).toBeGreaterThan(30);
    }
  });

  it("allows 50 m with two exits and honours an explicit limit", () => {
    const exits = [door, { id: "D2", hallId: "H", a: [80, 4] as [number, number], b: [80, 6] as [number, number] }];
    const stands = [stand("A", 38.5, 3.5)];
    expect(subjectsOf(makePlan({ halls: [longHall], exits, stands }), "exit.too-far")).toEqual([]);
    expect(subjectsOf(makePlan({ halls: [longHall], exits, stands, rules: { maxExitDistanceM: 30 } }), "exit.too-far")).toEqual(["A"]);
    // Explicitly set, the limit holds even for a single exit.
    expect(subjectsOf(makePlan({ halls: [longHall], exits: [door], stands: [stand("B", 32, 3.5)], rules: { maxExitDistanceM: 40 } }), "exit.too-far")).toEqual([]);
  });

  it("walks around stands: a wall of stands makes the walk longer than the straight line", () => {
    const hall = { id: "H", name: "Hall", outline: [[0, 0], [30, 0], [30, 30], [0, 30]] as [number, number][] };
    const exit = { id: "D1", hallId: "H", a: [14, 0] as [number, number], b: [16, 0] as [number, number] };
    // A row of stands from x = 0 to 27 at y 5–8 hides the door from A (at y 9–12): the walk goes round by x = 27–30.
    const row = Array.from({ length: 9 }, (_, i) => stand(`R${i}`, 3 * i, 5));
    const open = findings(makePlan({ halls: [hall], exits: [exit], stands: [stand("A", 13.5, 9)] }), "exit.too-far");
    const around = findings(makePlan({ halls: [hall], exits: [exit], stands: [stand("A", 13.5, 9), ...row], rules: { maxExitDistanceM: 20 } }), "exit.too-far");
    expect(open).toEqual([]);
    expect(around.map((v) => v.subjects[0])).toEqual(["A"]);
    expect(around[0]!.data.distanceM as number).toBeGreaterThan(25);
  });

  it("reports every stand with a free side in a hall without exits, and unreachable exits as such", () => {
    const noExit = findings(makePlan({ exits: [], stands: [stand("A", 10, 10)] }), "exit.too-far");
    expect(noExit.map((v) => v.subjects)).toEqual([["A"]]);
    expect(noExit[0]!.data).toEqual({ standId: "A", maxM: 50, exitCount: 0 });
    // A stand shut in a room of walls cannot reach the door.
    const room = [
      { id: "w1", hallId: "H", kind: "wall" as const, polygon: [[5, 5], [15, 5], [15, 6], [5, 6]] as [number, number][] },
      { id: "w2", hallId: "H", kind: "wall" as const, polygon: [[5, 15], [15, 15], [15, 16], [5, 16]] as [number, number][] },
      { id: "w3", hallId: "H", kind: "wall" as const, polygon: [[5, 6], [6, 6], [6, 15], [5, 15]] as [number, number][] },
      { id: "w4", hallId: "H", kind: "wall" as const, polygon: [[14, 6], [15, 6], [15, 15], [14, 15]] as [number, number][] },
    ];
    const shut = findings(makePlan({ obstacles: room, stands: [stand("A", 9, 9)] }), "exit.too-far");
    expect(shut.map((v) => v.subjects)).toEqual([["A"]]);
    expect(shut[0]!.data.distanceM).toBeUndefined();
  });

  it("leaves a stand with no free side to stand.no-access", () => {
    const stands = [stand("S", 10, 10), stand("L", 7, 10), stand("R", 13, 10), stand("U", 7, 13, { width: 9 }), stand("T", 7, 7, { width: 9 })];
    const plan = makePlan({ exits: [], stands });
    expect(subjectsOf(plan, "stand.no-access")).toEqual(["S"]);
    expect(subjectsOf(plan, "exit.too-far")).not.toContain("S");
  });
});
