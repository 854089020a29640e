/**
 * CSV writing shared by the exports. Defaults suit French spreadsheets: Excel (fr-FR) and
 * LibreOffice open a file by double-click with `;` between cells and `,` as the decimal mark, and
 * only read it as UTF-8 when it starts with a byte-order mark. Quoting follows RFC 4180: a cell
 * holding the separator, a double quote, CR or LF is wrapped in quotes, its quotes doubled.
 */
export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /** `;` by default (see above); `,` for tools that expect RFC 4180's comma. */
  separator?: string;
  /** How numbers are written: `,` by default, as French spreadsheets parse them. */
  decimalSeparator?: string;
  /** Starts the file with U+FEFF (default true) so spreadsheets detect UTF-8. */
  bom?: boolean;
}

const BOM = "\uFEFF";
// A text cell starting with one of these is run as a formula by spreadsheets (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes an apostrophe to text a spreadsheet would run as a formula; other text is untouched. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One cell as written in the file. Numbers are data, never formulas, so a negative number keeps its
 * minus sign; text is neutralised first, then quoted when it has to be.
 */
export function formatCsvCell(cell: CsvCell, options: CsvOptions = {}): string {
  const separator = options.separator ?? ";";
  let text: string;
  if (cell === null || cell === undefined) text = "";
  else if (typeof cell === "number")
    text = Number.isFinite(cell) ? String(cell).replace(".", options.decimalSeparator ?? ",") : "";
  else text = neutraliseFormula(cell);
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: rows joined by CRLF (RFC 4180), the last one included. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ";";
  const lines = rows.map((row) => row.map((cell) => formatCsvCell(cell, options)).join(separator));
  return `${options.bom === false ? "" : BOM}${lines.map((line) => `${line}\r\n`).join("")}`;
}
