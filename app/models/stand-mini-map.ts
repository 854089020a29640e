import { rectCorners } from "../../floorplans/geometry/rect";
import type { Plan } from "../../floorplans/format/schema";

/** One hall drawn small for the exhibitor portal: SVG-ready point lists, the exhibitor's stands marked. */
export interface MiniMap {
  hallId: string;
  hallName: string;
  viewBox: string;
  outline: string;
  obstacles: string[];
  stands: { code: string; points: string; own: boolean; centre: [number, number] }[];
}

const points = (corners: readonly (readonly [number, number])[]) =>
  corners.map(([x, y]) => `${round(x)},${round(y)}`).join(" ");
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The halls where `exhibitorId` (the organisation's slug, as in plan files) has a stand. Pure: the
 * caller loads the plan, and only once the organisers have published it.
 */
export function buildMiniMaps(plan: Plan, exhibitorId: string): MiniMap[] {
  const ownHalls = new Set(plan.stands.filter((s) => s.exhibitorId === exhibitorId).map((s) => s.hallId));
  return plan.halls
    .filter((hall) => ownHalls.has(hall.id))
    .map((hall) => {
      const xs = hall.outline.map(([x]) => x);
      const ys = hall.outline.map(([, y]) => y);
      const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
      const margin = 1;
      const viewBox = [
        minX - margin,
        minY - margin,
        Math.max(...xs) - minX + 2 * margin,
        Math.max(...ys) - minY + 2 * margin,
      ]
        .map(round)
        .join(" ");
      return {
        hallId: hall.id,
        hallName: hall.name,
        viewBox,
        outline: points(hall.outline),
        obstacles: plan.obstacles.filter((o) => o.hallId === hall.id).map((o) => points(o.polygon)),
        stands: plan.stands
          .filter((stand) => stand.hallId === hall.id)
          .map((stand) => ({
            code: stand.id,
            points: points(rectCorners(stand)),
            own: stand.exhibitorId === exhibitorId,
            centre: [round(stand.x + stand.width / 2), round(stand.y + stand.depth / 2)] as [number, number],
          })),
      };
    });
}
