import { describe, expect, it } from "vitest";
import type { Plan, Stand } from "../model";
import { buildTestPlan, standAt } from "../model/test-fixtures";
import {
  COLOUR_MODES,
  colourContext,
  legendEntries,
  loadBand,
  standFill,
  STATUS_FILLS,
  LOAD_FILLS,
} from "./stand-colours";
import { boxLoads, countOpenSides, standDemands } from "./stand-metrics";

function withStands(stands: Stand[]): Plan {
  return { ...buildTestPlan(), stands, obstacles: [] };
}

describe("countOpenSides", () => {
  it.each([
    // A block of 3 × 3 stands in the middle of the hall, touching on every side they share.
    ["an island", [], 4],
    ["a peninsula", [standAt("L", 7, 10)], 3],
    ["a corner", [standAt("L", 7, 10), standAt("T", 10, 7)], 2],
    ["a row stand", [standAt("L", 7, 10), standAt("T", 10, 7), standAt("R", 13, 10)], 1],
  ] as const)("counts %s", (_name, neighbours, open) => {
    const subject = standAt("X", 10, 10);
    expect(countOpenSides(withStands([subject, ...neighbours]), subject)).toBe(open);
  });

  it("counts the hall's wall as closing a side", () => {
    const subject = standAt("X", 0, 10);
    expect(countOpenSides(withStands([subject]), subject)).toBe(3);
  });

  it("does not close a side with a neighbour covering less than half of it, or with a 1 m aisle", () => {
    const subject = { ...standAt("X", 10, 10), width: 6 };
    const plan = withStands([
      subject,
      standAt("T", 10, 6.2, { width: 2.5, depth: 3.8 }),
      standAt("R", 17, 10),
    ]);
    expect(countOpenSides(plan, subject)).toBe(4);
  });

  it("works for a turned stand", () => {
    const subject = { ...standAt("X", 10, 10), width: 6, rotation: 90 };
    // Turned, it spans x 11.5–14.5 and y 8–14; a stand against its left side closes one side.
    const plan = withStands([subject, standAt("L", 8.5, 9, { depth: 5 })]);
    expect(countOpenSides(plan, subject)).toBe(3);
  });
});

describe("power", () => {
  it("shares an exhibitor's demand among its stands and sums each box's load", () => {
    const plan = buildTestPlan();
    const exhibitors = plan.exhibitors.map((e) => (e.id === "ex-a" ? { ...e, powerKw: 10 } : e));
    const stands = plan.stands.map((s) =>
      s.id === "A02" ? { ...s, exhibitorId: "ex-a", status: "assigned" as const } : s,
    );
    const next = { ...plan, exhibitors, stands };
    expect(standDemands(next).get("A01")).toBe(5);
    expect(standDemands(next).get("A03")).toBe(0);
    expect(boxLoads(next).get("B1")).toEqual({ demandKw: 10, capacityKw: 36, stands: 2 });
    // A box without a capacity gets the event's default (36 kVA, RULES.md).
    expect(boxLoads(next).get("B2")).toEqual({ demandKw: 0, capacityKw: 36, stands: 1 });
  });

  it.each([
    [undefined, "none"],
    [{ demandKw: 10, capacityKw: 36, stands: 2 }, "ok"],
    [{ demandKw: 30, capacityKw: 36, stands: 2 }, "high"],
    [{ demandKw: 37, capacityKw: 36, stands: 2 }, "over"],
  ] as const)("a load of %j is %s", (load, band) => {
    expect(loadBand(load)).toBe(band);
  });
});

describe("colouring the map", () => {
  const plan = buildTestPlan();
  const loads = new Map([["B1", { demandKw: 40, capacityKw: 36, stands: 2 }]]);

  it("colours by status, by the exhibitor's pavilion, or by its box's load", () => {
    const a01 = plan.stands[0]!;
    const c01 = plan.stands[4]!;
    expect(standFill(a01, colourContext(plan, "status", loads))).toBe(STATUS_FILLS.assigned);
    const byPavilion = colourContext(plan, "pavilion", loads);
    expect(standFill(c01, byPavilion)).not.toBe(standFill(a01, byPavilion));
    expect(standFill(a01, colourContext(plan, "power", loads))).toBe(LOAD_FILLS.over);
    expect(standFill(plan.stands[3]!, colourContext(plan, "power", loads))).toBe(LOAD_FILLS.none);
  });

  it.each(COLOUR_MODES)("has a legend for %s with one line per colour", (mode) => {
    const entries = legendEntries(plan, mode);
    expect(entries.length).toBeGreaterThan(1);
    expect(new Set(entries.map((e) => e.fill)).size).toBe(entries.length);
  });
});
