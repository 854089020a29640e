import { describe, expect, it } from "vitest";
import { setStandProps } from "./commands/stand-props";
import {
  clickSelection,
  isCaughtByMarquee,
  mergeSelection,
  rectFromCorners,
  selectInMarquee,
  sortInReadingOrder,
  toggleRef,
} from "./selection";
import { buildTestDoc, buildTestPlan, standRefs } from "./test-fixtures";
import type { Stand } from "./types";

describe("marquee", () => {
  it.each([
    // [corner a, corner b, mode, selected]
    [[1.5, 1.5], [8.5, 5.5], "contain", ["stand:A01", "stand:A02"]],
    [[8.5, 5.5], [1.5, 1.5], "contain", ["stand:A01", "stand:A02"]],
    [[1.5, 1.5], [8.5, 5.5], "intersect", ["stand:A01", "stand:A02", "stand:A03"]],
    [[0.5, 0.5], [1.5, 1.5], "contain", ["powerBox:B1"]],
    [[9, -1], [11, 2.5], "intersect", ["stand:A03", "exit:EX1"]],
    [[9, -1], [11, 2.5], "contain", []],
    [[9, -1], [12.5, 2.5], "contain", ["exit:EX1"]],
    [[17, 1], [29, 11], "contain", ["zone:pav"]],
    [[20, 4], [21, 5], "intersect", ["zone:pav"]], // inside the zone: the rectangle is within its polygon
  ] as const)("%j → %j (%s) catches %j", (a, b, mode, expected) => {
    const refs = selectInMarquee(buildTestPlan(), rectFromCorners(a, b), mode);
    expect(refs.map((r) => `${r.kind}:${r.id}`)).toEqual(expected);
  });

  it("tests a turned stand by its real outline, not its bounding box", () => {
    const turned = setStandProps(buildTestDoc(), { ids: ["B01"], props: { rotation: 45 } });
    if (!turned.ok) throw new Error(turned.error.reason);
    const b01 = turned.doc.plan.stands.find((s) => s.id === "B01")!;
    // Turned 45°, B01 (centre 4, 9.5) no longer reaches its old corner (2, 8).
    const corner = rectFromCorners([1.9, 7.9], [2.3, 8.3]);
    const caught = selectInMarquee(turned.doc.plan, corner, "intersect").map((r) => r.id);
    expect(caught).not.toContain("B01");
    expect(isCaughtByMarquee([[2, 8]], corner, "intersect")).toBe(true);
    expect(b01.rotation).toBe(45);
  });
});

describe("click selection", () => {
  const a01 = standRefs("A01")[0]!;
  const a02 = standRefs("A02")[0]!;
  it.each([
    ["click selects alone", [a01], a02, false, [a02]],
    ["shift-click adds", [a01], a02, true, [a01, a02]],
    ["shift-click on a selected one removes it", [a01, a02], a01, true, [a02]],
    ["click on the floor clears", [a01], null, false, []],
    ["shift-click on the floor keeps", [a01], null, true, [a01]],
  ] as const)("%s", (_, selection, ref, shiftKey, expected) => {
    expect(clickSelection(selection, ref, { shiftKey })).toEqual(expected);
  });

  it("toggles and merges without duplicates", () => {
    expect(toggleRef([], a01)).toEqual([a01]);
    expect(mergeSelection([a01], [a01, a02], { shiftKey: true })).toEqual([a01, a02]);
    expect(mergeSelection([a01], [a02], { shiftKey: false })).toEqual([a02]);
  });
});

describe("reading order", () => {
  const at = (id: string, x: number, y: number): Stand => ({ ...buildTestPlan().stands[0]!, id, x, y });
  it("sorts by row (within the tolerance), then by x", () => {
    const stands = [at("d", 9, 6), at("b", 6, 0.3), at("c", 0, 6), at("a", 3, 0), at("e", 0, 0.2)];
    expect(sortInReadingOrder(stands).map((s) => s.id)).toEqual(["e", "a", "b", "c", "d"]);
    expect(sortInReadingOrder(stands, 0.1).map((s) => s.id)).toEqual(["a", "e", "b", "c", "d"]);
  });
});
