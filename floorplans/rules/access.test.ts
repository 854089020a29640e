import { describe, expect, it } from "vitest";
import { makePlan, stand, subjectsOf } from "./plan-fixture.test-support";

/** Stand S at (10, 10) boxed in on its left, right and bottom; `top` are the stands along its top side. */
function boxedIn(top: ReturnType<typeof stand>[], more: { width?: number } = {}) {
  const w = more.width ?? 3;
  return [stand("S", 10, 10, { width: w }), stand("L", 7, 10), stand("R", 10 + w, 10), stand("U", 7, 13, { width: w + 6 }), ...top];
}

describe("stand.no-access (a side needs a free stretch of min(1 m, side length))", () => {
  it("is quiet for a stand in a row (its front is free)", () => {
    expect(subjectsOf(makePlan({ stands: boxedIn([]) }), "stand.no-access")).toEqual([]);
  });

  it.each([
    ["closed by one stand", [stand("T", 10, 7)], true],
    ["closed by two stands leaving 0.99 m", [stand("T1", 8, 7), stand("T2", 11.99, 7)], true],
    ["two stands leaving exactly 1 m", [stand("T1", 8, 7), stand("T2", 12, 7)], false],
    ["two stands leaving 1.2 m", [stand("T1", 7.8, 7), stand("T2", 12, 7)], false],
    ["a stand 2 mm away (an aisle rule matter, not a closed side)", [stand("T", 10, 6.998)], false],
  ])("the front %s → no access %s", (_, top, expected) => {
    expect(subjectsOf(makePlan({ stands: boxedIn(top) }), "stand.no-access")).toEqual(expected ? ["S"] : []);
  });

  it.each([
    ["a wall", { id: "W", hallId: "H", kind: "wall" as const, polygon: [[9, 9], [14, 9], [14, 10], [9, 10]] as [number, number][] }],
    ["a pillar", { id: "P", hallId: "H", kind: "pillar" as const, polygon: [[9, 9.6], [14, 9.6], [14, 10], [9, 10]] as [number, number][] }],
  ])("counts %s against the front as closing it", (_, obstacle) => {
    expect(subjectsOf(makePlan({ stands: boxedIn([]), obstacles: [obstacle] }), "stand.no-access")).toEqual(["S"]);
  });

  it("counts the hall's outline as closing a side", () => {
    // S against the top wall, boxed in left, right and below.
    const plan = makePlan({ stands: [stand("S", 10, 0), stand("L", 7, 0), stand("R", 13, 0), stand("U", 7, 3, { width: 9 })] });
    expect(subjectsOf(plan, "stand.no-access")).toEqual(["S"]);
  });

  it("asks a short side for its whole length only", () => {
    // A 0.8 m wide stand: its 0.8 m front is enough.
    expect(subjectsOf(makePlan({ stands: boxedIn([], { width: 0.8 }) }), "stand.no-access")).toEqual([]);
  });

  it("works on turned stands", () => {
    // The same block turned by 90° about each stand's own centre is no longer a block; a 45° stand
    // in the open is always accessible.
    const plan = makePlan({ stands: [stand("A", 20, 20, { rotation: 45 }), stand("B", 10, 10, { rotation: 90 })] });
    expect(subjectsOf(plan, "stand.no-access")).toEqual([]);
  });

  it("has no free side outside the hall", () => {
    expect(subjectsOf(makePlan({ stands: [stand("A", -20, 10)] }), "stand.no-access")).toEqual(["A"]);
  });
});
