import Flatbush from "flatbush";
import { rectCorners } from "../../floorplans/geometry/rect";
import { pointInPolygonFlat, toFlat } from "../../floorplans/geometry/polygon";
import type { Plan, Stand } from "../../floorplans/format/schema";

/**
 * Open sides of every stand (row 1, corner 2, peninsula 3, island 4): a side is open when a
 * visitor can walk along it, i.e. it has a free stretch of at least min(1 m, side length) — the
 * access test of RULES.md — with nothing (stand, obstacle, hall wall) right behind it. Sides are
 * probed every 10 cm, 5 cm outside the stand. Also lists the pillars standing inside each stand,
 * which the setup sheet prints as a note.
 */
export type Side = "top" | "right" | "bottom" | "left";
const SIDES: Side[] = ["top", "right", "bottom", "left"];
const STEP = 0.1;
const OFFSET = 0.05;

export interface StandSides {
  open: Side[];
  pillars: string[];
}

interface Shape {
  id: string;
  xy: Float64Array;
  n: number;
}

function bounds(xy: Float64Array): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < xy.length; i += 2) {
    minX = Math.min(minX, xy[i]!);
    maxX = Math.max(maxX, xy[i]!);
    minY = Math.min(minY, xy[i + 1]!);
    maxY = Math.max(maxY, xy[i + 1]!);
  }
  return [minX, minY, maxX, maxY];
}

function index(shapes: Shape[]): Flatbush | null {
  if (shapes.length === 0) return null;
  const tree = new Flatbush(shapes.length);
  for (const s of shapes) tree.add(...bounds(s.xy));
  tree.finish();
  return tree;
}

export function computeOpenSides(plan: Plan): Map<string, StandSides> {
  const result = new Map<string, StandSides>();
  for (const hall of plan.halls) {
    const outline = toFlat(hall.outline);
    const stands: (Shape & { stand: Stand })[] = plan.stands
      .filter((s) => s.hallId === hall.id)
      .map((stand) => {
        const xy = toFlat(rectCorners(stand));
        return { id: stand.id, xy, n: 4, stand };
      });
    const obstacles: (Shape & { pillar: boolean })[] = plan.obstacles
      .filter((o) => o.hallId === hall.id)
      .map((o) => ({ id: o.id, xy: toFlat(o.polygon), n: o.polygon.length, pillar: o.kind === "pillar" }));
    const standTree = index(stands);
    const obstacleTree = index(obstacles);
    const blocked = (self: number, px: number, py: number): boolean => {
      if (!pointInPolygonFlat(outline, 0, hall.outline.length, px, py)) return true;
      for (const i of standTree?.search(px, py, px, py) ?? [])
        if (i !== self && pointInPolygonFlat(stands[i]!.xy, 0, 4, px, py)) return true;
      for (const i of obstacleTree?.search(px, py, px, py) ?? [])
        if (pointInPolygonFlat(obstacles[i]!.xy, 0, obstacles[i]!.n, px, py)) return true;
      return false;
    };
    stands.forEach((shape, self) => {
      const c = shape.xy;
      const open: Side[] = [];
      for (let k = 0; k < 4; k++) {
        const px = c[2 * k]!;
        const py = c[2 * k + 1]!;
        const qx = c[(2 * k + 2) % 8]!;
        const qy = c[(2 * k + 3) % 8]!;
        const length = Math.hypot(qx - px, qy - py);
        // Outward normal of a clockwise (screen) polygon side.
        const nx = (qy - py) / length;
        const ny = -(qx - px) / length;
        const samples = Math.max(1, Math.round(length / STEP));
        let run = 0;
        let best = 0;
        for (let s = 0; s < samples; s++) {
          const t = (s + 0.5) / samples;
          const free = !blocked(self, px + (qx - px) * t + nx * OFFSET, py + (qy - py) * t + ny * OFFSET);
          run = free ? run + length / samples : 0;
          if (run > best) best = run;
        }
        if (best >= Math.min(1, length) - STEP / 2) open.push(SIDES[k]!);
      }
      const [minX, minY, maxX, maxY] = bounds(c);
      const pillars = (obstacleTree?.search(minX, minY, maxX, maxY) ?? [])
        .map((i) => obstacles[i]!)
        .filter((o) => {
          if (!o.pillar) return false;
          const [ox0, oy0, ox1, oy1] = bounds(o.xy);
          return pointInPolygonFlat(c, 0, 4, (ox0 + ox1) / 2, (oy0 + oy1) / 2);
        })
        .map((o) => o.id)
        .sort();
      result.set(shape.id, { open, pillars });
    });
  }
  return result;
}
