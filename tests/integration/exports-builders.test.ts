import { describe, expect, it } from "vitest";
import { attachmentName, countPages } from "~/components/exports/pdf-progress";
import { buildTable } from "~/exports/contractor-tables";
import { chooseScale, layoutPlanPages } from "~/exports/floor-plan-layout";
import { createFormatter } from "~/exports/format";
import { computeOpenSides } from "~/exports/open-sides";
import { renderSetupSheets } from "~/exports/setup-sheet-pdf";
import { tableToCsv } from "~/exports/table-files";
import { planSchema } from "../../floorplans/format/schema";
import { generateExportData } from "../bench/exports-data";
import { pdfGlyphs, pdfText } from "./exports-fixtures";

/** The pure builders of app/exports/, fed generated data (no database). */

describe("open sides", () => {
  const plan = planSchema.parse({
    format: "allee.plan/v1",
    halls: [
      {
        id: "h",
        name: "H",
        outline: [
          [0, 0],
          [30, 0],
          [30, 20],
          [0, 20],
        ],
      },
    ],
    obstacles: [
      {
        id: "col",
        hallId: "h",
        kind: "pillar",
        polygon: [
          [13.5, 1.5],
          [13.8, 1.5],
          [13.8, 1.8],
          [13.5, 1.8],
        ],
      },
    ],
    stands: [
      { id: "row-left", hallId: "h", x: 0, y: 0, width: 3, depth: 3 },
      { id: "row-mid", hallId: "h", x: 3, y: 0, width: 3, depth: 3 },
      { id: "row-right", hallId: "h", x: 6, y: 0, width: 3, depth: 3 },
      { id: "island", hallId: "h", x: 12, y: 8, width: 4, depth: 3 },
      { id: "pillared", hallId: "h", x: 12, y: 0, width: 3, depth: 3 },
    ],
  });
  const sides = computeOpenSides(plan);

  it.each([
    ["row-mid", ["bottom"]],
    ["row-left", ["bottom"]],
    ["row-right", ["right", "bottom"]],
    ["island", ["top", "right", "bottom", "left"]],
  ])("%s is open on %j", (code, open) => {
    expect(sides.get(code)?.open).toEqual(open);
  });

  it("finds the column standing inside a stand", () => {
    expect(sides.get("pillared")?.pillars).toEqual(["col"]);
    expect(sides.get("island")?.pillars).toEqual([]);
  });
});

describe("setup sheet PDF", () => {
  it("writes French numbers with narrow no-break spaces and the stand's code", async () => {
    const data = generateExportData(12);
    const stand = data.stands[0]!;
    Object.assign(stand, { width: 40, depth: 30, areaM2: 1200, code: "GRAND-1" });
    const pdf = await renderSetupSheets(data, [stand], "fr");
    const [text] = await pdfText(pdf);
    expect(text).toContain("Fiche d’implantation GRAND-1");
    expect((await pdfGlyphs(pdf))[0]).toContain("1\u202f200 m²");
    const en = await renderSetupSheets(data, [stand], "en");
    expect((await pdfText(en))[0]).toContain("1,200 m²");
  });

  it("counts the pages of a streamed PDF whatever the chunk boundaries", async () => {
    const data = generateExportData(40);
    const pdf = new Uint8Array(await renderSetupSheets(data, data.stands.slice(0, 23), "fr"));
    for (const size of [7, 100, 4096]) {
      let counter = { pages: 0, tail: "" };
      for (let i = 0; i < pdf.length; i += size) counter = countPages(counter, pdf.subarray(i, i + size));
      expect(counter.pages).toBe(23);
    }
    expect(attachmentName('attachment; filename="fiche.pdf"', "x.pdf")).toBe("fiche.pdf");
    expect(attachmentName(null, "x.pdf")).toBe("x.pdf");
  });
});

describe("tables and plan", () => {
  it("neutralises every formula prefix, tab and carriage return included, in CSV", () => {
    const data = generateExportData(12);
    const names = ["=1+1", "+33 6", "-2", "@SUM(A1)", "\tTab", "\rCR", 'Plain, "quoted"\nline'];
    data.stands.slice(0, names.length).forEach((s, i) => (s.notes = names[i]!));
    const f = createFormatter("en");
    // Notes are the last column of the stands list: each cell ends its line.
    const csv = tableToCsv(
      buildTable("stands", data, data.stands.slice(0, names.length), computeOpenSides(data.plan), f),
      "en",
    );
    for (const cell of [
      ",'=1+1\r\n",
      ",'+33 6\r\n",
      ",'-2\r\n",
      ",'@SUM(A1)\r\n",
      ",'\tTab\r\n",
      `,"'\rCR"\r\n`,
      `,"Plain, ""quoted""\nline"\r\n`,
    ])
      expect(csv).toContain(cell);
  });

  it("picks the largest usual scale at which the hall fits the sheet", () => {
    // At 1:200 a metre is 14.17 pt: 60 m take 850 pt of the A3 sheet's 908; 140 m need 1:500.
    expect(chooseScale(60, 36, 908, 724)).toBe(200);
    expect(chooseScale(140, 80, 908, 724)).toBe(500);
    const data = generateExportData(200);
    const pages = layoutPlanPages(data, "a1", createFormatter("fr"));
    expect(pages).toHaveLength(data.plan.halls.length);
    expect(pages.every((p) => p.width > 2380 && p.height > 1680)).toBe(true);
  });
});
