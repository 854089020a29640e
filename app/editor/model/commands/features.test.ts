import { describe, expect, it } from "vitest";
import { findEntity } from "../document";
import { buildTestDoc, snapshot, standRefs } from "../test-fixtures";
import type { CommandResult, EditorDoc, EntityRef } from "../types";
import { deleteEntities } from "./delete";
import { duplicateEntities } from "./duplicate";
import { addExit, addObstacle, addPowerBox, addZone, setGeometry } from "./features";
import { moveEntities } from "./move";

function ok(result: CommandResult) {
  if (!result.ok) throw new Error(result.error.reason);
  return result;
}

const square: [number, number][] = [
  [4, 14],
  [5, 14],
  [5, 15],
  [4, 15],
];
const bowTie: [number, number][] = [
  [4, 14],
  [5, 15],
  [5, 14],
  [4, 15],
];

describe("adding features", () => {
  it.each<[string, (d: EditorDoc) => CommandResult, EntityRef, Record<string, unknown>]>([
    [
      "a pillar",
      (d) => addObstacle(d, { kind: "pillar", polygon: square }),
      { kind: "obstacle", id: "P2" },
      { hallId: "h1" },
    ],
    [
      "a wall",
      (d) => addObstacle(d, { kind: "wall", polygon: square }),
      { kind: "obstacle", id: "W2" },
      { kind: "wall" },
    ],
    [
      "a door on the right wall",
      (d) => addExit(d, { a: [30, 5], b: [30, 7] }),
      { kind: "exit", id: "EX2" },
      { hallId: "h1" },
    ],
    [
      "a door in hall 2",
      (d) => addExit(d, { a: [50, 2], b: [50, 4] }),
      { kind: "exit", id: "EX2" },
      { hallId: "h2" },
    ],
    [
      "a box, snapped",
      (d) => addPowerBox(d, { at: [41.2, 8.9], snap: 0.5 }),
      { kind: "powerBox", id: "B4" },
      { at: [41, 9], hallId: "h2", phases: 1 },
    ],
    [
      "a demo zone",
      (d) => addZone(d, { kind: "demo", polygon: square, name: "Démo" }),
      { kind: "zone", id: "D1" },
      { name: "Démo" },
    ],
  ])("adds %s with the next free id and selects it", (_, run, ref, expected) => {
    const result = ok(run(buildTestDoc(standRefs("A01"))));
    expect(result.doc.selection).toEqual([ref]);
    expect(findEntity(result.doc.plan, ref.kind, ref.id)).toMatchObject(expected);
  });

  it.each<[string, (d: EditorDoc) => CommandResult, string]>([
    [
      "a self-intersecting obstacle",
      (d) => addObstacle(d, { kind: "pillar", polygon: bowTie }),
      "polygon.invalid",
    ],
    [
      "a two-point zone",
      (d) => addZone(d, { kind: "quiet", polygon: square.slice(0, 2) }),
      "polygon.invalid",
    ],
    [
      "an unknown obstacle kind",
      (d) => addObstacle(d, { kind: "tree" as never, polygon: square }),
      "kind.invalid",
    ],
    ["a door in mid-floor", (d) => addExit(d, { a: [10, 10], b: [12, 10] }), "exit.off-outline"],
    ["a door of zero length", (d) => addExit(d, { a: [30, 5], b: [30, 5] }), "exit.invalid"],
    ["an id in use", (d) => addPowerBox(d, { at: [3, 3], id: "B1" }), "id.duplicate"],
    ["two-phase box", (d) => addPowerBox(d, { at: [3, 3], phases: 2 as never }), "value.invalid"],
    [
      "a polygon edit that crosses itself",
      (d) => setGeometry(d, { ref: { kind: "zone", id: "Q1" }, polygon: bowTie }),
      "polygon.invalid",
    ],
    [
      "a door edit off the wall",
      (d) => setGeometry(d, { ref: { kind: "exit", id: "EX1" }, a: [5, 5], b: [6, 5] }),
      "exit.off-outline",
    ],
    [
      "a polygon on a box",
      (d) => setGeometry(d, { ref: { kind: "powerBox", id: "B1" }, polygon: square } as never),
      "geometry.unsupported",
    ],
  ])("refuses %s and changes nothing", (_, run, reason) => {
    const doc = buildTestDoc();
    const before = snapshot(doc);
    expect(run(doc)).toMatchObject({ ok: false, error: { reason } });
    expect(doc).toEqual(before);
  });
});

describe("deleteEntities", () => {
  it("deletes the selection and clears it", () => {
    const result = ok(deleteEntities(buildTestDoc([...standRefs("A02"), { kind: "obstacle", id: "W1" }])));
    expect(findEntity(result.doc.plan, "stand", "A02")).toBeUndefined();
    expect(findEntity(result.doc.plan, "obstacle", "W1")).toBeUndefined();
    expect(result.doc.selection).toEqual([]);
  });

  it("disconnects the stands of a deleted power box", () => {
    const result = ok(deleteEntities(buildTestDoc(), { refs: [{ kind: "powerBox", id: "B1" }] }));
    expect(result.doc.plan.stands.filter((s) => s.powerBoxId === null).map((s) => s.id)).toEqual([
      "A01",
      "A02",
      "B01",
    ]);
  });

  it("takes its members out of a deleted pavilion", () => {
    const result = ok(deleteEntities(buildTestDoc(), { refs: [{ kind: "zone", id: "pav" }] }));
    expect(result.doc.plan.exhibitors.find((e) => e.id === "ex-b")?.pavilionId).toBeNull();
  });

  it("refuses an empty selection", () => {
    expect(deleteEntities(buildTestDoc())).toMatchObject({ ok: false, error: { reason: "selection.empty" } });
  });
});

describe("duplicateEntities", () => {
  it("copies stands to the right of the group with the next codes, free and selected", () => {
    const result = ok(duplicateEntities(buildTestDoc(standRefs("A01", "A02"))));
    const copies = result.diff.plan.stands?.added.map((p) => p.value) ?? [];
    expect(copies.map((s) => [s.id, s.x, s.y, s.exhibitorId, s.status, s.label])).toEqual([
      ["A04", 8, 2, null, "available", "A04"],
      ["A05", 11, 2, null, "available", "A05"],
    ]);
    expect(result.doc.selection).toEqual(standRefs("A04", "A05"));
  });

  it("copies features with fresh ids at the given offset", () => {
    const result = ok(
      duplicateEntities(buildTestDoc(), { refs: [{ kind: "obstacle", id: "P1" }], offset: [0, 2] }),
    );
    expect(findEntity(result.doc.plan, "obstacle", "P2")?.polygon[0]).toEqual([15, 12]);
  });
});

describe("moving features", () => {
  it("slides a door along its wall, not off it", () => {
    const along = ok(moveEntities(buildTestDoc(), { refs: [{ kind: "exit", id: "EX1" }], dx: 4, dy: 0 }));
    expect(findEntity(along.doc.plan, "exit", "EX1")).toMatchObject({ a: [14, 0], b: [16, 0] });
  });
});
