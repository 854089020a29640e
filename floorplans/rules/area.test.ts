import { describe, expect, it } from "vitest";
import { exhibitor, findings, makePlan, stand, subjectsOf } from "./plan-fixture.test-support";

describe("area.too-small and area.too-large (sum of an exhibitor's stands)", () => {
  it.each([
    // requested 20 m²: at least 19 (5 % tolerance), at most 25 (25 % slack)
    [18.9, "area.too-small"],
    [19, null],
    [25, null],
    [25.1, "area.too-large"],
  ] as const)("%s m² for 20 requested → %s", (area, rule) => {
    // Two stands of the exhibitor share the area: the rule looks at the sum.
    const plan = makePlan({
      exhibitors: [exhibitor("e", { requestedAreaM2: 20 })],
      stands: [stand("A", 5, 5, { width: area / 2 / 3, exhibitorId: "e" }), stand("B", 5, 20, { width: area / 2 / 3, exhibitorId: "e" })],
    });
    const found = [...findings(plan, "area.too-small"), ...findings(plan, "area.too-large")];
    expect(found.map((v) => v.rule)).toEqual(rule ? [rule] : []);
    if (rule) expect(found[0]!.subjects).toEqual(["e"]);
  });

  it("leaves unplaced exhibitors alone", () => {
    const plan = makePlan({ exhibitors: [exhibitor("e", { requestedAreaM2: 50 })], stands: [stand("A", 5, 5)] });
    expect(subjectsOf(plan, "area.too-small")).toEqual([]);
  });

  it("follows areaTolerance and areaSlack", () => {
    const plan = makePlan({ rules: { areaTolerance: 0.2, areaSlack: 0 }, exhibitors: [exhibitor("e", { requestedAreaM2: 10 }), exhibitor("f", { requestedAreaM2: 8 })], stands: [stand("A", 5, 5, { exhibitorId: "e" }), stand("B", 15, 5, { exhibitorId: "f" })] });
    expect(subjectsOf(plan, "area.too-small")).toEqual([]);
    expect(subjectsOf(plan, "area.too-large")).toEqual(["f"]);
  });
});
