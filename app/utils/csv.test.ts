import { describe, expect, it } from "vitest";
import { formatCsvCell, neutraliseFormula, toCsv } from "./csv";

describe("formatCsvCell", () => {
  it.each([
    ["plain", "Studio Lumen", "Studio Lumen"],
    ["the separator", "Lumen; Marseille", '"Lumen; Marseille"'],
    ["a comma (kept bare with the ; separator)", "Marseille, France", "Marseille, France"],
    ["double quotes", 'Le "Studio"', '"Le ""Studio"""'],
    ["a line feed", "line 1\nline 2", '"line 1\nline 2"'],
    ["a CRLF", "line 1\r\nline 2", '"line 1\r\nline 2"'],
    ["accents and emoji", "Éclat — ça marche 🎮", "Éclat — ça marche 🎮"],
    ["an empty string", "", ""],
  ])("writes %s", (_what, cell, expected) => {
    expect(formatCsvCell(cell)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ["+33 4 91 00 00 00", "'+33 4 91 00 00 00"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", `"'\r=1+1"`],
  ])("neutralises the formula %j", (cell, expected) => {
    expect(formatCsvCell(cell)).toBe(expected);
  });

  it("leaves text that only contains a formula character further on", () => {
    expect(neutraliseFormula("a=b")).toBe("a=b");
    expect(neutraliseFormula(" =1")).toBe(" =1");
  });

  it("writes numbers with the decimal comma and keeps a minus sign on numbers", () => {
    expect(formatCsvCell(12.5)).toBe("12,5");
    expect(formatCsvCell(-3)).toBe("-3");
    expect(formatCsvCell(12.5, { separator: ",", decimalSeparator: "." })).toBe("12.5");
    expect(formatCsvCell(12.5, { separator: "," })).toBe('"12,5"');
    expect(formatCsvCell(Number.NaN)).toBe("");
  });

  it("writes null and undefined as empty cells", () => {
    expect(formatCsvCell(null)).toBe("");
    expect(formatCsvCell(undefined)).toBe("");
  });

  it("quotes a comma when the comma is the separator", () => {
    expect(formatCsvCell("Marseille, France", { separator: "," })).toBe('"Marseille, France"');
  });
});

describe("toCsv", () => {
  it("starts with a BOM, separates with ; and ends every row with CRLF", () => {
    const csv = toCsv([
      ["Nom", "Surface"],
      ["A; B", 9],
      ["=cmd", null],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFNom;Surface\r\n"A; B";9\r\n\'=cmd;\r\n');
  });

  it("can leave the BOM out and use commas", () => {
    expect(toCsv([["a,b", 'say "hi"']], { separator: ",", bom: false })).toBe('"a,b","say ""hi"""\r\n');
  });

  it("round-trips through a strict RFC 4180 reader", () => {
    const rows = [["x\ny", 'q"uote', "a;b", "plain"]];
    expect(readCsv(toCsv(rows, { bom: false }))).toEqual(rows);
  });
});

/** A minimal RFC 4180 reader (`;`), to check that what we write reads back to the same cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ";") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}
