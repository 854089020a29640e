import { describe, expect, it } from "vitest";
import { exhibitor, makePlan, stand, subjectsOf } from "./plan-fixture.test-support";

const pavilion = { id: "P", hallId: "H", kind: "pavilion" as const, name: "Village", polygon: [[10, 10], [20, 10], [20, 20], [10, 20]] as [number, number][] };
const exhibitors = [exhibitor("member", { pavilionId: "P" }), exhibitor("guest")];

describe("pavilion.outside (a member's stand must lie within its pavilion, up to ε)", () => {
  it.each([
    ["inside", 12, false],
    ["against the zone's edge", 10, false],
    ["0.5 mm across the edge", 9.9995, false],
    ["2 mm across the edge", 9.998, true],
    ["far away", 30, true],
  ])("a member's stand %s", (_, x, expected) => {
    const plan = makePlan({ zones: [pavilion], exhibitors, stands: [stand("A", x, 12, { exhibitorId: "member" })] });
    expect(subjectsOf(plan, "pavilion.outside")).toEqual(expected ? ["A+P"] : []);
  });
});

describe("pavilion.intruder (the centre of a non-member's stand in a pavilion)", () => {
  it.each([
    ["a guest, centre inside", "guest", 12, true],
    ["a guest, centre on the edge", "guest", 8.5, true],
    ["a guest, centre 1 cm outside", "guest", 8.49, false],
    ["a member", "member", 12, false],
    ["an unassigned stand", null, 12, false],
  ])("%s", (_, exhibitorId, x, expected) => {
    const plan = makePlan({ zones: [pavilion], exhibitors, stands: [stand("A", x, 12, { exhibitorId })] });
    expect(subjectsOf(plan, "pavilion.intruder")).toEqual(expected ? ["A+P"] : []);
  });
});
