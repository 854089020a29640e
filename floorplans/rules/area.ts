import { FLOAT_SLACK } from "../geometry/constants";
import type { Aggregates } from "./aggregates";
import type { PlanModel } from "./plan-model";
import type { StandStore } from "./stand-store";
import type { Violation } from "./types";
import { makeViolation } from "./violation";

/**
 * area.too-small / area.too-large on the sum of a placed exhibitor's stand areas. An exhibitor
 * with no stand is unplaced, not in violation.
 */
export function checkExhibitorArea(model: PlanModel, store: StandStore, agg: Aggregates, e: number, out: Violation[]): void {
  if (agg.exhibitorCount[e]! <= 0) return;
  const { id, requestedAreaM2 } = model.exhibitors[e]!.exhibitor;
  const s = model.settings;
  const areaM2 = agg.exhibitorArea(store, e);
  const minM2 = requestedAreaM2 * (1 - s.areaTolerance);
  const maxM2 = requestedAreaM2 * (1 + s.areaSlack);
  if (areaM2 < minM2 - FLOAT_SLACK) {
    out.push(makeViolation("area.too-small", [id], { exhibitorId: id, areaM2, requestedM2: requestedAreaM2, minM2 }));
  } else if (areaM2 > maxM2 + FLOAT_SLACK) {
    out.push(makeViolation("area.too-large", [id], { exhibitorId: id, areaM2, requestedM2: requestedAreaM2, maxM2 }));
  }
}
