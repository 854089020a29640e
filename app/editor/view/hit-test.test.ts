import { describe, expect, it } from "vitest";
import type { Stand } from "../model";
import { buildTestPlan } from "../model/test-fixtures";
import { dropTargetAt, hitTest, standHandles, type HitContext } from "./hit-test";
import { isPointInStand, standAt } from "./stand-geometry";

const stand = (extra: Partial<Stand>): Stand => ({
  id: "S",
  hallId: "h1",
  x: 10,
  y: 10,
  width: 4,
  depth: 2,
  rotation: 0,
  covered: false,
  powerBoxId: null,
  exhibitorId: null,
  ...extra,
});

describe("isPointInStand", () => {
  it.each([
    [[12, 11], 0, true],
    [[14.2, 11], 0, false],
    [[14.2, 11], 0.3, true],
  ] as const)("%j (tolerance %d) → %s for an upright stand", (p, tolerance, inside) => {
    expect(isPointInStand(stand({}), p, tolerance)).toBe(inside);
  });

  it("follows a quarter turn about the centre", () => {
    const turned = stand({ rotation: 90 });
    // Centre (12, 11); turned, the 4 m width runs along y from 9 to 13.
    expect(isPointInStand(turned, [12, 9.2])).toBe(true);
    expect(isPointInStand(turned, [10.5, 11])).toBe(false);
  });

  it("follows a free angle", () => {
    const turned = stand({ rotation: 45 });
    expect(isPointInStand(turned, [12 + 1.3, 11 + 1.3])).toBe(true);
    expect(isPointInStand(turned, [13.9, 9.1])).toBe(false);
  });
});

describe("standAt", () => {
  it("takes the stand drawn last when two overlap, and only in the halls drawn", () => {
    const a = stand({ id: "A" });
    const b = stand({ id: "B", x: 11 });
    const other = stand({ id: "C", hallId: "h2" });
    expect(standAt([a, b], [12, 11], new Set(["h1"]))?.id).toBe("B");
    expect(standAt([a, other], [10.5, 11], new Set(["h2"]))?.id).toBe("C");
    expect(standAt([a], [12, 11], new Set(["h2"]))).toBeNull();
  });
});

describe("hitTest", () => {
  const plan = buildTestPlan();
  const ctx = (selection: HitContext["selection"] = [], scale = 20): HitContext => ({
    scale,
    visibleHalls: new Set(["h1"]),
    selection,
  });

  it("finds stands, boxes, doors, obstacles and zone edges, in drawing order", () => {
    expect(hitTest(plan, [3, 3], ctx())).toEqual({ type: "entity", ref: { kind: "stand", id: "A01" } });
    expect(hitTest(plan, [1.1, 1.1], ctx())).toEqual({ type: "entity", ref: { kind: "powerBox", id: "B1" } });
    expect(hitTest(plan, [11, 0.1], ctx())).toEqual({ type: "entity", ref: { kind: "exit", id: "EX1" } });
    expect(hitTest(plan, [15.2, 10.2], ctx())).toEqual({
      type: "entity",
      ref: { kind: "obstacle", id: "P1" },
    });
    expect(hitTest(plan, [18.1, 6], ctx())).toEqual({ type: "entity", ref: { kind: "zone", id: "pav" } });
  });

  it("does not pick a zone from inside (dragging there pans or selects stands)", () => {
    expect(hitTest(plan, [23, 6], ctx())).toEqual({ type: "none" });
  });

  it("offers the handles of a single selected stand, at a fixed size on screen", () => {
    const selected = ctx([{ kind: "stand", id: "A01" }]);
    expect(hitTest(plan, [5, 5], selected)).toEqual({ type: "resize", standId: "A01", handle: "se" });
    expect(hitTest(plan, [3.5, 2], selected)).toEqual({ type: "resize", standId: "A01", handle: "n" });
    const rotate = standHandles(plan.stands[0]!, 20).rotate;
    expect(rotate[0]).toBeCloseTo(3.5);
    expect(rotate[1]).toBeCloseTo(2 - 26 / 20);
    expect(hitTest(plan, rotate, selected)).toEqual({ type: "rotate", standId: "A01" });
    // 0.6 m off the corner is 12 px at 20 px/m (too far to grab) but 8.4 px at 14 px/m.
    expect(hitTest(plan, [5.6, 5.6], selected)).toEqual({ type: "none" });
    expect(hitTest(plan, [5.6, 5.6], { ...selected, scale: 14 })).toEqual({
      type: "resize",
      standId: "A01",
      handle: "se",
    });
  });

  it("offers no handles on a stand too small on screen to be grabbed between them", () => {
    const selected = ctx([{ kind: "stand", id: "A01" }], 11);
    // 3 m at 11 px/m is 33 px: the press in the middle moves the stand.
    expect(hitTest(plan, [3.5, 2.3], selected)).toEqual({
      type: "entity",
      ref: { kind: "stand", id: "A01" },
    });
  });

  it("offers no handles when several things are selected", () => {
    const two = ctx([
      { kind: "stand", id: "A01" },
      { kind: "stand", id: "A02" },
    ]);
    expect(hitTest(plan, [5, 5], two).type).toBe("entity");
  });

  it("refuses a blocked stand as a drop target for an exhibitor", () => {
    expect(dropTargetAt(plan, [3, 3], new Set(["h1"]))?.id).toBe("A01");
    expect(dropTargetAt(plan, [3, 9], new Set(["h1"]))).toBeNull();
  });
});
