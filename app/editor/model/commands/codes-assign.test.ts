import { describe, expect, it } from "vitest";
import { findEntity } from "../document";
import { buildTestDoc, snapshot, standRefs } from "../test-fixtures";
import type { CommandResult } from "../types";
import { addStands } from "./add-stands";
import { assignExhibitor, swapExhibitors, unassignExhibitor } from "./assign";
import { renumberStands } from "./renumber";

function ok(result: CommandResult) {
  if (!result.ok) throw new Error(result.error.reason);
  return result;
}

describe("renumberStands", () => {
  it("numbers a selection in reading order: by row, then left to right", () => {
    // Drawn out of order; X3 sits 0.3 m lower than its row but still reads as part of it.
    const drawn = ok(
      addStands(buildTestDoc(), {
        stands: [
          { x: 14, y: 16, code: "X1" },
          { x: 2, y: 16, code: "X2" },
          { x: 8, y: 12.3, code: "X3" },
          { x: 2, y: 12, code: "X4" },
        ],
      }),
    );
    const result = ok(renumberStands(drawn.doc, { ids: ["X1", "X2", "X3", "X4"], prefix: "E" }));
    const at = (code: string) => {
      const s = findEntity(result.doc.plan, "stand", code)!;
      return [s.x, s.y];
    };
    expect([at("E01"), at("E02"), at("E03"), at("E04")]).toEqual([
      [2, 12],
      [8, 12.3],
      [2, 16],
      [14, 16],
    ]);
  });

  it("exchanges codes within the set without collisions, and the selection follows", () => {
    // A01–A03 become A02–A04: codes of the set itself are reused, all exchanged in one diff.
    const result = ok(
      renumberStands(buildTestDoc(standRefs("A01", "A02", "A03")), { prefix: "A", start: 2 }),
    );
    expect(result.doc.plan.stands.map((s) => s.id)).toEqual(["A02", "A03", "A04", "B01", "C01"]);
    expect(result.doc.plan.stands.map((s) => s.x).slice(0, 3)).toEqual([2, 5, 8]);
    expect(result.doc.selection).toEqual(standRefs("A02", "A03", "A04"));
    // Labels that were the code follow it; a hand-written label stays.
    expect(result.doc.plan.stands.map((s) => s.label).slice(0, 3)).toEqual(["A02", "A03", "Studio Nord"]);
  });

  it("pads to the width of the last number", () => {
    const result = ok(renumberStands(buildTestDoc(), { ids: ["A01", "A02"], prefix: "H", start: 99 }));
    expect(result.doc.plan.stands.map((s) => s.id).slice(0, 2)).toEqual(["H099", "H100"]);
  });

  it.each([
    ["a code held outside the set", { ids: ["A02", "A03"], prefix: "A" }, "code.duplicate"],
    ["an empty prefix", { ids: ["A02"], prefix: " " }, "prefix.invalid"],
    ["a negative start", { ids: ["A02"], prefix: "Q", start: -1 }, "value.invalid"],
    ["nothing selected", { prefix: "Q" }, "selection.empty"],
  ])("refuses %s", (_, args, reason) => {
    const doc = buildTestDoc();
    const before = snapshot(doc);
    expect(renumberStands(doc, args)).toMatchObject({ ok: false, error: { reason } });
    expect(doc).toEqual(before);
  });
});

describe("assignment", () => {
  it("assigns an exhibitor and marks the stand assigned", () => {
    const result = ok(assignExhibitor(buildTestDoc(), { standId: "A03", exhibitorId: "ex-c" }));
    expect(findEntity(result.doc.plan, "stand", "A03")).toMatchObject({
      exhibitorId: "ex-c",
      status: "assigned",
    });
  });

  it("unassigns and makes an assigned stand available again", () => {
    const result = ok(unassignExhibitor(buildTestDoc(), { standId: "A01" }));
    expect(findEntity(result.doc.plan, "stand", "A01")).toMatchObject({
      exhibitorId: null,
      status: "available",
    });
  });

  it("swaps two stands' exhibitors, an empty stand included", () => {
    const both = ok(swapExhibitors(buildTestDoc(), { a: "A01", b: "C01" }));
    expect(findEntity(both.doc.plan, "stand", "A01")?.exhibitorId).toBe("ex-b");
    expect(findEntity(both.doc.plan, "stand", "C01")?.exhibitorId).toBe("ex-a");
    const oneEmpty = ok(swapExhibitors(buildTestDoc(), { a: "A01", b: "A03" }));
    expect(findEntity(oneEmpty.doc.plan, "stand", "A01")).toMatchObject({
      exhibitorId: null,
      status: "available",
    });
    expect(findEntity(oneEmpty.doc.plan, "stand", "A03")).toMatchObject({
      exhibitorId: "ex-a",
      status: "assigned",
    });
  });

  it("assigning the exhibitor already there changes nothing", () => {
    const doc = buildTestDoc();
    const result = ok(assignExhibitor(doc, { standId: "A01", exhibitorId: "ex-a" }));
    expect(result.doc).toBe(doc);
  });

  it.each([
    [
      "an unknown exhibitor",
      () => assignExhibitor(buildTestDoc(), { standId: "A02", exhibitorId: "ex-z" }),
      "exhibitor.not-found",
    ],
    [
      "a blocked stand",
      () => assignExhibitor(buildTestDoc(), { standId: "B01", exhibitorId: "ex-c" }),
      "stand.blocked",
    ],
    [
      "an unknown stand",
      () => assignExhibitor(buildTestDoc(), { standId: "Z1", exhibitorId: "ex-c" }),
      "entity.not-found",
    ],
    [
      "unassigning a free stand",
      () => unassignExhibitor(buildTestDoc(), { standId: "A02" }),
      "stand.not-assigned",
    ],
    ["a swap with itself", () => swapExhibitors(buildTestDoc(), { a: "A01", b: "A01" }), "swap.same-stand"],
    [
      "a swap of two free stands",
      () => swapExhibitors(buildTestDoc(), { a: "A02", b: "A03" }),
      "swap.nothing",
    ],
    [
      "a swap onto a blocked stand",
      () => swapExhibitors(buildTestDoc(), { a: "A01", b: "B01" }),
      "stand.blocked",
    ],
  ])("refuses %s", (_, run, reason) => {
    expect(run()).toMatchObject({ ok: false, error: { reason } });
  });
});
