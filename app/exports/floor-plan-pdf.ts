import PDFDocument from "pdfkit";
import { FONT, FONT_BOLD, registerFonts } from "./fonts";
import type { PlanPage, Primitive } from "./floor-plan-layout";

/** Draws plan pages (one per hall) on a pdfkit document: used alone and inside the safety file. */
export function drawPlanPages(doc: PDFKit.PDFDocument, pages: PlanPage[]): void {
  for (const page of pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    for (const p of page.primitives) drawPrimitive(doc, p);
  }
}

function drawPrimitive(doc: PDFKit.PDFDocument, p: Primitive): void {
  switch (p.kind) {
    case "polygon": {
      doc.save();
      doc.polygon(...p.points);
      if (p.dash) doc.dash(p.dash, { space: p.dash });
      doc.lineWidth(p.width || 0.1);
      if (p.fill && p.opacity !== undefined) doc.fillOpacity(p.opacity);
      if (p.fill && p.stroke) doc.fillAndStroke(p.fill, p.stroke);
      else if (p.fill) doc.fill(p.fill);
      else if (p.stroke) doc.stroke(p.stroke);
      doc.restore();
      return;
    }
    case "line":
      doc
        .save()
        .moveTo(...p.a)
        .lineTo(...p.b)
        .lineWidth(p.width)
        .stroke(p.stroke)
        .restore();
      return;
    case "text": {
      doc
        .font(p.bold ? FONT_BOLD : FONT)
        .fontSize(p.size)
        .fillColor(p.fill ?? "#000000");
      const width = p.anchor === "middle" ? doc.widthOfString(p.text) : 0;
      // pdfkit places text by its top; the layout gives the baseline, as SVG does.
      doc.text(p.text, p.x - width / 2, p.y - p.size * 0.93, { lineBreak: false });
      return;
    }
  }
}

export async function renderPlanPdf(pages: PlanPage[], title: string, locale: "fr" | "en"): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: { Title: title, Creator: "Allée" },
    lang: locale === "fr" ? "fr-FR" : "en-GB",
  } as PDFKit.PDFDocumentOptions);
  registerFonts(doc);
  drawPlanPages(doc, pages);
  return collect(doc);
}

export function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}
