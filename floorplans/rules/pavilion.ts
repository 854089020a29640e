import { EPS } from "../geometry/constants";
import { convexWithin, pointWithin } from "../geometry/containment";
import type { PlanModel } from "./plan-model";
import type { StandStore } from "./stand-store";
import type { Violation } from "./types";
import { makeViolation } from "./violation";

/**
 * pavilion.outside: a member's stand must lie within its pavilion zone up to ε (a zone in another
 * hall is never reached). pavilion.intruder: only stands that have an exhibitor who is not a
 * member; the centre counts as inside on the zone's boundary too (within ε), the same closed
 * reading as containment.
 */
export function checkPavilion(model: PlanModel, store: StandStore, slot: number, out: Violation[]): void {
  const e = store.exhibitor[slot]!;
  if (e < 0) return;
  const hallIndex = store.hall[slot]!;
  const pavilionId = model.exhibitors[e]!.exhibitor.pavilionId;
  const id = store.ids[slot]!;
  const c = store.corners;
  const co = slot * 8;
  if (pavilionId !== null) {
    const zone = model.zones.get(pavilionId);
    if (zone && (zone.hallIndex !== hallIndex || !convexWithin(c, co, 4, zone.shape.xy, zone.shape.n))) {
      out.push(makeViolation("pavilion.outside", [id, zone.id], { standId: id, zoneId: zone.id }));
    }
  }
  const hall = model.halls[hallIndex];
  if (!hall) return;
  const cx = (c[co]! + c[co + 4]!) / 2;
  const cy = (c[co + 1]! + c[co + 5]!) / 2;
  for (const zone of hall.pavilions) {
    if (zone.id === pavilionId) continue;
    const s = zone.shape;
    if (cx < s.minX - EPS || cx > s.maxX + EPS || cy < s.minY - EPS || cy > s.maxY + EPS) continue;
    if (pointWithin(s.xy, s.n, cx, cy)) {
      out.push(makeViolation("pavilion.intruder", [id, zone.id], { standId: id, zoneId: zone.id }));
    }
  }
}
