import { FONT, FONT_BOLD } from "./fonts";

/** A plain table on a pdfkit page: wrapped cells, the header repeated after each page break. */
export interface PdfColumn {
  header: string;
  width: number;
}

export interface PdfFlow {
  doc: PDFKit.PDFDocument;
  y: number;
  left: number;
  bottom: number;
  newPage(): void;
}

export function heading(flow: PdfFlow, text: string, size = 14): void {
  if (flow.y + size * 3 > flow.bottom) flow.newPage();
  flow.doc
    .font(FONT_BOLD)
    .fontSize(size)
    .fillColor("#000000")
    .text(text, flow.left, flow.y, { lineBreak: false });
  flow.y += size * 1.8;
}

export function paragraph(flow: PdfFlow, text: string, width: number, size = 10): void {
  const { doc } = flow;
  doc.font(FONT).fontSize(size);
  const h = doc.heightOfString(text, { width });
  if (flow.y + h > flow.bottom) flow.newPage();
  doc.fillColor("#000000").text(text, flow.left, flow.y, { width });
  flow.y += h + size * 0.8;
}

export function table(flow: PdfFlow, columns: PdfColumn[], rows: string[][], size = 8.5): void {
  const { doc } = flow;
  const pad = 3;
  const header = () => {
    doc.font(FONT_BOLD).fontSize(size);
    const h =
      Math.max(...columns.map((c) => doc.heightOfString(c.header, { width: c.width - 2 * pad }))) + 2 * pad;
    if (flow.y + h * 2 > flow.bottom) flow.newPage();
    doc
      .rect(
        flow.left,
        flow.y,
        columns.reduce((s, c) => s + c.width, 0),
        h,
      )
      .fill("#e8e8e8");
    let x = flow.left;
    doc.fillColor("#000000");
    for (const c of columns) {
      doc.text(c.header, x + pad, flow.y + pad, { width: c.width - 2 * pad });
      x += c.width;
    }
    flow.y += h;
  };
  header();
  doc.font(FONT).fontSize(size);
  for (const row of rows) {
    const h =
      Math.max(...columns.map((c, i) => doc.heightOfString(row[i] ?? "", { width: c.width - 2 * pad }))) +
      2 * pad;
    if (flow.y + h > flow.bottom) {
      flow.newPage();
      header();
      doc.font(FONT).fontSize(size);
    }
    let x = flow.left;
    doc.fillColor("#000000");
    columns.forEach((c, i) => {
      doc.text(row[i] ?? "", x + pad, flow.y + pad, { width: c.width - 2 * pad });
      x += c.width;
    });
    flow.y += h;
    doc.moveTo(flow.left, flow.y).lineTo(x, flow.y).lineWidth(0.3).stroke("#bbbbbb");
  }
  flow.y += 12;
}
