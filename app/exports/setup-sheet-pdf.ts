import PDFDocument from "pdfkit";
import { registerFonts, FONT, FONT_BOLD } from "./fonts";
import { createFormatter, type Formatter } from "./format";
import { fitHall, hallMapOperators, pdfPolygon, standOnMap, type HallMap } from "./mini-map";
import { computeOpenSides, type StandSides } from "./open-sides";
import { describeSetupSheet, type SheetContent } from "./setup-sheet";
import type { ExportData, ExportLocale, ExportStand } from "./types";

/**
 * Setup sheets (fiches d'implantation), one A4 page per stand, with pdfkit. Built for batches of
 * thousands of pages: the fonts are registered once per document, each hall's mini-map is one
 * form XObject drawn by reference on every page of the hall (only the highlighted stand is drawn
 * per page), the open sides of all stands are computed in one pass, and every label is placed at
 * a fixed position (no re-layout of the static parts).
 */
export const A4: [number, number] = [595.28, 841.89];
const MARGIN = 40;
const MAP_BOX = { x: MARGIN, y: 112, width: A4[0] - 2 * MARGIN, height: 250 };
const LABEL_X = MARGIN;
const VALUE_X = 175;
const VALUE_WIDTH = A4[0] - MARGIN - VALUE_X;
const ROW = 16.5;

interface HallForm {
  name: string;
  map: HallMap;
  ref: PDFKit.PDFKitReference;
}

export interface SetupSheetWriter {
  doc: PDFKit.PDFDocument;
  /** Stands to print, in print order. */
  stands: ExportStand[];
  /** Draws the page of `stands[index]`. */
  drawPage(index: number): void;
  end(): void;
}

/** Printable length: values are cut with an ellipsis rather than wrapped onto the next row. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function createSetupSheetWriter(
  data: ExportData,
  stands: ExportStand[],
  locale: ExportLocale,
): SetupSheetWriter {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    autoFirstPage: false,
    info: {
      Title: `${data.event.name} — ${locale === "fr" ? "Fiches d’implantation" : "Setup sheets"}`,
      Creator: "Allée",
    },
    lang: locale === "fr" ? "fr-FR" : "en-GB",
  } as PDFKit.PDFDocumentOptions);
  registerFonts(doc);
  const f = createFormatter(locale, data.event.timezone);
  const sides = computeOpenSides(data.plan);
  const forms = new Map<string, HallForm>();

  const hallForm = (hallId: string): HallForm => {
    let form = forms.get(hallId);
    if (!form) {
      const map = fitHall(data.plan, hallId, MAP_BOX);
      const ref = doc.ref({
        Type: "XObject",
        Subtype: "Form",
        BBox: [0, 0, A4[0], A4[1]],
        Resources: {},
      });
      ref.end(hallMapOperators(map));
      form = { name: `Hall${forms.size + 1}`, map, ref };
      forms.set(hallId, form);
    }
    return form;
  };

  const drawPage = (index: number) => {
    const stand = stands[index]!;
    const content = describeSetupSheet(data, stand, sides.get(stand.code), f, index + 1);
    doc.addPage({ size: "A4", margin: MARGIN });
    drawSheet(doc, content, f, stand, hallForm(stand.hallId), sides.get(stand.code));
  };

  return { doc, stands, drawPage, end: () => doc.end() };
}

function drawSheet(
  doc: PDFKit.PDFDocument,
  c: SheetContent,
  f: Formatter,
  stand: ExportStand,
  form: HallForm,
  sides: StandSides | undefined,
): void {
  doc.fillColor("#555555").font(FONT).fontSize(11).text(c.title, MARGIN, 36, { lineBreak: false });
  doc
    .fillColor("#000000")
    .font(FONT_BOLD)
    .fontSize(30)
    .text(clip(c.code, 24), MARGIN, 52, { lineBreak: false });
  doc.font(FONT).fontSize(10).text(clip(c.header, 95), MARGIN, 92, { lineBreak: false });

  // The hall, by reference, then the stand on top of it.
  (doc.page.xobjects as Record<string, PDFKit.PDFKitReference>)[form.name] = form.ref;
  doc.addContent(`/${form.name} Do`);
  const corners = standOnMap(form.map, stand);
  doc.addContent(`q 0.86 0.16 0.12 rg 0.55 0.05 0.05 RG 1.2 w ${pdfPolygon(corners)} B Q`);
  if (sides?.open.length) {
    // Open sides drawn as thick lines, so installers see where the aisles are.
    const order = ["top", "right", "bottom", "left"] as const;
    let ops = "q 2.4 w 0.1 0.45 0.85 RG";
    order.forEach((side, k) => {
      if (!sides.open.includes(side)) return;
      const [a, b] = [corners[k]!, corners[(k + 1) % 4]!];
      ops += ` ${a[0].toFixed(2)} ${a[1].toFixed(2)} m ${b[0].toFixed(2)} ${b[1].toFixed(2)} l S`;
    });
    doc.addContent(`${ops} Q`);
  }

  // Rows are laid out first, then drawn by style (all labels, then all values): a font or colour
  // change per row costs more than the text itself on a 2,000-page batch.
  const t = f.texts.sheet;
  const labels: [string, number][] = [];
  const values: [string, number][] = [];
  let y = MAP_BOX.y + MAP_BOX.height + 18;
  const row = (label: string, value: string) => {
    if (label) labels.push([label, y + 1]);
    values.push([clip(value, 72), y]);
    y += ROW;
  };
  for (const [label, value] of c.rows) row(label, value);
  y += 4;
  const furniture =
    c.furniture.length > 8 ? [...c.furniture.slice(0, 7), `+ ${c.furniture.length - 7}`] : c.furniture;
  row(t.furniture, furniture[0] ?? f.texts.dash);
  for (const line of furniture.slice(1)) row("", line);
  y += 4;
  const badgesY = y;
  labels.push([t.badges, y + 1]);
  y += 46;
  const notesY = y;
  labels.push([t.notes, y + 1]);

  doc.font(FONT_BOLD).fontSize(9).fillColor("#444444");
  for (const [text, at] of labels) doc.text(text, LABEL_X, at, { lineBreak: false });
  doc.font(FONT).fontSize(10).fillColor("#000000");
  for (const [text, at] of values) doc.text(text, VALUE_X, at, { lineBreak: false });
  doc.text(c.badges, VALUE_X, badgesY, { width: VALUE_WIDTH, height: 40, ellipsis: true });
  const notes = c.notes.join("\n") || f.texts.dash;
  const room = Math.max(ROW, A4[1] - 60 - notesY);
  doc.text(notes, VALUE_X, notesY, { width: VALUE_WIDTH, height: room, ellipsis: true });

  doc
    .font(FONT)
    .fontSize(8)
    .fillColor("#666666")
    .text(clip(c.footer, 130), MARGIN, A4[1] - 34, { lineBreak: false });
}

/** A whole batch in memory (tests, benchmark); the route streams the same writer instead. */
export async function renderSetupSheets(
  data: ExportData,
  stands: ExportStand[],
  locale: ExportLocale,
): Promise<Buffer> {
  const writer = createSetupSheetWriter(data, stands, locale);
  const chunks: Buffer[] = [];
  writer.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => writer.doc.on("end", resolve));
  for (let i = 0; i < stands.length; i++) writer.drawPage(i);
  writer.end();
  await done;
  return Buffer.concat(chunks);
}
