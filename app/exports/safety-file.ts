import PDFDocument from "pdfkit";
import { polygonArea } from "../../floorplans/geometry/polygon";
import { planRuleSettings } from "../../floorplans/format/settings";
import { describeViolation, planNames } from "../../floorplans/rules/messages";
import { validatePlan } from "../../floorplans/rules/validate-plan";
import { sortViolations } from "../../floorplans/rules/violation";
import { collect, drawPlanPages } from "./floor-plan-pdf";
import { layoutPlanPages } from "./floor-plan-layout";
import { FONT, FONT_BOLD, registerFonts } from "./fonts";
import type { Formatter } from "./format";
import { heading, paragraph, table, type PdfFlow } from "./pdf-table";
import type { ExportData, ExportStand } from "./types";

/**
 * The safety officer's file (regulation T 5): a cover, the printable plan of every hall (A3), the
 * check report of the current plan (every finding of the rule catalogue, with its figures, in the
 * chosen language), the declared machines and lasers (application declarations and the machines
 * form), the covered stands and the circulation share of each hall (T 18).
 */
const A4: [number, number] = [595.28, 841.89];
const M = 40;
const WIDTH = A4[0] - 2 * M;

export interface HallShare {
  hallId: string;
  hallName: string;
  floorM2: number;
  standAreaM2: number;
  coveredAreaM2: number;
  circulationShare: number;
  coveredShare: number;
}

export function hallShares(data: ExportData): HallShare[] {
  return data.plan.halls.map((hall) => {
    const floorM2 =
      polygonArea(hall.outline) -
      data.plan.obstacles.filter((o) => o.hallId === hall.id).reduce((s, o) => s + polygonArea(o.polygon), 0);
    const inHall = data.plan.stands.filter((s) => s.hallId === hall.id);
    const standAreaM2 = inHall.reduce((s, st) => s + st.width * st.depth, 0);
    const coveredAreaM2 = inHall.filter((s) => s.covered).reduce((s, st) => s + st.width * st.depth, 0);
    return {
      hallId: hall.id,
      hallName: hall.name,
      floorM2,
      standAreaM2,
      coveredAreaM2,
      circulationShare: floorM2 > 0 ? 1 - standAreaM2 / floorM2 : 0,
      coveredShare: floorM2 > 0 ? coveredAreaM2 / floorM2 : 0,
    };
  });
}

/** Exhibitors who declared anything of T 8 / T 44, with their stands. */
function declarationRows(data: ExportData, f: Formatter): string[][] {
  const s = f.texts.safety;
  const byExhibitor = new Map<string, { stands: string[]; stand: ExportStand }>();
  for (const stand of data.stands) {
    if (!stand.exhibitor) continue;
    const entry = byExhibitor.get(stand.exhibitor.slug) ?? { stands: [], stand };
    entry.stands.push(stand.code);
    byExhibitor.set(stand.exhibitor.slug, entry);
  }
  const rows: string[][] = [];
  for (const { stands, stand } of byExhibitor.values()) {
    const e = stand.exhibitor!;
    const d = e.declarations;
    const m = e.machinesForm;
    const items: string[] = [];
    if (d.machines || m?.machines) items.push(s.machinesWord);
    if (d.lasers || m?.lasers)
      items.push(m?.laserClass ? f.fill(s.laserClass, { value: m.laserClass }) : s.lasersWord);
    if (m?.dangerousProducts) items.push(s.dangerous);
    if (d.drones) items.push(s.drones);
    if (d.vrRigs) items.push(s.vrRigs);
    if (items.length === 0) continue;
    const details = [m?.description, d.details]
      .filter((x): x is string => !!x && x.trim() !== "")
      .join(" — ");
    rows.push([stands.join(", "), e.name, items.join(", "), details || f.texts.dash]);
  }
  return rows;
}

export async function renderSafetyFile(data: ExportData, f: Formatter): Promise<Buffer> {
  const s = f.texts.safety;
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: { Title: `${data.event.name} — ${s.title}`, Creator: "Allée" },
    lang: f.locale === "fr" ? "fr-FR" : "en-GB",
  } as PDFKit.PDFDocumentOptions);
  registerFonts(doc);
  const flow: PdfFlow = {
    doc,
    y: M,
    left: M,
    bottom: A4[1] - M,
    newPage() {
      doc.addPage({ size: "A4", margin: M });
      flow.y = M;
    },
  };

  // Cover.
  const violations = sortViolations(validatePlan(data.plan, planRuleSettings(data.plan)));
  const errors = violations.filter((v) => v.severity === "error").length;
  flow.newPage();
  doc.font(FONT_BOLD).fontSize(26).text(s.title, M, 120, { width: WIDTH });
  doc.font(FONT).fontSize(12).fillColor("#444444").text(s.subtitle, M, 160, { width: WIDTH });
  doc.fillColor("#000000").font(FONT_BOLD).fontSize(16).text(data.event.name, M, 220, { width: WIDTH });
  const venues = [...new Set(data.plan.halls.map((h) => h.venue).filter(Boolean))].join(" · ");
  doc
    .font(FONT)
    .fontSize(11)
    .text(
      `${f.date(new Date(`${data.event.startsOn}T12:00:00Z`))} – ${f.date(new Date(`${data.event.endsOn}T12:00:00Z`))}${venues ? `\n${venues}` : ""}`,
      M,
      248,
      { width: WIDTH },
    );
  doc.text(
    f.fill(s.generated, { date: f.dateTime(data.generatedAt), version: data.event.planVersion }),
    M,
    300,
    { width: WIDTH },
  );
  doc.font(FONT_BOLD).text(s.contents, M, 350);
  doc.font(FONT).text(s.contentsList.split(" · ").join("\n"), M, 370, { width: WIDTH });
  doc.text(f.fill(s.reportSummary, { errors, warnings: violations.length - errors }), M, 470, {
    width: WIDTH,
  });

  // 1. Plans.
  drawPlanPages(doc, layoutPlanPages(data, "a3", f));

  // 2. Check report.
  flow.newPage();
  heading(flow, `2. ${s.report}`);
  paragraph(flow, f.fill(s.reportSummary, { errors, warnings: violations.length - errors }), WIDTH);
  if (violations.length === 0) paragraph(flow, s.reportEmpty, WIDTH);
  else {
    const names = planNames(data.plan);
    table(
      flow,
      [
        { header: "", width: 80 },
        { header: s.rule, width: 120 },
        { header: s.message, width: WIDTH - 200 },
      ],
      violations.map((v) => [s.severity[v.severity], v.rule, describeViolation(v, f.locale, names)]),
    );
  }

  // 3. Machines and lasers.
  heading(flow, `3. ${s.machines}`);
  const declared = declarationRows(data, f);
  if (declared.length === 0) paragraph(flow, s.machinesEmpty, WIDTH);
  else {
    const c = f.texts.columns;
    table(
      flow,
      [
        { header: c.stands, width: 90 },
        { header: c.exhibitor, width: 130 },
        { header: s.declared, width: 120 },
        { header: c.notes, width: WIDTH - 340 },
      ],
      declared,
    );
  }

  // 4. Covered stands.
  heading(flow, `4. ${s.covered}`);
  const shares = hallShares(data);
  const covered = data.stands.filter((st) => st.covered);
  if (covered.length === 0) paragraph(flow, s.coveredEmpty, WIDTH);
  else {
    const c = f.texts.columns;
    table(
      flow,
      [
        { header: c.code, width: 80 },
        { header: c.hall, width: 120 },
        { header: c.area, width: 80 },
        { header: c.exhibitor, width: WIDTH - 280 },
      ],
      covered.map((st) => [st.code, st.hallName, f.number(st.areaM2, 2), st.exhibitor?.name ?? f.texts.dash]),
    );
  }
  const settings = planRuleSettings(data.plan);

  // 5. Circulation share.
  heading(flow, `5. ${s.circulation}`);
  const c = f.texts.columns;
  table(
    flow,
    [
      { header: c.hall, width: 105 },
      { header: `${s.floor} (m²)`, width: 75 },
      { header: `${s.standArea} (m²)`, width: 75 },
      { header: s.circulationShare, width: 70 },
      { header: s.minimum, width: 60 },
      { header: s.coveredShare, width: 65 },
      { header: s.compliant, width: WIDTH - 450 },
    ],
    shares.map((h) => {
      const ok =
        h.circulationShare + 1e-9 >= settings.circulationShareMin &&
        h.coveredShare <= settings.coveredMaxShare + 1e-9;
      return [
        h.hallName,
        f.number(h.floorM2, 1),
        f.number(h.standAreaM2, 1),
        f.percent(h.circulationShare),
        f.percent(settings.circulationShareMin),
        f.percent(h.coveredShare),
        ok ? f.texts.yes : f.texts.no,
      ];
    }),
  );
  doc.font(FONT);
  return collect(doc);
}
