import { ExactSum } from "../geometry/exact-sum";
import type { PlanModel } from "./plan-model";
import { FLAG_COVERED, type StandStore } from "./stand-store";

let areas = new Float64Array(16);

/**
 * Running sums per hall and power box, stand counts and lists per exhibitor. Sums are exact
 * (ExactSum), so adding and removing stands in any order gives the same figures as a full run,
 * bit for bit.
 */
export class Aggregates {
  readonly hallArea: ExactSum[];
  readonly hallCovered: ExactSum[];
  readonly hallDemand: ExactSum[];
  readonly boxDemand: ExactSum[];
  readonly exhibitorCount: Int32Array;
  /** Slots of each exhibitor's stands, in no particular order. */
  readonly exhibitorStands: number[][];

  constructor(model: PlanModel) {
    const sums = (n: number) => Array.from({ length: n }, () => new ExactSum());
    this.hallArea = sums(model.halls.length);
    this.hallCovered = sums(model.halls.length);
    this.hallDemand = sums(model.halls.length);
    this.boxDemand = sums(model.boxes.length);
    this.exhibitorCount = new Int32Array(model.exhibitors.length);
    this.exhibitorStands = Array.from({ length: model.exhibitors.length }, () => []);
  }

  /** Area, covered area and exhibitor membership of a stand (sign +1 adds, -1 removes). */
  addGeometry(store: StandStore, slot: number, sign: 1 | -1): void {
    const area = store.area[slot]! * sign;
    const h = store.hall[slot]!;
    if (h >= 0) {
      this.hallArea[h]!.add(area);
      if ((store.flags[slot]! & FLAG_COVERED) !== 0) this.hallCovered[h]!.add(area);
    }
    const e = store.exhibitor[slot]!;
    if (e < 0) return;
    this.exhibitorCount[e]! += sign;
    const list = this.exhibitorStands[e]!;
    if (sign > 0) list.push(slot);
    else {
      const at = list.indexOf(slot);
      list[at] = list[list.length - 1]!;
      list.pop();
    }
  }

  /**
   * Total area of an exhibitor's stands, summed smallest first: a canonical order, so the full
   * run and the engine (whose lists are in different orders) get the same bits. An exhibitor
   * has a handful of stands, so this is cheaper than keeping a running exact sum for each.
   */
  exhibitorArea(store: StandStore, e: number): number {
    const list = this.exhibitorStands[e]!;
    const n = list.length;
    if (areas.length < n) areas = new Float64Array(n * 2);
    for (let k = 0; k < n; k++) {
      const a = store.area[list[k]!]!;
      let j = k - 1;
      while (j >= 0 && areas[j]! > a) {
        areas[j + 1] = areas[j]!;
        j--;
      }
      areas[j + 1] = a;
    }
    let total = 0;
    for (let k = 0; k < n; k++) total += areas[k]!;
    return total;
  }

  /** Power demand of a stand with the exhibitor's current stand count (sign +1 adds, -1 removes). */
  addDemand(model: PlanModel, store: StandStore, slot: number, sign: 1 | -1): void {
    const e = store.exhibitor[slot]!;
    if (e < 0) return;
    const demand = (model.exhibitors[e]!.exhibitor.powerKw / this.exhibitorCount[e]!) * sign;
    if (demand === 0) return;
    const h = store.hall[slot]!;
    if (h >= 0) this.hallDemand[h]!.add(demand);
    const b = store.powerBox[slot]!;
    if (b >= 0) this.boxDemand[b]!.add(demand);
  }
}
