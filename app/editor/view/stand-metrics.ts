import { planRuleSettings } from "../../../floorplans/format/settings";
import { isPointInPolygon, standCorners } from "../model/geometry";
import type { Plan, Stand, XY } from "../model";
import { isPointInStand, standBounds } from "./stand-geometry";

/**
 * Power demand of each stand (RULES.md): its exhibitor's kW shared equally among that
 * exhibitor's stands; 0 for a free stand.
 */
export function standDemands(plan: Plan): Map<string, number> {
  const standsOf = new Map<string, number>();
  for (const s of plan.stands) {
    if (s.exhibitorId !== null) standsOf.set(s.exhibitorId, (standsOf.get(s.exhibitorId) ?? 0) + 1);
  }
  const kw = new Map(plan.exhibitors.map((e) => [e.id, e.powerKw]));
  const demands = new Map<string, number>();
  for (const s of plan.stands) {
    const n = s.exhibitorId === null ? 0 : (standsOf.get(s.exhibitorId) ?? 0);
    demands.set(s.id, n === 0 ? 0 : (kw.get(s.exhibitorId!) ?? 0) / n);
  }
  return demands;
}

export interface BoxLoad {
  readonly demandKw: number;
  readonly capacityKw: number;
  readonly stands: number;
}

/** What each power box feeds against what it can give (the event's default capacity when unset). */
export function boxLoads(plan: Plan): Map<string, BoxLoad> {
  const fallback = planRuleSettings(plan).boxCapacityKw;
  const demands = standDemands(plan);
  const loads = new Map<string, BoxLoad>(
    plan.powerBoxes.map((b) => [b.id, { demandKw: 0, capacityKw: b.capacityKw ?? fallback, stands: 0 }]),
  );
  for (const s of plan.stands) {
    const load = s.powerBoxId === null ? undefined : loads.get(s.powerBoxId);
    if (!load) continue;
    loads.set(s.powerBoxId!, {
      ...load,
      demandKw: load.demandKw + (demands.get(s.id) ?? 0),
      stands: load.stands + 1,
    });
  }
  return loads;
}

/** Samples per side and how far outside the side they are taken (metres, well above ε = 1 mm). */
const SAMPLES = 10;
const PROBE_M = 0.05;

/**
 * How many sides of the stand face free floor: row stand 1, corner 2, peninsula 3, island 4.
 * A side is open when at least half of it has nothing right behind it — no stand, no obstacle
 * other than a pillar (a pillar stands in the aisle, it does not close the side), and floor of
 * the hall rather than the wall.
 */
export function countOpenSides(plan: Plan, stand: Stand): number {
  const hall = plan.halls.find((h) => h.id === stand.hallId);
  const box = standBounds(stand);
  const near = (b: ReturnType<typeof standBounds>) =>
    b.minX <= box.maxX + 0.1 &&
    b.maxX >= box.minX - 0.1 &&
    b.minY <= box.maxY + 0.1 &&
    b.maxY >= box.minY - 0.1;
  const neighbours = plan.stands.filter(
    (s) => s !== stand && s.hallId === stand.hallId && near(standBounds(s)),
  );
  const walls = plan.obstacles.filter((o) => o.hallId === stand.hallId && o.kind !== "pillar");
  const blocked = (p: XY) =>
    (hall !== undefined && !isPointInPolygon(p, hall.outline)) ||
    neighbours.some((s) => isPointInStand(s, p)) ||
    walls.some((o) => isPointInPolygon(p, o.polygon));
  const corners = standCorners(stand);
  let open = 0;
  for (let side = 0; side < 4; side++) {
    const a = corners[side]!;
    const b = corners[(side + 1) % 4]!;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    // Corners run clockwise on screen (y down), so the outward normal is the edge turned left.
    const nx = (b[1] - a[1]) / length;
    const ny = -(b[0] - a[0]) / length;
    let free = 0;
    for (let k = 0; k < SAMPLES; k++) {
      const t = (k + 0.5) / SAMPLES;
      const p: XY = [a[0] + t * (b[0] - a[0]) + nx * PROBE_M, a[1] + t * (b[1] - a[1]) + ny * PROBE_M];
      if (!blocked(p)) free++;
    }
    if (free * 2 >= SAMPLES) open++;
  }
  return open;
}
