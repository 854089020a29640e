import { describe, expect, it } from "vitest";
import { findEntity } from "../document";
import { buildTestDoc, snapshot, standRefs } from "../test-fixtures";
import type { CommandResult, EditorDoc } from "../types";
import { addStands } from "./add-stands";
import { alignEntities, distributeEntities, type AlignEdge } from "./arrange";
import { setStandProps } from "./stand-props";

function ok(result: CommandResult) {
  if (!result.ok) throw new Error(result.error.reason);
  return result;
}

const xy = (doc: EditorDoc, id: string) => {
  const s = findEntity(doc.plan, "stand", id)!;
  return [s.x, s.y];
};

describe("alignEntities", () => {
  // A01 (2, 2) 3 × 3 and B01 (2, 8) 4 × 3: group box x 2..6, y 2..11.
  it.each<[AlignEdge, number[], number[]]>([
    ["left", [2, 2], [2, 8]],
    ["right", [3, 2], [2, 8]],
    ["top", [2, 2], [2, 2]],
    ["bottom", [2, 8], [2, 8]],
    ["centerX", [2.5, 2], [2, 8]],
    ["centerY", [2, 5], [2, 5]],
  ])("%s → A01 at %j, B01 at %j", (edge, a01, b01) => {
    const result = ok(alignEntities(buildTestDoc(), { refs: standRefs("A01", "B01"), edge }));
    expect(xy(result.doc, "A01")).toEqual(a01);
    expect(xy(result.doc, "B01")).toEqual(b01);
  });

  it("aligns the rotated stand by its bounding box", () => {
    // B01 turned 90°: its box is 3 wide and 4 deep, centred on (4, 9.5): x 2.5..5.5.
    const turned = ok(setStandProps(buildTestDoc(), { ids: ["B01"], props: { rotation: 90 } }));
    const result = ok(alignEntities(turned.doc, { refs: standRefs("A01", "B01"), edge: "left" }));
    const b01 = findEntity(result.doc.plan, "stand", "B01")!;
    expect(b01.x + b01.width / 2 - b01.depth / 2).toBeCloseTo(2, 9);
  });

  it("needs two entities", () => {
    expect(alignEntities(buildTestDoc(), { refs: standRefs("A01"), edge: "left" })).toMatchObject({
      ok: false,
      error: { reason: "selection.too-few" },
    });
  });
});

describe("distributeEntities", () => {
  it("spaces boxes with equal gaps between the outermost", () => {
    // A01 2..5, A03 8..11 and a 2 m stand at 20..22: span 20, sizes 8, two gaps of 6.
    const extra = ok(
      addStands(buildTestDoc(), { stands: [{ x: 20, y: 2, code: "X1", width: 2, depth: 3 }] }),
    );
    const result = ok(
      distributeEntities(extra.doc, { refs: standRefs("X1", "A01", "A03"), axis: "horizontal" }),
    );
    expect(xy(result.doc, "A01")[0]).toBeCloseTo(2, 9);
    expect(xy(result.doc, "A03")[0]).toBeCloseTo(11, 9);
    expect(xy(result.doc, "X1")[0]).toBeCloseTo(20, 9);
  });

  it("spreads centres evenly when the boxes do not fit", () => {
    // Three 3 m stands over a 5 m extent (2..7): centres 3.5, 5, 5.5 become 3.5, 4.5, 5.5.
    const crowded = ok(
      addStands(buildTestDoc(), {
        stands: [
          { x: 2, y: 16, code: "X1" },
          { x: 3.5, y: 16, code: "X2" },
          { x: 4, y: 16, code: "X3" },
        ],
      }),
    );
    const result = ok(
      distributeEntities(crowded.doc, { refs: standRefs("X1", "X2", "X3"), axis: "horizontal" }),
    );
    expect(xy(result.doc, "X2")[0]).toBeCloseTo(3, 9);
    expect(xy(result.doc, "X1")[0]).toBe(2);
    expect(xy(result.doc, "X3")[0]).toBe(4);
  });

  it("distributes vertically", () => {
    const result = ok(
      distributeEntities(buildTestDoc(), { refs: standRefs("A01", "A03", "B01"), axis: "vertical" }),
    );
    expect([xy(result.doc, "A01")[1], xy(result.doc, "A03")[1], xy(result.doc, "B01")[1]]).toEqual([2, 5, 8]);
  });

  it("needs three entities and changes nothing otherwise", () => {
    const doc = buildTestDoc();
    const before = snapshot(doc);
    expect(distributeEntities(doc, { refs: standRefs("A01", "A02"), axis: "vertical" })).toMatchObject({
      ok: false,
      error: { reason: "selection.too-few" },
    });
    expect(doc).toEqual(before);
  });
});
