import { describe, expect, it } from "vitest";
import type { Violation } from "../../../floorplans/rules/types";
import { buildTestPlan } from "../model/test-fixtures";
import type { Plan } from "../model";
import { violationMarks } from "./violation-marks";

const gap = (standId: string, otherId: string): Violation => ({
  rule: "aisle.too-narrow",
  severity: "error",
  subjects: [standId, otherId].sort(),
  data: { standId, otherKind: "stand", otherId, distanceM: 1 },
});

const moveStand = (plan: Plan, id: string, dx: number): Plan => ({
  ...plan,
  stands: plan.stands.map((s) => (s.id === id ? { ...s, x: s.x + dx } : s)),
});

describe("violationMarks", () => {
  const halls = new Set(["h1", "h2"]);

  it("keeps the mark of a violation whose stands did not change, and recomputes the one that moved", () => {
    const plan = buildTestPlan();
    const still = gap("A01", "A02");
    const moving = gap("B01", "C01");
    const [a1, b1] = violationMarks(plan, [still, moving], halls);
    // Another frame of a drag of B01: a new stands array, A01 and A02 the same objects.
    const next = moveStand(plan, "B01", 0.5);
    const [a2, b2] = violationMarks(next, [still, moving], halls);
    expect(a2).toBe(a1);
    expect(b2).not.toBe(b1);
    const shift = b2?.type === "gap" && b1?.type === "gap" ? b2.a[0] - b1.a[0] : NaN;
    expect(shift).toBeCloseTo(0.5);
  });

  it("drops the marks of halls that are not on screen", () => {
    const plan = buildTestPlan();
    expect(violationMarks(plan, [gap("A01", "A02")], new Set(["h2"]))).toEqual([]);
    expect(violationMarks(plan, [gap("A01", "A02")], halls)).toHaveLength(1);
  });
});
