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
  /**
   * What the drag moves: a stand (the drag; the rule engine re-checks around it), or with
   * `--drag box` a power box (a change the engine answers by checking the whole plan again).
   */
  kind: "stand" | "powerBox";
  id: string;
  /** Plan coordinates (m) of the stand's centre, or of the box. */
  centre: [number, number];
  /** How far (m) the drag swings it: it stays well inside its hall. */
  swingM: number;
}

/**
 * An unrotated, assigned stand (so that the rules have something to re-check) nearest the centre
 * of the first hall: well inside, away from the walls, with neighbours on every side. For a box,
 * the first hall's power box nearest that centre.
 */
export function pickDragTarget(plan: Plan, kind: DragTarget["kind"] = "stand"): DragTarget {
  const hall = plan.halls[0]!;
  const xs = hall.outline.map((p) => p[0]);
  const ys = hall.outline.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  const swingM = Math.min(9, 0.1 * Math.min(maxX - minX, maxY - minY));
  const nearest = <T>(items: readonly T[], centre: (item: T) => [number, number]): T | undefined => {
    let best: T | undefined;
    let bestD = Infinity;
    for (const item of items) {
      const [x, y] = centre(item);
      const d = Math.hypot(x - cx, y - cy);
      if (d < bestD) [best, bestD] = [item, d];
    }
    return best;
  };
  if (kind === "powerBox") {
    const box = nearest(
      plan.powerBoxes.filter((b) => b.hallId === hall.id),
      (b) => b.at,
    );
    if (!box) throw new Error(`no power box in ${hall.id}`);
    return { kind, id: box.id, centre: [box.at[0], box.at[1]], swingM };
  }
  const centreOf = (s: Stand): [number, number] => [s.x + s.width / 2, s.y + s.depth / 2];
  const stand = nearest(
    plan.stands.filter((s) => s.hallId === hall.id && s.rotation === 0 && s.exhibitorId !== null),
    centreOf,
  );
  if (!stand) throw new Error(`no unrotated assigned stand in ${hall.id}`);
  return { kind, id: stand.id, centre: centreOf(stand), swingM };
}
