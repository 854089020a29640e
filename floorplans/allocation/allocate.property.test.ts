import fc from "fast-check";
import type { Highs } from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../format/schema";
import { validatePlan } from "../rules/validate-plan";
import { allocatePlan } from "./allocate";
import { applyPlacements } from "./apply";
import { highsRuntime } from "./load-highs";
import { box, exhibitor, stand, testPlan } from "./test-plans.test-support";

let highs: Highs;
beforeAll(async () => {
  highs = await highsRuntime();
});

/** Six stand slots 8 m apart (any width up to 6 m keeps a legal aisle), a pavilion on the left. */
const SLOTS: [number, number][] = [
  [3, 5],
  [11, 5],
  [19, 5],
  [27, 5],
  [3, 14],
  [11, 14],
];
const IDS = ["e1", "e2", "e3", "e4", "e5", "e6"];

const exhibitorArb = fc.record({
  requestedAreaM2: fc.constantFrom(6, 9, 12, 16, 18),
  powerKw: fc.constantFrom(0, 1, 3, 5),
  phases: fc.constantFrom<1 | 3>(1, 3),
  priority: fc.constantFrom(0, 1, 2),
  pavilion: fc.boolean(),
  avoid: fc.subarray(IDS, { maxLength: 2 }),
  near: fc.subarray(IDS, { maxLength: 2 }),
});

const planArb = fc
  .record({
    widths: fc.array(fc.constantFrom(3, 4, 6), { minLength: SLOTS.length, maxLength: SLOTS.length }),
    boxes: fc.array(fc.constantFrom("B1", "B2", null), { minLength: SLOTS.length, maxLength: SLOTS.length }),
    owners: fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { freq: 3 }), {
      minLength: SLOTS.length,
      maxLength: SLOTS.length,
    }),
    exhibitors: fc.array(exhibitorArb, { minLength: 1, maxLength: 6 }),
    b1: fc.record({ capacityKw: fc.constantFrom(3, 6, 12), phases: fc.constantFrom<1 | 3>(1, 3) }),
    supplyKw: fc.option(fc.constantFrom(4, 8, 20)),
  })
  .map(({ widths, boxes, owners, exhibitors, b1, supplyKw }): Plan => {
    const ids = IDS.slice(0, exhibitors.length);
    return testPlan({
      halls: [
        {
          id: "H",
          name: "Hall",
          outline: [
            [0, 0],
            [40, 0],
            [40, 30],
            [0, 30],
          ],
          powerSupplyKw: supplyKw,
        },
      ],
      zones: [
        {
          id: "P",
          hallId: "H",
          kind: "pavilion",
          polygon: [
            [1, 1],
            [16, 1],
            [16, 28],
            [1, 28],
          ],
        },
      ],
      powerBoxes: [box("B1", [10, 4], b1), box("B2", [20, 12], { capacityKw: 8, phases: 1 })],
      stands: SLOTS.map(([x, y], i) => {
        const owner = owners[i];
        const exhibitorId = owner !== null && owner !== undefined && owner < ids.length ? ids[owner]! : null;
        return stand(`S${i + 1}`, x, y, { width: widths[i]!, powerBoxId: boxes[i]!, exhibitorId });
      }),
      exhibitors: exhibitors.map((e, i) =>
        exhibitor(ids[i]!, {
          requestedAreaM2: e.requestedAreaM2,
          powerKw: e.powerKw,
          phases: e.phases,
          priority: e.priority,
          pavilionId: e.pavilion ? "P" : null,
          avoid: e.avoid.filter((id) => ids.includes(id) && id !== ids[i]),
          near: e.near.filter((id) => ids.includes(id) && id !== ids[i]),
        }),
      ),
    });
  });

const errorKeys = (plan: Plan) =>
  validatePlan(plan)
    .filter((v) => v.severity === "error")
    .map((v) => `${v.rule}|${v.subjects.join(",")}`);

describe("allocatePlan (property)", () => {
  it("never creates an error violation and never touches a locked stand", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const proposal = allocatePlan(plan, highs, { seconds: 5 });
        const after = applyPlacements(plan, proposal.placements);
        const before = new Set(errorKeys(plan));
        expect(errorKeys(after).filter((key) => !before.has(key))).toEqual([]);
        plan.stands.forEach((s, i) => {
          if (s.exhibitorId !== null) expect(after.stands[i]).toEqual(s);
        });
        const placedIds = proposal.placements.map((p) => p.exhibitorId);
        expect(new Set(placedIds).size).toBe(placedIds.length);
        expect(proposal.summary.placed + proposal.summary.unplaced.length).toBe(
          plan.exhibitors.filter((e) => !plan.stands.some((s) => s.exhibitorId === e.id)).length,
        );
        expect(proposal.summary.bound).toBeGreaterThanOrEqual(proposal.summary.objective - 1e-6);
        // The model itself encodes the rules: the closing safety net never has to step in.
        expect(proposal.summary.unplaced.filter((u) => u.reason === "rule-conflict")).toEqual([]);
      }),
      { numRuns: 60, seed: 20241107 },
    );
  });
});
