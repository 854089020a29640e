import { describe, expect, it } from "vitest";
import type { Violation } from "../../../floorplans/rules/types";
import { buildTestPlan } from "../model/test-fixtures";
import { focusViolation } from "./focus-violation";
import { createEditorSession } from "./session";

function session() {
  const s = createEditorSession(buildTestPlan(), { version: 1, canEdit: true, liveValidation: false });
  s.store.setView({ x: 0, y: 0, scale: 10, width: 800, height: 600 });
  s.ui.set({ hallId: "h1" });
  return s;
}

const v = (rule: Violation["rule"], subjects: string[], data: Violation["data"]): Violation => ({
  rule,
  severity: "error",
  subjects,
  data,
});

describe("focusViolation", () => {
  it("selects the stands named and frames them with their surroundings", () => {
    const s = session();
    focusViolation(s, v("stand.overlap", ["A01", "A02"], { standId: "A01", otherStandId: "A02" }));
    expect(s.store.getState().doc.selection).toEqual([
      { kind: "stand", id: "A01" },
      { kind: "stand", id: "A02" },
    ]);
    // 6 m of stands plus 8 m on each side across 800 px (less the padding): about 33 px per metre.
    expect(s.store.getState().view.scale).toBeCloseTo((600 - 64) / 19, 0);
  });

  it("selects an exhibitor's stands, in a hall already drawn with the current one", () => {
    const s = session();
    focusViolation(s, v("area.too-small", ["ex-b"], { exhibitorId: "ex-b" }));
    expect(s.store.getState().doc.selection).toEqual([{ kind: "stand", id: "C01" }]);
    expect(s.ui.get().hallId).toBe("h1");
  });

  it("selects a power box", () => {
    const s = session();
    focusViolation(s, v("power.box-overload", ["B1"], { boxId: "B1" }));
    expect(s.store.getState().doc.selection).toEqual([{ kind: "powerBox", id: "B1" }]);
  });
});
