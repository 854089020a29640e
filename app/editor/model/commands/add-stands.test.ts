import { describe, expect, it } from "vitest";
import { buildTestDoc, snapshot, standRefs } from "../test-fixtures";
import type { CommandResult, Stand } from "../types";
import { addRow, addStand, addStands, STAND_PRESETS } from "./add-stands";

function added(result: CommandResult): Stand[] {
  if (!result.ok) throw new Error(result.error.reason);
  return result.diff.plan.stands?.added.map((p) => p.value) ?? [];
}

describe("addStand", () => {
  it.each([
    ["3x3", 3, 3],
    ["4x3", 4, 3],
    ["6x3", 6, 3],
    ["6x6", 6, 6],
  ] as const)("preset %s is %d × %d m", (preset, width, depth) => {
    const [stand] = added(addStand(buildTestDoc(), { x: 12, y: 12, preset }));
    expect(stand).toMatchObject({ width, depth, rotation: 0, status: "available", exhibitorId: null });
    expect(STAND_PRESETS[preset]).toEqual({ width, depth });
  });

  it.each([
    ["on row A, continues the row", { x: 12, y: 2 }, "A04"],
    ["on row B (tops within 0.5 m)", { x: 7, y: 8.3 }, "B02"],
    ["on a new row, takes a letter no row uses", { x: 12, y: 14 }, "D01"],
    ["with an explicit prefix", { x: 12, y: 14, prefix: "K" }, "K01"],
    ["with an explicit code", { x: 12, y: 14, code: " Z7 " }, "Z7"],
  ])("codes a stand %s", (_, spec, code) => {
    const [stand] = added(addStand(buildTestDoc(), spec));
    expect(stand?.id).toBe(code);
    expect(stand?.label).toBe(code);
  });

  it("selects the new stand and puts it in the hall under its centre", () => {
    const result = addStand(buildTestDoc(standRefs("A01")), { x: 45, y: 2 });
    if (!result.ok) throw new Error(result.error.reason);
    expect(result.doc.selection).toEqual(standRefs("C02"));
    expect(added(result)[0]?.hallId).toBe("h2");
  });

  it("snaps the corner to the grid when given a step", () => {
    const [stand] = added(addStand(buildTestDoc(), { x: 12.26, y: 13.74, snap: 0.5 }));
    expect([stand?.x, stand?.y]).toEqual([12.5, 13.5]);
    const [free] = added(addStand(buildTestDoc(), { x: 12.26, y: 13.74, snap: null }));
    expect([free?.x, free?.y]).toEqual([12.26, 13.74]);
  });

  it("numbers a batch consecutively", () => {
    const stands = added(
      addStands(buildTestDoc(), {
        stands: [
          { x: 12, y: 2 },
          { x: 15, y: 2 },
        ],
      }),
    );
    expect(stands.map((s) => s.id)).toEqual(["A04", "A05"]);
  });

  it.each([
    ["a code in use", { x: 12, y: 14, code: "A02" }, "code.duplicate"],
    ["an empty code", { x: 12, y: 14, code: "  " }, "code.empty"],
    ["a negative width", { x: 12, y: 14, width: -3 }, "size.not-positive"],
    ["a zero depth", { x: 12, y: 14, depth: 0 }, "size.not-positive"],
    ["a NaN position", { x: Number.NaN, y: 14 }, "number.not-finite"],
    ["an unknown hall", { x: 12, y: 14, hallId: "nowhere" }, "hall.not-found"],
  ])("refuses %s and changes nothing", (_, spec, reason) => {
    const doc = buildTestDoc();
    const before = snapshot(doc);
    const result = addStand(doc, spec);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ reason }) });
    expect(doc).toEqual(before);
  });
});

describe("addRow", () => {
  it("places N touching stands along x with consecutive codes", () => {
    const stands = added(addRow(buildTestDoc(), { x: 2, y: 16, count: 4, preset: "4x3" }));
    expect(stands.map((s) => [s.id, s.x, s.y, s.width, s.depth])).toEqual([
      ["D01", 2, 16, 4, 3],
      ["D02", 6, 16, 4, 3],
      ["D03", 10, 16, 4, 3],
      ["D04", 14, 16, 4, 3],
    ]);
  });

  it("places stands one behind the other along y", () => {
    const stands = added(
      addRow(buildTestDoc(), { x: 26, y: 1, count: 3, direction: "y", width: 2.5, depth: 2.3 }),
    );
    expect(stands.map((s) => s.y)).toEqual([1, 3.3, 5.6]);
    expect(stands.every((s) => s.x === 26)).toBe(true);
  });

  it("continues the row it is drawn on", () => {
    const stands = added(addRow(buildTestDoc(), { x: 11, y: 2, count: 2 }));
    expect(stands.map((s) => s.id)).toEqual(["A04", "A05"]);
  });

  it.each([0, -1, 2.5, 201])("refuses a count of %d", (count) => {
    expect(addRow(buildTestDoc(), { x: 2, y: 16, count })).toMatchObject({
      ok: false,
      error: { reason: "row.count-invalid" },
    });
  });
});
