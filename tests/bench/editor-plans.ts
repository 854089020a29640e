import fs from "node:fs";
import path from "node:path";
import { parsePlan, type Plan, type Stand } from "../../floorplans";
import { generatePlan } from "./generate-plan";

/**
 * The plans of the editor bench: generate-plan.ts at a given size (same seed → same plan), checked
 * with parsePlan as any imported file would be, and the stand the bench drags.
 */
export function writeBenchPlan(dir: string, stands: number, seed: number): { file: string; plan: Plan } {
  const generated = generatePlan({ seed, stands });
  const parsed = parsePlan(JSON.parse(JSON.stringify(generated)));
  if (!parsed.ok) {
    const first = parsed.invalid.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    throw new Error(`generated plan of ${stands} stands is invalid:\n  ${first.join("\n  ")}`);
  }
  if (parsed.plan.stands.length !== stands)
    throw new Error(`asked for ${stands} stands, got ${parsed.plan.stands.length}`);
  const file = path.join(dir, `generated-${stands}.json`);
  fs.writeFileSync(file, JSON.stringify(parsed.plan));
  return { file, plan: parsed.plan };
}

export interface DragTarget {
  stand: Stand;
  /** Plan coordinates (m) of the stand's centre. */
  centre: [number, number];
  /** How far (m) the drag swings the stand: it stays well inside its hall. */
  swingM: number;
}

/**
 * An unrotated, assigned stand (so that the rules have something to re-check) nearest the centre
 * of the first hall: well inside, away from the walls, with neighbours on every side.
 */
export function pickDragTarget(plan: Plan): DragTarget {
  const hall = plan.halls[0]!;
  const xs = hall.outline.map((p) => p[0]);
  const ys = hall.outline.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  const centreOf = (s: Stand): [number, number] => [s.x + s.width / 2, s.y + s.depth / 2];
  let best: Stand | undefined;
  let bestD = Infinity;
  for (const s of plan.stands) {
    if (s.hallId !== hall.id || s.rotation !== 0 || s.exhibitorId === null) continue;
    const [sx, sy] = centreOf(s);
    const d = Math.hypot(sx - cx, sy - cy);
    if (d < bestD) [best, bestD] = [s, d];
  }
  if (!best) throw new Error(`no unrotated assigned stand in ${hall.id}`);
  return {
    stand: best,
    centre: centreOf(best),
    swingM: Math.min(9, 0.1 * Math.min(maxX - minX, maxY - minY)),
  };
}
