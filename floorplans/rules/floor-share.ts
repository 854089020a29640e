import { FLOAT_SLACK } from "../geometry/constants";
import type { Aggregates } from "./aggregates";
import type { PlanModel } from "./plan-model";
import { FLAG_COVERED, type StandStore } from "./stand-store";
import type { Violation } from "./types";
import { makeViolation } from "./violation";

/**
 * T 18 and T 23 on the hall's floor = outline area − area of its obstacles (every kind).
 * circulation.share: total stand area > (1 − circulationShareMin) × floor.
 * covered.share: covered stand area > coveredMaxShare × floor.
 */
export function checkHallShares(model: PlanModel, agg: Aggregates, hallIndex: number, out: Violation[]): void {
  const hall = model.halls[hallIndex]!;
  const s = model.settings;
  const floorM2 = hall.floorM2;
  const standAreaM2 = agg.hallArea[hallIndex]!.value();
  const maxStandAreaM2 = (1 - s.circulationShareMin) * floorM2;
  if (standAreaM2 > maxStandAreaM2 + FLOAT_SLACK) {
    out.push(makeViolation("circulation.share", [hall.id], { hallId: hall.id, standAreaM2, floorM2, maxStandAreaM2, minShare: s.circulationShareMin }));
  }
  const coveredAreaM2 = agg.hallCovered[hallIndex]!.value();
  const maxCoveredM2 = s.coveredMaxShare * floorM2;
  if (coveredAreaM2 > maxCoveredM2 + FLOAT_SLACK) {
    out.push(makeViolation("covered.share", [hall.id], { hallId: hall.id, coveredAreaM2, floorM2, maxCoveredM2, maxShare: s.coveredMaxShare }));
  }
}

/** power.hall-supply: the hall's total demand exceeds its supply, when one is given. */
export function checkHallSupply(model: PlanModel, agg: Aggregates, hallIndex: number, out: Violation[]): void {
  const hall = model.halls[hallIndex]!;
  const supplyKw = hall.hall.powerSupplyKw;
  if (supplyKw === null || supplyKw === undefined) return;
  const demandKw = agg.hallDemand[hallIndex]!.value();
  if (demandKw > supplyKw + FLOAT_SLACK) out.push(makeViolation("power.hall-supply", [hall.id], { hallId: hall.id, demandKw, supplyKw }));
}

/** covered.too-large: a covered stand of coveredMaxAreaM2 or more (T 23 wants strictly less). */
export function checkCoveredSize(model: PlanModel, store: StandStore, slot: number, out: Violation[]): void {
  if ((store.flags[slot]! & FLAG_COVERED) === 0) return;
  const areaM2 = store.area[slot]!;
  const maxM2 = model.settings.coveredMaxAreaM2;
  if (areaM2 >= maxM2 - FLOAT_SLACK) {
    const id = store.ids[slot]!;
    out.push(makeViolation("covered.too-large", [id], { standId: id, areaM2, maxM2 }));
  }
}
