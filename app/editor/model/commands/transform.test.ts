import { describe, expect, it } from "vitest";
import { findEntity } from "../document";
import { buildTestDoc, snapshot, standRefs } from "../test-fixtures";
import type { CommandResult, EditorDoc, Stand } from "../types";
import { moveEntities } from "./move";
import { resizeStand, type ResizeHandle } from "./resize";
import { rotateEntities } from "./rotate";
import { setStandProps } from "./stand-props";

function stand(result: CommandResult, id: string): Stand {
  if (!result.ok) throw new Error(result.error.reason);
  return findEntity(result.doc.plan, "stand", id)!;
}

/** A doc where A01 sits off the grid, at (2.2, 2.1). */
function offGridDoc(): EditorDoc {
  const r = setStandProps(buildTestDoc(), { ids: ["A01"], props: { x: 2.2, y: 2.1 } });
  if (!r.ok) throw new Error(r.error.reason);
  return r.doc;
}

describe("moveEntities", () => {
  it.each([
    // [dx, dy, snap, expected A01 x, y]: the group's top-left corner lands on the grid
    [0.4, 3.2, 0.5, 2.5, 5.1],
    [0.4, 3.2, null, 2.6, 5.3],
    [0.4, 3.2, 1, 3, 5.1],
    [0, 1.3, 0.5, 2.2, 3.6], // x not moved, not snapped either
  ] as const)("by (%d, %d) with snap %s puts A01 at (%d, %d)", (dx, dy, snap, x, y) => {
    const result = moveEntities(offGridDoc(), { refs: standRefs("A01", "A02"), dx, dy, snap });
    expect(stand(result, "A01").x).toBeCloseTo(x, 9);
    expect(stand(result, "A01").y).toBeCloseTo(y, 9);
    // The group moves together: A02 keeps its offset from A01.
    expect(stand(result, "A02").x - stand(result, "A01").x).toBeCloseTo(2.8, 9);
  });

  it("moves the selection by default, and polygons as a whole", () => {
    const doc = {
      ...buildTestDoc(),
      selection: [
        { kind: "obstacle", id: "P1" },
        { kind: "powerBox", id: "B2" },
      ],
    } as EditorDoc;
    const result = moveEntities(doc, { dx: 1, dy: 2 });
    if (!result.ok) throw new Error(result.error.reason);
    expect(findEntity(result.doc.plan, "obstacle", "P1")?.polygon[0]).toEqual([16, 12]);
    expect(findEntity(result.doc.plan, "powerBox", "B2")?.at).toEqual([2, 12]);
  });

  it("a zero move changes nothing and returns the same document", () => {
    const doc = buildTestDoc(standRefs("A01"));
    const result = moveEntities(doc, { dx: 0, dy: 0, snap: 0.5 });
    expect(result.ok && result.doc).toBe(doc);
  });

  it.each([
    ["an empty selection", {}, "selection.empty"],
    ["an unknown stand", { refs: standRefs("ZZ9") }, "entity.not-found"],
    [
      "a door pulled off its wall",
      { refs: [{ kind: "exit" as const, id: "EX1" }], dy: 2 },
      "exit.off-outline",
    ],
  ])("refuses %s", (_, args, reason) => {
    const doc = buildTestDoc();
    const before = snapshot(doc);
    expect(moveEntities(doc, { dx: 1, dy: 0, ...args })).toMatchObject({ ok: false, error: { reason } });
    expect(doc).toEqual(before);
  });
});

describe("resizeStand", () => {
  it.each([
    // A03 is (8, 2) 3 × 3. [handle, dx, dy, snap, x, y, width, depth]
    ["e", 1.2, 0, 0.5, 8, 2, 4, 3],
    ["e", 1.2, 0, null, 8, 2, 4.2, 3],
    ["w", 1.2, 0, 0.5, 9, 2, 2, 3],
    ["s", 0, 2.6, 0.5, 8, 2, 3, 5.5],
    ["n", 0, -1.1, 0.5, 8, 1, 3, 4],
    ["se", 1.2, 0.9, 0.5, 8, 2, 4, 4],
    ["nw", -1, -1, 0.5, 7, 1, 4, 4],
    ["e", -5, 0, 0.5, 8, 2, 1, 3], // never under 1 m
    ["w", 5, 0, 0.5, 10, 2, 1, 3],
  ] as const)("%s by (%d, %d) snap %s → (%d, %d) %d × %d", (handle, dx, dy, snap, x, y, width, depth) => {
    const s = stand(resizeStand(buildTestDoc(), { id: "A03", handle, dx, dy, snap }), "A03");
    expect(s.x).toBeCloseTo(x, 9);
    expect(s.y).toBeCloseTo(y, 9);
    expect(s.width).toBeCloseTo(width, 9);
    expect(s.depth).toBeCloseTo(depth, 9);
  });

  it.each([
    // B01 is (2, 8) 4 × 3. Turned 90°, its width runs down the screen: the "e" handle is at the bottom.
    [90, "e", 0, 1, 1.5, 8.5, 5, 3],
    [90, "s", -1, 0, 1.5, 7.5, 4, 4],
    [180, "e", -1, 0, 1, 8, 5, 3],
    [270, "s", 1, 0, 2.5, 7.5, 4, 4],
  ] as const)(
    "turned %d°, %s by (%d, %d) → (%d, %d) %d × %d",
    (rotation, handle, dx, dy, x, y, width, depth) => {
      const turned = setStandProps(buildTestDoc(), { ids: ["B01"], props: { rotation } });
      if (!turned.ok) throw new Error(turned.error.reason);
      const s = stand(
        resizeStand(turned.doc, { id: "B01", handle: handle as ResizeHandle, dx, dy, snap: 0.5 }),
        "B01",
      );
      expect([s.x, s.y, s.width, s.depth]).toEqual([x, y, width, depth]);
    },
  );

  it("at a free angle keeps the opposite edge fixed and snaps the size", () => {
    const turned = setStandProps(buildTestDoc(), { ids: ["A03"], props: { rotation: 30 } });
    if (!turned.ok) throw new Error(turned.error.reason);
    const cos = Math.cos(Math.PI / 6);
    const sin = Math.sin(Math.PI / 6);
    // Drag the "e" handle 1.2 m along the stand's own x axis.
    const s = stand(
      resizeStand(turned.doc, { id: "A03", handle: "e", dx: 1.2 * cos, dy: 1.2 * sin, snap: 0.5 }),
      "A03",
    );
    expect(s.width).toBe(4);
    // The left edge's midpoint has not moved.
    const leftMid = (t: Stand) => {
      const cx = t.x + t.width / 2;
      const cy = t.y + t.depth / 2;
      return [cx - (t.width / 2) * cos, cy - (t.width / 2) * sin];
    };
    const before = findEntity(turned.doc.plan, "stand", "A03")!;
    expect(leftMid(s)[0]).toBeCloseTo(leftMid(before)[0]!, 6);
    expect(leftMid(s)[1]).toBeCloseTo(leftMid(before)[1]!, 6);
  });
});

describe("rotateEntities", () => {
  it.each([
    [90, 90, 90],
    [44, 90, 0], // rounds to the nearest quarter turn: no change
    [-90, 90, 270],
    [33, null, 33],
    [400, null, 40],
  ] as const)("by %d° with step %s gives %d°", (by, step, rotation) => {
    const result = rotateEntities(buildTestDoc(), { refs: standRefs("B01"), by, step });
    if (!result.ok) throw new Error(result.error.reason);
    const s = findEntity(result.doc.plan, "stand", "B01")!;
    expect(s.rotation).toBeCloseTo(rotation, 9);
    // A single stand turns in place.
    expect([s.x, s.y]).toEqual([2, 8]);
  });

  it("turns a group about its centre, keeping the arrangement", () => {
    // A01 (2..5) and A02 (5..8) on y 2..5: group centre (5, 3.5). A quarter turn stacks them vertically.
    const result = rotateEntities(buildTestDoc(), { refs: standRefs("A01", "A02"), by: 90 });
    const a1 = stand(result, "A01");
    const a2 = stand(result, "A02");
    expect([a1.x + 1.5, a1.y + 1.5]).toEqual([5, 2]); // centre (3.5, 3.5) → (5, 2)
    expect([a2.x + 1.5, a2.y + 1.5]).toEqual([5, 5]);
    expect(a1.rotation).toBe(90);
  });
});
