import fs from "node:fs";
import { createRequire } from "node:module";

/**
 * DejaVu Sans (regular and bold) from the `dejavu-fonts-ttf` package, read once per process:
 * every export embeds it (subset) so accents and the narrow no-break spaces of fr-FR numbers print.
 */
export const FONT = "DejaVuSans";
export const FONT_BOLD = "DejaVuSans-Bold";

let cache: { regular: Buffer; bold: Buffer; regularPath: string; boldPath: string } | null = null;

export function dejaVu() {
  if (!cache) {
    const require = createRequire(import.meta.url);
    const regularPath = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
    const boldPath = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");
    cache = { regular: fs.readFileSync(regularPath), bold: fs.readFileSync(boldPath), regularPath, boldPath };
  }
  return cache;
}

/** Registers both faces on a pdfkit document (once per document) and selects the regular one. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const fonts = dejaVu();
  doc.registerFont(FONT, fonts.regular);
  doc.registerFont(FONT_BOLD, fonts.bold);
  doc.font(FONT);
}
