import { describe, expect, it } from "vitest";
import { createRuleEngine } from "../../../floorplans/rules/engine/rule-engine";
import { validatePlan } from "../../../floorplans/rules/validate-plan";
import type { Violation } from "../../../floorplans/rules/types";
import { buildTestPlan } from "../model/test-fixtures";
import { closestOnSegments, closestOutlinePoints } from "./closest-points";
import { ViolationIndex } from "./violation-index";
import { violationKey, violationStandIds, violationSubjects } from "./violation-subjects";

const v = (
  rule: Violation["rule"],
  subjects: string[],
  data: Violation["data"],
  severity: Violation["severity"] = "error",
): Violation => ({
  rule,
  severity,
  subjects,
  data,
});

describe("violationSubjects", () => {
  it("reads each subject's kind from the data key that holds it, not from the id", () => {
    // A stand and a power box may share the id "B1" (ids are unique per kind only).
    expect(violationSubjects(v("power.out-of-reach", ["B1", "B1"], { standId: "B1", boxId: "B1" }))).toEqual([
      { kind: "stand", id: "B1" },
      { kind: "powerBox", id: "B1" },
    ]);
    expect(
      violationSubjects(
        v("aisle.too-narrow", ["A01", "salle"], { standId: "A01", otherId: "salle", otherKind: "hall" }),
      ),
    ).toEqual([
      { kind: "stand", id: "A01" },
      { kind: "hall", id: "salle" },
    ]);
    expect(violationStandIds(v("area.too-small", ["ex-1"], { exhibitorId: "ex-1" }))).toEqual([]);
  });

  it("keys a violation by rule and sorted subjects, as acknowledgements are stored", () => {
    expect(violationKey("stand.pillar", ["P1", "B01"])).toBe("stand.pillar:B01|P1");
  });
});

describe("ViolationIndex", () => {
  it("follows the rule engine's diffs and ends with the same counts as a full run", () => {
    const plan = buildTestPlan();
    const engine = createRuleEngine(plan);
    const index = new ViolationIndex();
    index.apply({ added: [...engine.violations()], removed: [] });
    // Move A02 onto A01: an overlap appears, and both stands turn red.
    const moved = { ...plan, stands: plan.stands.map((s) => (s.id === "A02" ? { ...s, x: 3 } : s)) };
    const touched = index.apply(engine.updateStands(moved, ["A02"]));
    expect(touched.has("stand:A01")).toBe(true);
    expect(index.levelOf("stand", "A01")).toBe("error");
    const full = validatePlan(moved);
    expect(index.errors).toBe(full.filter((x) => x.severity === "error").length);
    expect(index.warnings).toBe(full.filter((x) => x.severity === "warning").length);
    // And back: A01 loses its red outline.
    index.apply(engine.updateStands(plan, ["A02"]));
    expect(index.levelOf("stand", "A01")).toBe(
      validatePlan(plan).some((x) => x.subjects.includes("A01")) ? "error" : null,
    );
  });

  it("keeps the worst level per subject", () => {
    const index = new ViolationIndex();
    const warning = v("stand.pillar", ["A01", "P1"], { standId: "A01", obstacleId: "P1" }, "warning");
    const error = v("stand.overlap", ["A01", "A02"], { standId: "A01", otherStandId: "A02" });
    index.apply({ added: [warning, error], removed: [] });
    expect(index.levelOf("stand", "A01")).toBe("error");
    index.apply({ added: [], removed: [error] });
    expect(index.levelOf("stand", "A01")).toBe("warning");
    expect(index.standLevel("A01")).toBe("warning");
    expect(index.standLevel("P1")).toBeNull();
    expect(index.levelOf("obstacle", "P1")).toBe("warning");
    expect([index.errors, index.warnings]).toEqual([0, 1]);
  });

  it("lists the violations naming given stands, each once, as the diffs leave them", () => {
    const index = new ViolationIndex();
    const overlap = v("stand.overlap", ["A01", "A02"], { standId: "A01", otherStandId: "A02" });
    const pillar = v("stand.pillar", ["A02", "P1"], { standId: "A02", obstacleId: "P1" }, "warning");
    const area = v("area.too-small", ["ex-1"], { exhibitorId: "ex-1" });
    index.apply({ added: [overlap, pillar, area], removed: [] });
    expect(index.violationsOfStands(["A01"])).toEqual([overlap]);
    expect(index.violationsOfStands(["A01", "A02"])).toEqual([overlap, pillar]);
    expect(index.violationsOfStands(["P1", "ex-1"])).toEqual([]);
    // A removal is matched by rule and subjects, not by object: the engine sends new objects.
    index.apply({ added: [], removed: [{ ...overlap, data: { ...overlap.data } }] });
    expect(index.violationsOfStands(["A01", "A02"])).toEqual([pillar]);
    index.clear();
    expect(index.violationsOfStands(["A02"])).toEqual([]);
  });

  it("reports only the subjects whose level changed", () => {
    const index = new ViolationIndex();
    const aisle = (d: number) =>
      v("aisle.too-narrow", ["A01", "A02"], {
        standId: "A01",
        otherId: "A02",
        otherKind: "stand",
        distanceM: d,
      });
    expect([...index.apply({ added: [aisle(1)], removed: [] })].sort()).toEqual(["stand:A01", "stand:A02"]);
    // The aisle narrows: both stay red, nothing to repaint.
    expect(index.apply({ added: [aisle(0.8)], removed: [aisle(1)] }).size).toBe(0);
    expect([...index.apply({ added: [], removed: [aisle(0.8)] })].sort()).toEqual(["stand:A01", "stand:A02"]);
  });
});

describe("closest points", () => {
  it("between two crossing-free segments", () => {
    const found = closestOnSegments([0, 0], [2, 0], [1, 1], [3, 3]);
    expect(found.distance).toBeCloseTo(1);
    expect(found.a).toEqual([1, 0]);
    expect(found.b).toEqual([1, 1]);
  });

  it("gives the narrow aisle between two stands' outlines", () => {
    const a = [
      [0, 0],
      [3, 0],
      [3, 3],
      [0, 3],
    ] as const;
    const b = [
      [4, 1],
      [7, 1],
      [7, 4],
      [4, 4],
    ] as const;
    const found = closestOutlinePoints(a, b)!;
    expect(found.distance).toBeCloseTo(1);
    expect(found.a[0]).toBeCloseTo(3);
    expect(found.b[0]).toBeCloseTo(4);
  });
});
