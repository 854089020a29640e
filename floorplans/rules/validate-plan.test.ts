import { describe, expect, it } from "vitest";
// The product's copy of the worked example of RULES.md (docs/ mirrors the shared spec).
import smallExpected from "../../docs/examples/small.expected.json";
import smallPlan from "../../docs/examples/small.plan.json";
import { planSchema } from "../format/schema";
import { compareViolations } from "./types";
import { makePlan, stand } from "./plan-fixture.test-support";
import { validatePlan } from "./validate-plan";

describe("validatePlan", () => {
  it("gives exactly the worked example's answer (RULES.md)", () => {
    const plan = planSchema.parse(smallPlan);
    const got = validatePlan(plan).map(({ rule, severity, subjects }) => ({ rule, severity, subjects }));
    expect(got).toEqual(smallExpected.violations);
    expect(got.filter((v) => v.severity === "error")).toHaveLength(smallExpected.errors);
    expect(got.filter((v) => v.severity === "warning")).toHaveLength(smallExpected.warnings);
  });

  it("sorts errors first, then by rule, then by subjects", () => {
    const pillar = { id: "P", hallId: "H", kind: "pillar" as const, polygon: [[15, 21], [15.4, 21], [15.4, 21.4], [15, 21.4]] as [number, number][] };
    const plan = makePlan({ obstacles: [pillar], stands: [stand("Z", 10, 10), stand("Y", 12, 10), stand("B", 20, 10), stand("A", 21, 10), stand("C", 14.5, 20), stand("D", 30, 0.5)] });
    const found = validatePlan(plan);
    expect([...found].sort(compareViolations)).toEqual(found);
    expect(found.map((v) => v.rule)).toEqual(["aisle.too-narrow", "stand.overlap", "stand.overlap", "stand.pillar"]);
    expect(found.map((v) => v.subjects)).toEqual([["D", "H"], ["A", "B"], ["Y", "Z"], ["C", "P"]]);
  });

  it("checks every hall of a plan on its own", () => {
    const plan = makePlan({
      halls: [
        { id: "H", name: "Main", outline: [[0, 0], [40, 0], [40, 30], [0, 30]] },
        { id: "K", name: "Annex", outline: [[100, 0], [120, 0], [120, 20], [100, 20]] },
      ],
      exits: [{ id: "D1", hallId: "H", a: [19, 0], b: [21, 0] }],
      stands: [stand("A", 10, 10), stand("B", 102, 5, { hallId: "K" }), stand("C", 106, 5, { hallId: "K" }), stand("X", 10, 10, { hallId: "K" })],
    });
    const found = validatePlan(plan).map((v) => `${v.rule} ${v.subjects.join("+")}`);
    // K has no exit; X, drawn in K's coordinates at H's place, is outside K and has no free side.
    expect(found).toEqual(["aisle.too-narrow B+C", "exit.too-far B", "exit.too-far C", "stand.no-access X", "stand.outside-hall X"]);
  });

  it("returns nothing for an empty hall", () => {
    expect(validatePlan(makePlan({}))).toEqual([]);
  });
});
