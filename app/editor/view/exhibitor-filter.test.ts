import { describe, expect, it } from "vitest";
import { buildTestPlan } from "../model/test-fixtures";
import { filterExhibitors, NO_FILTER } from "./exhibitor-filter";

const collator = new Intl.Collator("fr");
const plan = (() => {
  const base = buildTestPlan();
  return {
    ...base,
    exhibitors: [
      ...base.exhibitors,
      { ...base.exhibitors[2]!, id: "ex-d", name: "Éclat Studio", requestedAreaM2: 24, powerKw: 6 },
      { ...base.exhibitors[2]!, id: "ex-e", name: "Atelier Zéro", requestedAreaM2: 9, powerKw: 2 },
    ],
  };
})();
const names = (filter = NO_FILTER) => filterExhibitors(plan, filter, collator).map((r) => r.exhibitor.name);

describe("filterExhibitors", () => {
  it("lists the unplaced first, then the placed, each by name", () => {
    expect(names()).toEqual(["Atelier Zéro", "Éclat Studio", "Studio C", "Studio A", "Studio B"]);
    expect(filterExhibitors(plan, NO_FILTER, collator).at(-1)).toMatchObject({ stands: ["C01"] });
  });

  it("searches without case or accents", () => {
    expect(names({ ...NO_FILTER, query: "eclat" })).toEqual(["Éclat Studio"]);
    expect(names({ ...NO_FILTER, query: "ZERO" })).toEqual(["Atelier Zéro"]);
  });

  it("filters by pavilion, requested area and power", () => {
    expect(names({ ...NO_FILTER, pavilion: "pav" })).toEqual(["Studio B"]);
    expect(names({ ...NO_FILTER, pavilion: "none" })).not.toContain("Studio B");
    expect(names({ ...NO_FILTER, area: "large" })).toEqual(["Éclat Studio"]);
    expect(names({ ...NO_FILTER, area: "medium" })).toEqual(["Studio C"]);
    expect(names({ ...NO_FILTER, power: "high" })).toEqual(["Éclat Studio"]);
    expect(names({ ...NO_FILTER, power: "low" })).toEqual(["Atelier Zéro"]);
  });
});
