import type { Highs } from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../format/schema";
import { allocatePlan } from "./allocate";
import { highsRuntime } from "./load-highs";
import { describeReason } from "./messages";
import { UNPLACED_REASONS, type UnplacedReason } from "./types";
import { box, exhibitor, row, stand, testPlan } from "./test-plans.test-support";

let highs: Highs;
beforeAll(async () => {
  highs = await highsRuntime();
});

const locked = (id: string) => ({ exhibitorId: id, status: "assigned" as const });
const hall = (supplyKw: number) => [
  {
    id: "H",
    name: "Hall",
    outline: [
      [0, 0],
      [40, 0],
      [40, 30],
      [0, 30],
    ] as [number, number][],
    powerSupplyKw: supplyKw,
  },
];

/** One plan per reason; the exhibitor "new" is the one that cannot be placed. */
const CASES: [UnplacedReason, Plan][] = [
  [
    "no-free-stand",
    testPlan({
      powerBoxes: [box("B1", [6, 4])],
      stands: row(1, () => locked("old")),
      exhibitors: [exhibitor("old"), exhibitor("new")],
    }),
  ],
  [
    "no-stand-large-enough",
    testPlan({
      powerBoxes: [box("B1", [6, 4])],
      stands: row(2),
      exhibitors: [exhibitor("new", { requestedAreaM2: 30 })],
    }),
  ],
  [
    "pavilion-full",
    testPlan({
      powerBoxes: [box("B1", [6, 4])],
      zones: [
        {
          id: "P",
          hallId: "H",
          kind: "pavilion",
          polygon: [
            [25, 20],
            [38, 20],
            [38, 28],
            [25, 28],
          ],
        },
      ],
      stands: row(2),
      exhibitors: [exhibitor("new", { pavilionId: "P" })],
    }),
  ],
  [
    "no-power-within-reach",
    testPlan({
      stands: row(2, () => ({ powerBoxId: null })),
      exhibitors: [exhibitor("new", { powerKw: 2 })],
    }),
  ],
  [
    "phase-mismatch",
    testPlan({
      powerBoxes: [box("B1", [6, 4], { phases: 1 })],
      stands: row(2),
      exhibitors: [exhibitor("new", { powerKw: 2, phases: 3 })],
    }),
  ],
  [
    "no-power-left",
    testPlan({
      powerBoxes: [box("B1", [6, 4], { capacityKw: 4 })],
      stands: row(2, (i) => (i === 0 ? locked("old") : {})),
      exhibitors: [exhibitor("old", { powerKw: 3 }), exhibitor("new", { powerKw: 2 })],
    }),
  ],
  [
    "hall-supply",
    testPlan({
      halls: hall(5),
      powerBoxes: [box("B1", [6, 4])],
      stands: row(2, (i) => (i === 0 ? locked("old") : {})),
      exhibitors: [exhibitor("old", { powerKw: 4 }), exhibitor("new", { powerKw: 2 })],
    }),
  ],
  [
    "competitor-conflict",
    testPlan({
      powerBoxes: [box("B1", [6, 4])],
      // S2 touches the locked rival's stand S1.
      stands: [
        stand("S1", 3, 5, { powerBoxId: "B1", ...locked("rival") }),
        stand("S2", 6, 5, { powerBoxId: "B1" }),
      ],
      exhibitors: [exhibitor("rival"), exhibitor("new", { avoid: ["rival"] })],
    }),
  ],
  [
    "stands-taken",
    testPlan({
      powerBoxes: [box("B1", [6, 4])],
      stands: row(1),
      exhibitors: [exhibitor("vip", { priority: 3 }), exhibitor("new")],
    }),
  ],
];

describe("reasons for exhibitors left out", () => {
  it.each(CASES)("%s", (reason, plan) => {
    const proposal = allocatePlan(plan, highs);
    expect(proposal.summary.unplaced).toContainEqual({ exhibitorId: "new", reason });
  });

  it("a competitor placed in the same run blocks the other (competitor-conflict after solving)", () => {
    const plan = testPlan({
      powerBoxes: [box("B1", [6, 4])],
      stands: [stand("S1", 3, 5, { powerBoxId: "B1" }), stand("S2", 6, 5, { powerBoxId: "B1" })],
      exhibitors: [exhibitor("first", { priority: 2 }), exhibitor("new", { avoid: ["first"] })],
    });
    const proposal = allocatePlan(plan, highs);
    expect(proposal.placements.map((p) => p.exhibitorId)).toEqual(["first"]);
    expect(proposal.summary.unplaced).toEqual([{ exhibitorId: "new", reason: "competitor-conflict" }]);
  });

  it("power used by this run's placements (no-power-left after solving)", () => {
    const plan = testPlan({
      powerBoxes: [box("B1", [6, 4], { capacityKw: 4 })],
      stands: row(2),
      exhibitors: [exhibitor("first", { powerKw: 3, priority: 2 }), exhibitor("new", { powerKw: 3 })],
    });
    expect(allocatePlan(plan, highs).summary.unplaced).toEqual([
      { exhibitorId: "new", reason: "no-power-left" },
    ]);
  });

  it("words every reason in French and English", () => {
    for (const reason of UNPLACED_REASONS) {
      expect(describeReason(reason, "fr")).not.toBe(describeReason(reason, "en"));
      expect(describeReason(reason, "fr").length).toBeGreaterThan(10);
    }
  });
});
