import type { Exhibitor, Plan, Stand } from "../../floorplans/format/schema";
import { resolveRuleSettings } from "../../floorplans/format/settings";
import {
  boxCentre,
  boxDistance,
  boxInsidePolygon,
  cableRun,
  pointInPolygon,
  polygonBox,
  standBox,
} from "./placement-geometry";

export interface PlacementRequest {
  exhibitor: Exhibitor;
  /** Has a live demonstration: may take, and prefers, the stands of a demo zone. */
  demo: boolean;
}

/** Margin added to every distance rule, so that the demo plan is not one rounding away from a violation. */
const MARGIN_M = 0.5;

/**
 * Places the seed's exhibitors on free stands of one hall, greedily and deterministically: a stand
 * of the requested area, inside the exhibitor's pavilion (and only pavilion members in pavilions),
 * on a power box with the phases and capacity left, within cable reach, away from competitors and,
 * for loud exhibitors, from quiet zones and quiet neighbours; near wished neighbours when possible.
 * This is a demo-data helper, not the allocation solver: what it cannot place stays unplaced.
 * Returns the plan with those stands assigned, and the ids left unplaced.
 */
export function placeExhibitors(
  plan: Plan,
  hallId: string,
  requests: PlacementRequest[],
): { plan: Plan; unplaced: string[] } {
  const rules = resolveRuleSettings(plan.rules);
  const zones = plan.zones.filter((z) => z.hallId === hallId);
  const pavilions = zones.filter((z) => z.kind === "pavilion");
  const demoZones = zones.filter((z) => z.kind === "demo");
  const quietZones = zones.filter((z) => z.kind === "quiet").map((z) => polygonBox(z.polygon));
  const boxes = new Map(plan.powerBoxes.map((b) => [b.id, b]));
  const load = new Map<string, number>();
  const placed = new Map<string, Stand>(); // exhibitor id → stand
  const taken = new Set<string>();
  const byId = new Map(requests.map((r) => [r.exhibitor.id, r.exhibitor]));
  const unplaced: string[] = [];

  const inDemoZone = (s: Stand) => demoZones.some((z) => boxInsidePolygon(standBox(s), z.polygon));
  const competitors = (e: Exhibitor) =>
    [...placed.keys()].filter(
      (other) => e.avoid.includes(other) || (byId.get(other)?.avoid.includes(e.id) ?? false),
    );
  const placedWithNoise = (noise: Exhibitor["noise"]) =>
    [...placed].filter(([id]) => byId.get(id)?.noise === noise).map(([, s]) => s);

  for (const { exhibitor: e, demo } of requests) {
    const pavilion = pavilions.find((z) => z.id === e.pavilionId);
    const powerBoxFor = (s: Stand): string | null | undefined => {
      if (e.powerKw === 0) return null;
      const ids =
        s.powerBoxId !== null
          ? [s.powerBoxId]
          : plan.powerBoxes.filter((b) => b.hallId === s.hallId).map((b) => b.id);
      return ids.find((id) => {
        const b = boxes.get(id);
        if (!b || (e.phases === 3 && b.phases !== 3)) return false;
        if (cableRun(b, standBox(s)) > rules.maxCableRunM - MARGIN_M) return false;
        return (load.get(id) ?? 0) + e.powerKw <= (b.capacityKw ?? rules.boxCapacityKw);
      });
    };
    const candidates = plan.stands.filter((s) => {
      if (
        s.hallId !== hallId ||
        taken.has(s.id) ||
        (s.status ?? "available") !== "available" ||
        s.exhibitorId !== null
      )
        return false;
      const box = standBox(s);
      const area = s.width * s.depth;
      if (
        area < e.requestedAreaM2 * (1 - rules.areaTolerance) ||
        area > e.requestedAreaM2 * (1 + rules.areaSlack)
      )
        return false;
      if (
        pavilion
          ? !boxInsidePolygon(box, pavilion.polygon)
          : pavilions.some((z) => pointInPolygon(boxCentre(box), z.polygon))
      )
        return false;
      if (!demo && inDemoZone(s)) return false;
      if (
        competitors(e).some(
          (id) => boxDistance(box, standBox(placed.get(id)!)) < rules.competitorMinDistanceM + MARGIN_M,
        )
      )
        return false;
      const buffer = rules.noiseBufferM + MARGIN_M;
      if (
        e.noise === "loud" &&
        [...quietZones, ...placedWithNoise("quiet").map(standBox)].some((q) => boxDistance(box, q) < buffer)
      )
        return false;
      if (e.noise === "quiet" && placedWithNoise("loud").some((l) => boxDistance(box, standBox(l)) < buffer))
        return false;
      return powerBoxFor(s) !== undefined;
    });
    // A wish binds both ways (RULES.md adjacency.wish): look at whom e wants and who wants e.
    const partners = [...placed.keys()].filter(
      (id) => e.near.includes(id) || (byId.get(id)?.near.includes(e.id) ?? false),
    );
    const nearScore = (s: Stand) =>
      Math.min(Infinity, ...partners.map((id) => boxDistance(standBox(s), standBox(placed.get(id)!))));
    candidates.sort(
      (a, b) =>
        Math.abs(a.width * a.depth - e.requestedAreaM2) - Math.abs(b.width * b.depth - e.requestedAreaM2) ||
        Number(demo && inDemoZone(b)) - Number(demo && inDemoZone(a)) ||
        nearScore(a) - nearScore(b) ||
        (a.id < b.id ? -1 : 1),
    );
    const chosen = candidates[0];
    if (!chosen) {
      unplaced.push(e.id);
      continue;
    }
    const boxId = powerBoxFor(chosen)!;
    if (e.powerKw > 0) load.set(boxId, (load.get(boxId) ?? 0) + e.powerKw);
    taken.add(chosen.id);
    placed.set(e.id, { ...chosen, powerBoxId: e.powerKw > 0 ? boxId : chosen.powerBoxId });
  }

  const standOf = new Map(
    [...placed].map(([exhibitorId, s]) => [s.id, { ...s, exhibitorId, status: "assigned" as const }]),
  );
  return { plan: { ...plan, stands: plan.stands.map((s) => standOf.get(s.id) ?? s) }, unplaced };
}
