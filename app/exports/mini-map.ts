import { rectCorners } from "../../floorplans/geometry/rect";
import type { Plan, Stand } from "../../floorplans/format/schema";

/**
 * A hall fitted into a box of the page: the same drawing on every setup sheet of the hall, so it
 * is computed once per hall (pdfkit draws it as one form XObject; the baseline as SVG paths).
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface HallMap {
  hallId: string;
  box: Box;
  /** Page point of a hall point (metres). */
  toPage(x: number, y: number): [number, number];
  outline: [number, number][];
  obstacles: [number, number][][];
  stands: [number, number][][];
  exits: [[number, number], [number, number]][];
}

export function fitHall(plan: Plan, hallId: string, box: Box): HallMap {
  const hall = plan.halls.find((h) => h.id === hallId);
  if (!hall) throw new Error(`unknown hall ${hallId}`);
  const xs = hall.outline.map(([x]) => x);
  const ys = hall.outline.map(([, y]) => y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const w = Math.max(...xs) - minX || 1;
  const h = Math.max(...ys) - minY || 1;
  const scale = Math.min(box.width / w, box.height / h);
  const ox = box.x + (box.width - w * scale) / 2;
  const oy = box.y + (box.height - h * scale) / 2;
  const toPage = (x: number, y: number): [number, number] => [
    ox + (x - minX) * scale,
    oy + (y - minY) * scale,
  ];
  const poly = (points: readonly (readonly [number, number])[]) => points.map(([x, y]) => toPage(x, y));
  return {
    hallId,
    box,
    toPage,
    outline: poly(hall.outline),
    obstacles: plan.obstacles.filter((o) => o.hallId === hallId).map((o) => poly(o.polygon)),
    stands: plan.stands.filter((s) => s.hallId === hallId).map((s) => poly(rectCorners(s))),
    exits: plan.exits.filter((e) => e.hallId === hallId).map((e) => [toPage(...e.a), toPage(...e.b)]),
  };
}

export function standOnMap(map: HallMap, stand: Pick<Stand, "x" | "y" | "width" | "depth" | "rotation">) {
  return rectCorners(stand).map(([x, y]) => map.toPage(x, y));
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

/** PDF path operators of a polygon: `x y m x y l … h`. */
export function pdfPolygon(points: readonly [number, number][]): string {
  let out = `${n(points[0]![0])} ${n(points[0]![1])} m`;
  for (let i = 1; i < points.length; i++) out += ` ${n(points[i]![0])} ${n(points[i]![1])} l`;
  return `${out} h`;
}

/** SVG path data of a polygon. */
export function svgPolygon(points: readonly [number, number][]): string {
  return `M${points.map(([x, y]) => `${n(x)} ${n(y)}`).join("L")}Z`;
}

/** The content stream of the whole hall (outline, obstacles, every stand, exits) in page space. */
export function hallMapOperators(map: HallMap): string {
  const parts = [
    // Clipped to the box: a drawing error in the plan must not spill over the sheet.
    `q ${n(map.box.x)} ${n(map.box.y)} ${n(map.box.width)} ${n(map.box.height)} re W n`,
    "0.5 w 0.96 g 0.35 G",
    `${pdfPolygon(map.outline)} B`,
    "0.55 g",
    ...map.obstacles.map((p) => `${pdfPolygon(p)} f`),
    "0.25 w 1 g 0.45 G",
    map.stands.map((p) => `${pdfPolygon(p)}`).join(" ") + (map.stands.length ? " B" : ""),
    "1.5 w 0.1 0.55 0.25 RG",
    ...map.exits.map(([a, b]) => `${n(a[0])} ${n(a[1])} m ${n(b[0])} ${n(b[1])} l S`),
    "Q",
  ];
  return parts.join("\n");
}
