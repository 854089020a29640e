import { describe, expect, it } from "vitest";
import { applyDiff, changedStandIds, invertDiff } from "../diff";
import { buildTestDoc, snapshot, standRefs } from "../test-fixtures";
import type { CommandResult, EditorDoc } from "../types";
import {
  addExit,
  addObstacle,
  addPowerBox,
  addRow,
  addStand,
  addStands,
  addZone,
  alignEntities,
  assignExhibitor,
  deleteEntities,
  distributeEntities,
  duplicateEntities,
  moveEntities,
  renumberStands,
  resizeStand,
  rotateEntities,
  setFeatureProps,
  setGeometry,
  setStandProps,
  swapExhibitors,
  unassignExhibitor,
} from "./index";

const square = (x: number, y: number, s: number) =>
  [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
  ] as [number, number][];

/** Every command, each run on the same test document. */
const cases: [string, (doc: EditorDoc) => CommandResult][] = [
  ["addStand (preset)", (d) => addStand(d, { x: 12, y: 2, preset: "6x3" })],
  [
    "addStands",
    (d) =>
      addStands(d, {
        stands: [
          { x: 2, y: 12 },
          { x: 5, y: 12, preset: "4x3" },
        ],
      }),
  ],
  ["addRow along x", (d) => addRow(d, { x: 2, y: 16, count: 4, preset: "3x3" })],
  ["addRow along y", (d) => addRow(d, { x: 26, y: 0.5, count: 3, direction: "y", preset: "4x3" })],
  ["duplicate", (d) => duplicateEntities(d, { refs: standRefs("A01", "A02") })],
  ["delete stands", (d) => deleteEntities(d, { refs: standRefs("A02") })],
  ["delete box (cascade)", (d) => deleteEntities(d, { refs: [{ kind: "powerBox", id: "B1" }] })],
  ["delete zone (cascade)", (d) => deleteEntities(d, { refs: [{ kind: "zone", id: "pav" }] })],
  ["delete mixed", (d) => deleteEntities(d, { refs: [...standRefs("A03"), { kind: "obstacle", id: "P1" }] })],
  ["move group", (d) => moveEntities(d, { refs: standRefs("A01", "A02"), dx: 0.7, dy: 3.2, snap: 0.5 })],
  ["move polygon", (d) => moveEntities(d, { refs: [{ kind: "zone", id: "Q1" }], dx: 1, dy: -1 })],
  ["move exit along wall", (d) => moveEntities(d, { refs: [{ kind: "exit", id: "EX1" }], dx: 3, dy: 0 })],
  ["resize", (d) => resizeStand(d, { id: "A03", handle: "se", dx: 1.2, dy: 0.9, snap: 0.5 })],
  ["rotate 90", (d) => rotateEntities(d, { refs: standRefs("B01"), by: 90 })],
  ["rotate free group", (d) => rotateEntities(d, { refs: standRefs("A01", "A02"), by: 33, step: null })],
  [
    "setStandProps",
    (d) => setStandProps(d, { ids: ["A02"], props: { status: "reserved", covered: true, notes: "coin" } }),
  ],
  ["setStandProps code", (d) => setStandProps(d, { ids: ["A02"], props: { code: "Z09" } })],
  [
    "setFeatureProps",
    (d) => setFeatureProps(d, { ref: { kind: "powerBox", id: "B2" }, props: { capacityKw: 12, phases: 3 } }),
  ],
  ["align", (d) => alignEntities(d, { refs: standRefs("A01", "B01"), edge: "right" })],
  ["distribute", (d) => distributeEntities(d, { refs: standRefs("A01", "A03", "B01"), axis: "vertical" })],
  ["renumber", (d) => renumberStands(d, { ids: ["A01", "A02", "A03", "B01"], prefix: "A" })],
  ["assign", (d) => assignExhibitor(d, { standId: "A02", exhibitorId: "ex-c" })],
  ["unassign", (d) => unassignExhibitor(d, { standId: "A01" })],
  ["swap", (d) => swapExhibitors(d, { a: "A01", b: "C01" })],
  ["addObstacle", (d) => addObstacle(d, { kind: "technical", polygon: square(4, 14, 1) })],
  ["addExit", (d) => addExit(d, { a: [30, 5], b: [30, 7] })],
  ["addPowerBox", (d) => addPowerBox(d, { at: [14, 1], capacityKw: 20 })],
  ["addZone", (d) => addZone(d, { kind: "demo", polygon: square(10, 15, 3), name: "Démo" })],
  [
    "setGeometry polygon",
    (d) => setGeometry(d, { ref: { kind: "obstacle", id: "W1" }, polygon: square(20, 14, 2) }),
  ],
  ["setGeometry exit", (d) => setGeometry(d, { ref: { kind: "exit", id: "EX1" }, a: [0, 4], b: [0, 6] })],
  ["setGeometry box", (d) => setGeometry(d, { ref: { kind: "powerBox", id: "B2" }, at: [2, 12] })],
];

describe("every command", () => {
  it.each(cases)("%s: applies, undoes to the original, redoes to the result", (_, run) => {
    const doc = buildTestDoc(standRefs("A01"));
    const before = snapshot(doc);
    const result = run(doc);
    if (!result.ok) throw new Error(`refused: ${result.error.reason}`);
    expect(doc).toEqual(before); // the input is never mutated
    expect(result.doc).not.toEqual(before);
    const undone = applyDiff(result.doc, invertDiff(result.diff));
    expect(undone).toEqual(before);
    expect(applyDiff(undone, result.diff)).toEqual(result.doc);
  });

  it.each(cases)("%s: stands it did not change keep their identity", (_, run) => {
    const doc = buildTestDoc(standRefs("A01"));
    const result = run(doc);
    if (!result.ok) throw new Error(result.error.reason);
    const changed = new Set(changedStandIds(result.diff));
    for (const stand of doc.plan.stands) {
      if (changed.has(stand.id)) continue;
      expect(result.doc.plan.stands.find((s) => s.id === stand.id)).toBe(stand);
    }
    if (changed.size === 0) expect(result.doc.plan.stands).toBe(doc.plan.stands);
    // Collections the diff does not name are the very same arrays.
    for (const key of ["stands", "obstacles", "exits", "powerBoxes", "zones", "exhibitors"] as const) {
      if (!result.diff.plan[key]) expect(result.doc.plan[key]).toBe(doc.plan[key]);
    }
  });
});
