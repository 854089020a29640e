import { describe, expect, it } from "vitest";
import { buildTestPlan } from "../model/test-fixtures";
import { sameStyle, type StyleInputs } from "./stand-colours";

describe("sameStyle", () => {
  const plan = buildTestPlan();
  const halls = new Set(["h1"]);
  const inputs = (over: Partial<StyleInputs> = {}): StyleInputs => ({
    mode: "status",
    exhibitors: plan.exhibitors,
    zones: plan.zones,
    boxes: plan.powerBoxes,
    halls,
    ...over,
  });
  const movedBoxes = plan.powerBoxes.map((b) => ({ ...b, at: [b.at[0] + 1, b.at[1]] as [number, number] }));
  const newZones = plan.zones.slice();
  const newExhibitors = plan.exhibitors.slice();

  it("repaints the stands when nothing was painted yet, or the mode or the halls on screen change", () => {
    expect(sameStyle(null, inputs())).toBe(false);
    expect(sameStyle(inputs(), inputs({ mode: "power" }))).toBe(false);
    expect(sameStyle(inputs(), inputs({ halls: new Set(["h1"]) }))).toBe(false);
  });

  it("by status, keeps every colour whatever boxes, zones or exhibitors do (a box dragged repaints no stand)", () => {
    expect(
      sameStyle(inputs(), inputs({ boxes: movedBoxes, zones: newZones, exhibitors: newExhibitors })),
    ).toBe(true);
  });

  it("by pavilion, follows zones and exhibitors but not boxes", () => {
    const mode = "pavilion" as const;
    expect(sameStyle(inputs({ mode }), inputs({ mode, boxes: movedBoxes }))).toBe(true);
    expect(sameStyle(inputs({ mode }), inputs({ mode, zones: newZones }))).toBe(false);
    expect(sameStyle(inputs({ mode }), inputs({ mode, exhibitors: newExhibitors }))).toBe(false);
  });

  it("by power load, follows boxes and exhibitors but not zones", () => {
    const mode = "power" as const;
    expect(sameStyle(inputs({ mode }), inputs({ mode, zones: newZones }))).toBe(true);
    expect(sameStyle(inputs({ mode }), inputs({ mode, boxes: movedBoxes }))).toBe(false);
    expect(sameStyle(inputs({ mode }), inputs({ mode, exhibitors: newExhibitors }))).toBe(false);
  });
});
