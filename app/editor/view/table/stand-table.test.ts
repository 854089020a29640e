import { describe, expect, it } from "vitest";
import { buildTestPlan } from "../../model/test-fixtures";
import { pageCount, queryStands, type TableQuery } from "./stand-table";

const collator = new Intl.Collator("fr");
const plan = buildTestPlan();
const codes = (query: Partial<TableQuery>) =>
  queryStands(
    plan,
    { hallId: "", search: "", sort: { column: "code", direction: "ascending" }, ...query },
    collator,
  ).map((s) => s.id);

describe("queryStands", () => {
  it("sorts by code as people read codes, both ways", () => {
    const withTen = { ...plan, stands: [...plan.stands, { ...plan.stands[0]!, id: "A10" }] };
    const sorted = queryStands(
      withTen,
      { hallId: "", search: "", sort: { column: "code", direction: "ascending" } },
      collator,
    );
    expect(sorted.map((s) => s.id)).toEqual(["A01", "A02", "A03", "A10", "B01", "C01"]);
    expect(codes({ sort: { column: "code", direction: "descending" } })).toEqual([
      "C01",
      "B01",
      "A03",
      "A02",
      "A01",
    ]);
  });

  it("sorts by area, status and exhibitor, ties by code", () => {
    expect(codes({ sort: { column: "area", direction: "descending" } })).toEqual([
      "B01",
      "A01",
      "A02",
      "A03",
      "C01",
    ]);
    expect(codes({ sort: { column: "status", direction: "ascending" } })).toEqual([
      "A01",
      "C01",
      "A02",
      "B01",
      "A03",
    ]);
    expect(codes({ sort: { column: "exhibitor", direction: "ascending" } })).toEqual([
      "A02",
      "A03",
      "B01",
      "A01",
      "C01",
    ]);
  });

  it("filters by hall and searches codes, labels and exhibitor names", () => {
    expect(codes({ hallId: "h2" })).toEqual(["C01"]);
    expect(codes({ search: "studio" })).toEqual(["A01", "A03", "C01"]);
    expect(codes({ search: "nord" })).toEqual(["A03"]);
  });

  it("pages by fifty", () => {
    expect([pageCount(0), pageCount(50), pageCount(51)]).toEqual([1, 1, 2]);
  });
});
