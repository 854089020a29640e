import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store";
import { buildTestDoc, buildTestPlan, snapshot } from "../test-fixtures";
import { applyAllocation } from "./apply-allocation";

describe("applyAllocation", () => {
  it("assigns every accepted placement in one diff and leaves its input untouched", () => {
    const doc = buildTestDoc();
    const before = snapshot(doc);
    const result = applyAllocation(doc, { placements: [{ exhibitorId: "ex-c", standId: "A02" }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.plan.stands.find((s) => s.id === "A02")).toMatchObject({
      exhibitorId: "ex-c",
      status: "assigned",
    });
    expect(result.doc.plan.stands.find((s) => s.id === "A01")).toEqual(
      doc.plan.stands.find((s) => s.id === "A01"),
    );
    expect(doc).toEqual(before);
  });

  it.each([
    [
      "a stand that already has an exhibitor (locked)",
      { exhibitorId: "ex-c", standId: "A01" },
      "value.invalid",
    ],
    ["an exhibitor already placed", { exhibitorId: "ex-a", standId: "A02" }, "value.invalid"],
    ["a blocked stand", { exhibitorId: "ex-c", standId: "B01" }, "stand.blocked"],
    ["an unknown stand", { exhibitorId: "ex-c", standId: "Z99" }, "entity.not-found"],
    ["an unknown exhibitor", { exhibitorId: "ex-z", standId: "A02" }, "exhibitor.not-found"],
  ])("refuses %s and changes nothing", (_, placement, reason) => {
    const result = applyAllocation(buildTestDoc(), {
      placements: [{ exhibitorId: "ex-c", standId: "A02" }, placement],
    });
    expect(result).toMatchObject({ ok: false, error: { reason } });
  });

  it("is undone as a single history entry, however many placements it makes", () => {
    const base = buildTestPlan();
    const store = createEditorStore({
      ...base,
      exhibitors: [...base.exhibitors, { ...base.exhibitors[2]!, id: "ex-d", name: "Studio D" }],
    });
    const plan = store.getState().doc.plan;
    const result = store.dispatch(applyAllocation, {
      placements: [
        { exhibitorId: "ex-c", standId: "A02" },
        { exhibitorId: "ex-d", standId: "A03" },
      ],
    });
    expect(result.ok).toBe(true);
    expect(
      store.getState().doc.plan.stands.filter((s) => s.exhibitorId === "ex-c" || s.exhibitorId === "ex-d"),
    ).toHaveLength(2);
    store.undo();
    expect(store.getState().doc.plan).toEqual(plan);
    expect(store.canUndo()).toBe(false);
  });
});
