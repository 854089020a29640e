import { describe, expect, it } from "vitest";
import { exhibitor, findings, makePlan, stand, subjectsOf } from "./plan-fixture.test-support";

const box = (id: string, at: [number, number], more: { capacityKw?: number | null; phases?: 1 | 3; hallId?: string } = {}) => ({ id, hallId: "H", at, ...more });

describe("power demand (exhibitor powerKw shared by its stands)", () => {
  it.each([
    // 7.4 kW over two stands = 3.7 kW each: at the limit; 7.6 kW = 3.8 each: over it.
    [7.4, 1, []],
    [7.6, 1, ["A", "B"]],
    [7.6, 3, []],
    [3.6, 1, []],
  ] as const)("power.single-phase-high: %s kW over two stands, %s phase(s) → %j", (kw, phases, expected) => {
    const plan = makePlan({
      exhibitors: [exhibitor("e", { powerKw: kw, phases })],
      stands: [stand("A", 5, 5, { exhibitorId: "e" }), stand("B", 15, 5, { exhibitorId: "e" })],
    });
    expect(subjectsOf(plan, "power.single-phase-high")).toEqual(expected);
  });

  it("power.unconnected: a stand with demand and no box", () => {
    const plan = makePlan({
      exhibitors: [exhibitor("e", { powerKw: 2 }), exhibitor("f", { powerKw: 0 })],
      powerBoxes: [box("B1", [10, 10])],
      stands: [stand("A", 5, 5, { exhibitorId: "e" }), stand("B", 15, 5, { exhibitorId: "f" }), stand("C", 25, 5), stand("D", 5, 20, { exhibitorId: "e", powerBoxId: "B1" })],
    });
    expect(findings(plan, "power.unconnected").map((v) => [v.subjects[0], v.data.demandKw])).toEqual([["A", 1]]);
  });

  it.each([
    [35.9, null, false],
    [36, null, false],
    [36.1, null, true],
    [10.5, 10, true],
  ])("power.box-overload: %s kW on a box of %s kW → %s", (kw, capacityKw, expected) => {
    const plan = makePlan({
      exhibitors: [exhibitor("e", { powerKw: kw, phases: 3 })],
      powerBoxes: [box("B1", [10, 10], { capacityKw, phases: 3 })],
      stands: [stand("A", 5, 5, { exhibitorId: "e", powerBoxId: "B1" }), stand("B", 12, 5, { exhibitorId: "e", powerBoxId: "B1" })],
    });
    expect(subjectsOf(plan, "power.box-overload")).toEqual(expected ? ["B1"] : []);
  });

  it.each([
    // |dx| + |dy| from the box at (2, 2) to the nearest point of the stand's box (x from sx).
    [31.99, false],
    [32, false],
    [32.0005, false],
    [32.01, true],
  ])("power.out-of-reach: stand at x = %s (run %s m) → %s", (sx, expected) => {
    const plan = makePlan({ powerBoxes: [box("B1", [2, 2])], stands: [stand("A", sx, 2, { powerBoxId: "B1", width: 3 })] });
    expect(subjectsOf(plan, "power.out-of-reach")).toEqual(expected ? ["A+B1"] : []);
  });

  it("power.out-of-reach: a box of another hall is never in reach", () => {
    const plan = makePlan({
      halls: [
        { id: "H", name: "Hall", outline: [[0, 0], [40, 0], [40, 30], [0, 30]] },
        { id: "K", name: "Annex", outline: [[0, 0], [40, 0], [40, 30], [0, 30]] },
      ],
      powerBoxes: [box("B1", [5, 5], { hallId: "K" })],
      stands: [stand("A", 5, 5, { powerBoxId: "B1" })],
    });
    expect(findings(plan, "power.out-of-reach")[0]!.data).toMatchObject({ boxHallId: "K" });
  });

  it("power.phase-mismatch: a three-phase exhibitor on a single-phase box", () => {
    const plan = makePlan({
      exhibitors: [exhibitor("e", { powerKw: 6, phases: 3 }), exhibitor("f", { powerKw: 2 })],
      powerBoxes: [box("B1", [10, 10], { phases: 1 }), box("B3", [20, 10], { phases: 3 })],
      stands: [stand("A", 5, 5, { exhibitorId: "e", powerBoxId: "B1" }), stand("B", 15, 5, { exhibitorId: "e", powerBoxId: "B3" }), stand("C", 25, 5, { exhibitorId: "f", powerBoxId: "B1" })],
    });
    expect(subjectsOf(plan, "power.phase-mismatch")).toEqual(["A+B1"]);
  });

  it.each([
    [20, false],
    [20.5, true],
  ])("power.hall-supply: %s kW in a 20 kW hall → %s", (kw, expected) => {
    const plan = makePlan({
      halls: [{ id: "H", name: "Hall", outline: [[0, 0], [40, 0], [40, 30], [0, 30]], powerSupplyKw: 20 }],
      exhibitors: [exhibitor("e", { powerKw: kw / 2, phases: 3 }), exhibitor("f", { powerKw: kw / 2, phases: 3 })],
      stands: [stand("A", 5, 5, { exhibitorId: "e" }), stand("B", 15, 5, { exhibitorId: "f" })],
    });
    expect(subjectsOf(plan, "power.hall-supply")).toEqual(expected ? ["H"] : []);
  });
});
