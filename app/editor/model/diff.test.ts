import { describe, expect, it } from "vitest";
import { applyDiff, changedCollections, changedStandIds, diffDocs, invertDiff, isEmptyDiff } from "./diff";
import { findStand, pruneSelection, replaceById, replaceEntity } from "./document";
import { positionsOf } from "./id-index";
import { isDeepEqual } from "./equal";
import { buildTestDoc, standRefs } from "./test-fixtures";
import type { EditorDoc, Stand } from "./types";

const withStands = (doc: EditorDoc, stands: Stand[]): EditorDoc => ({
  ...doc,
  plan: { ...doc.plan, stands },
});

describe("diffDocs and applyDiff", () => {
  it.each<[string, (stands: Stand[]) => Stand[]]>([
    ["a removal in the middle", (s) => s.filter((x) => x.id !== "A02")],
    ["an addition at the front", (s) => [{ ...s[0]!, id: "N1" }, ...s]],
    ["a replacement", (s) => s.map((x) => (x.id === "A03" ? { ...x, x: 20 } : x))],
    ["a rename", (s) => s.map((x) => (x.id === "A03" ? { ...x, id: "Q1" } : x))],
    [
      "a swap of codes",
      (s) => s.map((x) => (x.id === "A01" ? { ...x, id: "A02" } : x.id === "A02" ? { ...x, id: "A01" } : x)),
    ],
    ["a reorder", (s) => [...s].reverse()],
    ["everything at once", (s) => [{ ...s[4]!, x: 1 }, ...s.slice(1, 3), { ...s[0]!, id: "Z" }]],
  ])("%s: the diff turns one document into the other and back", (_, edit) => {
    const before = buildTestDoc(standRefs("A01"));
    const after = withStands(before, edit([...before.plan.stands]));
    const diff = diffDocs(before, after);
    expect(applyDiff(before, diff)).toEqual(after);
    expect(applyDiff(after, invertDiff(diff))).toEqual(before);
  });

  it("shares the id index with the next array when replacements keep their ids, not after a rename", () => {
    const before = buildTestDoc(standRefs("A01"));
    const stands = before.plan.stands;
    expect(findStand(before.plan, "A03")).toBe(stands[2]);
    const moved = applyDiff(
      before,
      diffDocs(
        before,
        withStands(
          before,
          stands.map((x) => (x.id === "A03" ? { ...x, x: 20 } : x)),
        ),
      ),
    );
    expect(positionsOf(moved.plan.stands)).toBe(positionsOf(stands));
    expect(findStand(moved.plan, "A03")).toMatchObject({ id: "A03", x: 20 });
    const renamed = applyDiff(
      before,
      diffDocs(
        before,
        withStands(
          before,
          stands.map((x) => (x.id === "A03" ? { ...x, id: "Q1" } : x)),
        ),
      ),
    );
    expect(positionsOf(renamed.plan.stands)).not.toBe(positionsOf(stands));
    expect(findStand(renamed.plan, "A03")).toBeUndefined();
    expect(findStand(renamed.plan, "Q1")).toMatchObject({ id: "Q1" });
  });

  it("treats a deep-equal copy as no change", () => {
    const doc = buildTestDoc();
    const copy = withStands(
      doc,
      doc.plan.stands.map((s) => ({ ...s })),
    );
    expect(isEmptyDiff(diffDocs(doc, copy))).toBe(true);
  });

  it("records a selection change", () => {
    const doc = buildTestDoc();
    const diff = diffDocs(doc, { ...doc, selection: standRefs("A01") });
    expect(diff.selection).toEqual({ before: [], after: standRefs("A01") });
    expect(changedCollections(diff)).toEqual([]);
  });

  it("refuses a diff that does not fit the document", () => {
    const doc = buildTestDoc();
    const gone = withStands(
      doc,
      doc.plan.stands.filter((s) => s.id !== "A02"),
    );
    const diff = diffDocs(doc, gone);
    expect(() => applyDiff(gone, diff)).toThrow(/does not fit/);
  });

  it("lists changed stand ids, both codes of a rename", () => {
    const doc = buildTestDoc();
    const after = withStands(doc, [
      ...doc.plan.stands.slice(1).map((s) => (s.id === "A03" ? { ...s, id: "Q1" } : s)),
      { ...doc.plan.stands[0]!, id: "N1" },
    ]);
    // A03 → Q1 reorders nothing but renames: recorded as removed A01, A03 and added Q1, N1.
    expect(changedStandIds(diffDocs(doc, after)).sort()).toEqual(["A01", "A03", "N1", "Q1"]);
  });
});

describe("structural sharing helpers", () => {
  it("replaceById copies the array only when something changes", () => {
    const stands = buildTestDoc().plan.stands;
    expect(replaceById(stands, new Map())).toBe(stands);
    expect(replaceById(stands, new Map([["A02", stands[1]!]]))).toBe(stands);
    const moved = { ...stands[1]!, x: 9 };
    const next = replaceById(stands, new Map([["A02", moved]]));
    expect(next).not.toBe(stands);
    expect(next[1]).toBe(moved);
    expect(next.filter((s, i) => s === stands[i])).toHaveLength(stands.length - 1);
  });

  it("replaceEntity leaves other collections and stands untouched", () => {
    const doc = buildTestDoc();
    const box = { ...doc.plan.powerBoxes[0]!, capacityKw: 10 };
    const next = replaceEntity(doc, "powerBox", "B1", box);
    expect(next.plan.stands).toBe(doc.plan.stands);
    expect(next.plan.powerBoxes[0]).toBe(box);
    expect(replaceEntity(doc, "powerBox", "B1", doc.plan.powerBoxes[0]!)).toBe(doc);
  });

  it("pruneSelection drops refs to entities that are gone", () => {
    const doc = buildTestDoc();
    const selection = [...standRefs("A01", "ZZ"), { kind: "zone" as const, id: "pav" }];
    expect(pruneSelection(doc.plan, selection)).toEqual([...standRefs("A01"), { kind: "zone", id: "pav" }]);
    const valid = standRefs("A01");
    expect(pruneSelection(doc.plan, valid)).toBe(valid);
  });

  it("isDeepEqual ignores undefined keys and compares arrays by position", () => {
    expect(isDeepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(isDeepEqual([1, 2], [2, 1])).toBe(false);
    expect(isDeepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
  });
});
