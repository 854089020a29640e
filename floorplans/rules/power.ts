import { EPS, FLOAT_SLACK } from "../geometry/constants";
import type { Aggregates } from "./aggregates";
import type { PlanModel } from "./plan-model";
import { NO_BOX, type StandStore } from "./stand-store";
import type { Violation } from "./types";
import { makeViolation } from "./violation";

/**
 * Power rules of one stand. Demand of a stand = its exhibitor's powerKw / number of that
 * exhibitor's stands (RULES.md), so these depend on the exhibitor's stand count and are re-run
 * for all of an exhibitor's stands when it gains or loses one.
 */
export function standDemand(model: PlanModel, store: StandStore, agg: Aggregates, slot: number): number {
  const e = store.exhibitor[slot]!;
  if (e < 0) return 0;
  return model.exhibitors[e]!.exhibitor.powerKw / agg.exhibitorCount[e]!;
}

export function checkStandPower(model: PlanModel, store: StandStore, agg: Aggregates, slot: number, out: Violation[]): void {
  const s = model.settings;
  const id = store.ids[slot]!;
  const e = store.exhibitor[slot]!;
  const exhibitor = e >= 0 ? model.exhibitors[e]!.exhibitor : null;
  const demand = standDemand(model, store, agg, slot);
  const boxIndex = store.powerBox[slot]!;
  if (demand > 0 && boxIndex === NO_BOX) out.push(makeViolation("power.unconnected", [id], { standId: id, demandKw: demand }));
  if (exhibitor && exhibitor.phases === 1 && demand > s.singlePhaseMaxKw + FLOAT_SLACK) {
    out.push(makeViolation("power.single-phase-high", [id], { standId: id, demandKw: demand, maxKw: s.singlePhaseMaxKw }));
  }
  const box = model.boxes[boxIndex];
  if (!box) return;
  if (box.hallIndex !== store.hall[slot]!) {
    out.push(makeViolation("power.out-of-reach", [id, box.id], { standId: id, boxId: box.id, boxHallId: box.box.hallId, maxM: s.maxCableRunM }));
  } else {
    // Cable run: |dx| + |dy| from the box to the nearest point of the stand's bounding box.
    const b = store.bounds;
    const o = slot * 4;
    const x = box.box.at[0];
    const y = box.box.at[1];
    const dx = Math.max(b[o]! - x, 0, x - b[o + 2]!);
    const dy = Math.max(b[o + 1]! - y, 0, y - b[o + 3]!);
    const distance = dx + dy;
    if (distance > s.maxCableRunM + EPS) {
      out.push(makeViolation("power.out-of-reach", [id, box.id], { standId: id, boxId: box.id, distanceM: distance, maxM: s.maxCableRunM }));
    }
  }
  if (exhibitor && exhibitor.phases === 3 && box.box.phases === 1) {
    out.push(makeViolation("power.phase-mismatch", [id, box.id], { standId: id, boxId: box.id }));
  }
}

/** power.box-overload of one box, from the running sum of its stands' demands. */
export function checkBox(model: PlanModel, agg: Aggregates, boxIndex: number, out: Violation[]): void {
  const box = model.boxes[boxIndex]!;
  const demand = agg.boxDemand[boxIndex]!.value();
  if (demand > box.capacityKw + FLOAT_SLACK) {
    out.push(makeViolation("power.box-overload", [box.id], { boxId: box.id, demandKw: demand, capacityKw: box.capacityKw }));
  }
}
