import type { Highs } from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import { validatePlan } from "../rules/validate-plan";
import type { Plan } from "../format/schema";
import { allocatePlan } from "./allocate";
import { applyPlacements } from "./apply";
import { objectiveWeights, pairValue } from "./formulation";
import { buildInstance } from "./instance";
import { highsRuntime } from "./load-highs";
import { box, exhibitor, row, stand, testPlan } from "./test-plans.test-support";

let highs: Highs;
beforeAll(async () => {
  highs = await highsRuntime();
});

const errorKeys = (plan: Plan) =>
  new Set(
    validatePlan(plan)
      .filter((v) => v.severity === "error")
      .map((v) => `${v.rule}|${v.subjects.join(",")}`),
  );

/**
 * The best hard objective by brute force: every way to give each exhibitor one free stand or none,
 * kept only when the rule catalogue itself finds no new error — independent of the allocator's
 * own candidate filters and constraints.
 */
function exhaustiveOptimum(plan: Plan): number {
  const inst = buildInstance(plan, validatePlan(plan));
  const w = objectiveWeights(inst);
  const before = errorKeys(plan);
  let best = 0;
  const chosen: number[] = [];
  const visit = (k: number, used: Set<number>, value: number) => {
    if (k === inst.toPlace.length) {
      const placements = chosen.flatMap((s, i) =>
        s < 0 ? [] : [{ exhibitorId: inst.toPlace[i]!.exhibitor.id, standId: plan.stands[s]!.id }],
      );
      if (value <= best) return;
      const after = errorKeys(applyPlacements(plan, placements));
      if ([...after].every((key) => before.has(key))) best = value;
      return;
    }
    chosen[k] = -1;
    visit(k + 1, used, value);
    for (const s of inst.freeStands) {
      if (used.has(s)) continue;
      chosen[k] = s;
      used.add(s);
      visit(k + 1, used, value + pairValue(inst, w, k, s));
      used.delete(s);
    }
    chosen[k] = -1;
  };
  visit(0, new Set(), 0);
  return best;
}

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Four stands of mixed sizes close together, four exhibitors with areas, power, phases and rivals. */
function randomSmallPlan(seed: number): Plan {
  const r = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const stands = [
    stand("S1", 3, 5, { width: pick([3, 4]), powerBoxId: "B1" }),
    stand("S2", 9, 5, { width: pick([3, 4, 6]), powerBoxId: pick(["B1", "B2"]) }),
    stand("S3", 3, 5 + 3 + 1.5, { width: pick([3, 4]), powerBoxId: "B2" }),
    stand("S4", 17, 5, { width: pick([3, 6]), powerBoxId: "B2" }),
  ];
  const ids = ["a", "b", "c", "d"];
  const exhibitors = ids.map((id) =>
    exhibitor(id, {
      requestedAreaM2: pick([9, 12, 18]),
      powerKw: pick([0, 2, 4, 6]),
      phases: pick([1, 1, 3]),
      priority: pick([1, 1, 2]),
      avoid: r() < 0.3 ? [pick(ids.filter((x) => x !== id))] : [],
    }),
  );
  return testPlan({
    powerBoxes: [
      box("B1", [6, 4], { capacityKw: pick([6, 10]), phases: 3 }),
      box("B2", [12, 12], { capacityKw: pick([4, 8]), phases: pick([1, 3]) }),
    ],
    stands,
    exhibitors,
  });
}

describe("allocatePlan", () => {
  it.each(Array.from({ length: 8 }, (_, i) => i + 1))(
    "finds the exhaustive optimum of the hard problem (seed %i)",
    (seed) => {
      const plan = randomSmallPlan(seed);
      const proposal = allocatePlan(plan, highs, { seconds: 5 });
      expect(proposal.details.status).not.toBe("time-limit");
      expect(proposal.details.hardObjective).toBeCloseTo(exhaustiveOptimum(plan), 6);
      const before = errorKeys(plan);
      for (const key of errorKeys(applyPlacements(plan, proposal.placements))) expect(before).toContain(key);
    },
  );

  it("never moves or reuses a locked stand", () => {
    const plan = testPlan({
      powerBoxes: [box("B1", [10, 4])],
      stands: row(4, (i) => (i === 1 ? { exhibitorId: "x", status: "assigned" } : {})),
      exhibitors: [exhibitor("x"), exhibitor("y"), exhibitor("z")],
    });
    const proposal = allocatePlan(plan, highs);
    expect(proposal.placements.map((p) => p.standId)).not.toContain("S2");
    expect(proposal.placements.map((p) => p.exhibitorId).sort()).toEqual(["y", "z"]);
    const after = applyPlacements(plan, proposal.placements);
    expect(after.stands[1]).toEqual(plan.stands[1]);
  });

  it("prefers the higher priority and then the least wasted area", () => {
    const plan = testPlan({
      powerBoxes: [box("B1", [10, 4])],
      stands: row(2, (i) => ({ width: i === 0 ? 3 : 6 })),
      exhibitors: [
        exhibitor("low", { priority: 1 }),
        exhibitor("high", { priority: 2 }),
        exhibitor("big", { requestedAreaM2: 18, priority: 1 }),
      ],
    });
    const proposal = allocatePlan(plan, highs);
    expect(Object.fromEntries(proposal.placements.map((p) => [p.exhibitorId, p.standId]))).toEqual({
      high: "S1",
      big: "S2",
    });
    expect(proposal.summary.unplaced).toEqual([{ exhibitorId: "low", reason: "stands-taken" }]);
    expect(proposal.summary.bound).toBeGreaterThanOrEqual(proposal.summary.objective);
  });

  it("meets near wishes when it costs no placement and no area", () => {
    const plan = testPlan({
      powerBoxes: [box("B1", [10, 4])],
      // S1 and S6 are far apart; S1 and S2 are 3 m apart (within the 6 m of a near wish).
      stands: [...row(2), stand("S6", 33, 22, { powerBoxId: null })],
      exhibitors: [exhibitor("a", { near: ["c"] }), exhibitor("b"), exhibitor("c")],
    });
    const proposal = allocatePlan(plan, highs);
    const at = Object.fromEntries(proposal.placements.map((p) => [p.exhibitorId, p.standId]));
    expect(new Set([at.a, at.c])).toEqual(new Set(["S1", "S2"]));
    expect(proposal.details.nearWishesMet).toBe(1);
  });
});
