import { rectCorners } from "../../floorplans/geometry/rect";
import type { Formatter } from "./format";
import type { ExportData } from "./types";

/**
 * One printable page per hall, as drawing primitives in points (1/72 in, y down) on an A3 or A1
 * landscape sheet: the same list is written as PDF (floor-plan-pdf.ts) and as SVG
 * (floor-plan-svg.ts). The scale is the smallest usual architectural scale (1:50 … 1:5000) at which
 * the hall fits the drawing area, so a sheet printed at 100 % can be measured with a ruler.
 */
export const papers = { a3: [1190.55, 841.89], a1: [2383.94, 1683.78] } as const;
export type Paper = keyof typeof papers;
export const SCALES = [50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000];
const PT_PER_M_AT_1 = (1000 * 72) / 25.4; // points per metre at 1:1

export type Primitive =
  | {
      kind: "polygon";
      points: [number, number][];
      fill: string | null;
      stroke: string | null;
      width: number;
      dash?: number;
      opacity?: number;
    }
  | { kind: "line"; a: [number, number]; b: [number, number]; stroke: string; width: number }
  | {
      kind: "text";
      x: number;
      y: number;
      text: string;
      size: number;
      bold?: boolean;
      fill?: string;
      anchor?: "start" | "middle";
    };

export interface PlanPage {
  hallId: string;
  width: number;
  height: number;
  scale: number;
  primitives: Primitive[];
}

const PAVILION_COLOURS = [
  "#f6c89f",
  "#b8dcb0",
  "#c7c3ea",
  "#f4b6c8",
  "#a9d6e5",
  "#f1e3a0",
  "#d5c4a1",
  "#c9e4ca",
];
const STATUS_FILL: Record<string, string> = {
  assigned: "#dbe9f7",
  reserved: "#e8e1f5",
  held: "#fdf0cf",
  blocked: "#bdbdbd",
  available: "#ffffff",
};

/** Centre x of a middle-anchored label, moved so that its estimated width stays within [min, max]. */
function clampLabel(x: number, text: string, size: number, min: number, max: number): number {
  const half = (text.length * size * 0.66) / 2; // DejaVu Sans Bold averages ~0.62 em per character
  return Math.min(Math.max(x, min + half), max - half);
}

export function chooseScale(widthM: number, depthM: number, areaW: number, areaH: number): number {
  for (const scale of SCALES) {
    const k = PT_PER_M_AT_1 / scale;
    if (widthM * k <= areaW && depthM * k <= areaH) return scale;
  }
  return SCALES[SCALES.length - 1]!;
}

/** A round length for the scale bar, about a fifth of `maxPt`. */
function barLength(k: number, maxPt: number): number {
  const target = maxPt / k;
  return [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000].reduce((best, m) => (m <= target ? m : best), 1);
}

export function layoutPlanPages(
  data: ExportData,
  paper: Paper,
  f: Formatter,
  hallIds?: string[],
): PlanPage[] {
  const [W, H] = papers[paper];
  const u = W / papers.a3[0]; // typographic unit: A1 prints everything twice as large
  const margin = 28 * u;
  const titleH = 62 * u;
  const legendW = 210 * u;
  const area = {
    x: margin,
    y: margin + titleH,
    w: W - 2 * margin - legendW - 16 * u,
    h: H - 2 * margin - titleH,
  };
  const t = f.texts.plan;
  const pavilions = data.plan.zones.filter((z) => z.kind === "pavilion");
  const colourOf = new Map(pavilions.map((z, i) => [z.id, PAVILION_COLOURS[i % PAVILION_COLOURS.length]!]));
  const exhibitors = new Map(data.plan.exhibitors.map((e) => [e.id, e]));
  const names = new Map(data.stands.map((s) => [s.code, s.exhibitor?.name ?? null]));

  return data.plan.halls
    .filter((hall) => !hallIds || hallIds.includes(hall.id))
    .map((hall) => {
      const xs = hall.outline.map(([x]) => x);
      const ys = hall.outline.map(([, y]) => y);
      const minX = Math.min(...xs);
      const minY = Math.min(...ys);
      const wM = Math.max(...xs) - minX;
      const hM = Math.max(...ys) - minY;
      const scale = chooseScale(wM, hM, area.w, area.h);
      const k = PT_PER_M_AT_1 / scale;
      const ox = area.x + (area.w - wM * k) / 2;
      const oy = area.y + (area.h - hM * k) / 2;
      const at = (x: number, y: number): [number, number] => [ox + (x - minX) * k, oy + (y - minY) * k];
      const poly = (points: readonly (readonly [number, number])[]) => points.map(([x, y]) => at(x, y));
      const p: Primitive[] = [];

      // Title block.
      p.push({
        kind: "text",
        x: margin,
        y: margin + 20 * u,
        text: f.fill(t.title, { hall: hall.name }),
        size: 20 * u,
        bold: true,
      });
      p.push({
        kind: "text",
        x: margin,
        y: margin + 40 * u,
        text: f
          .fill(t.meta, {
            event: data.event.name,
            venue: hall.venue ?? "",
            version: data.event.planVersion,
            date: f.date(data.generatedAt),
          })
          .replace(" ·  · ", " · "),
        size: 10 * u,
      });
      p.push({
        kind: "text",
        x: margin,
        y: margin + 56 * u,
        text: `${f.fill(t.scale, { scale: f.number(scale) })} · ${f.fill(t.paper, { paper: paper.toUpperCase() })}`,
        size: 10 * u,
        bold: true,
      });

      // Hall, zones, obstacles, stands, exits, boxes.
      p.push({
        kind: "polygon",
        points: poly(hall.outline),
        fill: "#f7f7f4",
        stroke: "#333333",
        width: 1.2 * u,
      });
      for (const z of data.plan.zones.filter((z) => z.hallId === hall.id)) {
        const colour = colourOf.get(z.id);
        p.push({
          kind: "polygon",
          points: poly(z.polygon),
          fill: colour ?? null,
          opacity: 0.35,
          stroke: colour ?? "#7a7a7a",
          width: 0.8 * u,
          dash: 4 * u,
        });
        if (z.name)
          p.push({
            kind: "text",
            x: poly(z.polygon)[0]![0] + 3 * u,
            y: poly(z.polygon)[0]![1] + 9 * u,
            text: z.name,
            size: 7 * u,
            fill: "#444444",
          });
      }
      for (const o of data.plan.obstacles.filter((o) => o.hallId === hall.id))
        p.push({ kind: "polygon", points: poly(o.polygon), fill: "#555555", stroke: null, width: 0 });
      for (const s of data.plan.stands.filter((s) => s.hallId === hall.id)) {
        const pavilion = s.exhibitorId ? exhibitors.get(s.exhibitorId)?.pavilionId : null;
        const status = s.status ?? (s.exhibitorId ? "assigned" : "available");
        const fill = (pavilion && colourOf.get(pavilion)) || STATUS_FILL[status] || "#ffffff";
        const corners = poly(rectCorners(s));
        p.push({ kind: "polygon", points: corners, fill, stroke: "#222222", width: 0.5 * u });
        const cx = corners.reduce((sum, c) => sum + c[0], 0) / 4;
        const cy = corners.reduce((sum, c) => sum + c[1], 0) / 4;
        const wPt = Math.min(s.width, s.depth) * k;
        const size = Math.min(
          9 * u,
          (Math.max(s.width, s.depth) * k) / Math.max(4, s.id.length * 0.65),
          wPt / 2.6,
        );
        if (size < 2) continue;
        const name = names.get(s.id);
        p.push({
          kind: "text",
          x: cx,
          y: name ? cy - size * 0.15 : cy + size * 0.35,
          text: s.id,
          size,
          bold: true,
          anchor: "middle",
        });
        if (name) {
          const nameSize = size * 0.8;
          const chars = Math.max(3, Math.floor((Math.max(s.width, s.depth) * k) / (nameSize * 0.58)));
          p.push({
            kind: "text",
            x: cx,
            y: cy + nameSize * 1.05,
            text: name.length > chars ? `${name.slice(0, chars - 1)}…` : name,
            size: nameSize,
            anchor: "middle",
          });
        }
      }
      for (const e of data.plan.exits.filter((e) => e.hallId === hall.id)) {
        const [a, b] = [at(...e.a), at(...e.b)];
        p.push({ kind: "line", a, b, stroke: "#1a8c3f", width: 5 * u });
        p.push({
          kind: "text",
          // Kept on the sheet: a door on a side wall would push a centred label past the edge.
          x: clampLabel((a[0] + b[0]) / 2, e.label ?? e.id, 7 * u, margin, W - margin),
          y: (a[1] + b[1]) / 2 - 5 * u,
          text: e.label ?? e.id,
          size: 7 * u,
          fill: "#1a8c3f",
          anchor: "middle",
          bold: true,
        });
      }
      for (const b of data.plan.powerBoxes.filter((b) => b.hallId === hall.id)) {
        const [x, y] = at(...b.at);
        const r = 3.5 * u;
        p.push({
          kind: "polygon",
          points: [
            [x - r, y - r],
            [x + r, y - r],
            [x + r, y + r],
            [x - r, y + r],
          ],
          fill: "#f08c00",
          stroke: "#7a4500",
          width: 0.6 * u,
        });
        p.push({
          kind: "text",
          x: x + r + 1.5 * u,
          y: y + 2.5 * u,
          // The id: box labels are sentences (« Coffret 36 kVA tri, mur nord ») that would cover the plan.
          text: b.id,
          size: 6 * u,
          fill: "#7a4500",
        });
      }

      // Legend and scale bar.
      const lx = W - margin - legendW;
      let ly = margin + titleH + 6 * u;
      p.push({ kind: "text", x: lx, y: ly, text: t.legend, size: 12 * u, bold: true });
      ly += 18 * u;
      const swatch = (fill: string | null, stroke: string | null, label: string, line = false) => {
        if (line)
          p.push({
            kind: "line",
            a: [lx, ly - 3 * u],
            b: [lx + 22 * u, ly - 3 * u],
            stroke: stroke!,
            width: 5 * u,
          });
        else
          p.push({
            kind: "polygon",
            points: [
              [lx, ly - 8 * u],
              [lx + 22 * u, ly - 8 * u],
              [lx + 22 * u, ly + 2 * u],
              [lx, ly + 2 * u],
            ],
            fill,
            stroke,
            width: 0.6 * u,
          });
        p.push({ kind: "text", x: lx + 28 * u, y: ly, text: label, size: 8.5 * u });
        ly += 15 * u;
      };
      swatch(STATUS_FILL.assigned!, "#222222", t.assigned);
      swatch(STATUS_FILL.reserved!, "#222222", t.reserved);
      swatch(STATUS_FILL.held!, "#222222", t.held);
      swatch(STATUS_FILL.available!, "#222222", t.free);
      swatch(STATUS_FILL.blocked!, "#222222", t.blocked);
      for (const z of pavilions.filter((z) => z.hallId === hall.id))
        swatch(colourOf.get(z.id)!, "#222222", z.name ?? z.id);
      swatch("#555555", null, t.obstacle);
      swatch(null, "#1a8c3f", t.exit, true);
      swatch("#f08c00", "#7a4500", t.box);
      ly += 16 * u;
      const bar = barLength(k, legendW * 0.8);
      const barPt = bar * k;
      for (let i = 0; i < 4; i++) {
        const x0 = lx + (barPt / 4) * i;
        p.push({
          kind: "polygon",
          points: [
            [x0, ly],
            [x0 + barPt / 4, ly],
            [x0 + barPt / 4, ly + 5 * u],
            [x0, ly + 5 * u],
          ],
          fill: i % 2 ? "#ffffff" : "#000000",
          stroke: "#000000",
          width: 0.5 * u,
        });
      }
      p.push({ kind: "text", x: lx, y: ly + 16 * u, text: "0", size: 8 * u, anchor: "middle" });
      p.push({
        kind: "text",
        x: lx + barPt,
        y: ly + 16 * u,
        text: `${f.number(bar)} m`,
        size: 8 * u,
        anchor: "middle",
      });
      p.push({
        kind: "text",
        x: lx,
        y: ly + 30 * u,
        text: f.fill(t.scale, { scale: f.number(scale) }),
        size: 8.5 * u,
        bold: true,
      });
      return { hallId: hall.id, width: W, height: H, scale, primitives: p };
    });
}
