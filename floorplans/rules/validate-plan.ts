import Flatbush from "flatbush";
import type { Plan } from "../format/schema";
import { planRuleSettings, type RuleSettings } from "../format/settings";
import { checkAccess, computeAccess } from "./access";
import { checkCompetitorsOf, checkNoiseZones, checkWish } from "./adjacency";
import { Aggregates } from "./aggregates";
import { checkExhibitorArea } from "./area";
import { buildHallField, checkExitDistance } from "./exit-distance";
import { checkCoveredSize, checkHallShares, checkHallSupply } from "./floor-share";
import { searchIndex, type IndexList } from "./index-list";
import { gatherStatics, Neighbourhood } from "./neighbourhood";
import { FieldScratch } from "../walking";
import { checkPavilion } from "./pavilion";
import { buildPlanModel, type PlanModel } from "./plan-model";
import { checkBox, checkStandPower } from "./power";
import { checkPlacement } from "./stand-placement";
import { checkStandPair } from "./stand-pairs";
import { StandStore } from "./stand-store";
import type { Violation } from "./types";
import { sortViolations } from "./violation";

/**
 * The full run of the rule catalogue (RULES.md) over a parsed plan: every violation, sorted
 * (errors first, then rule, then subjects). Stands are indexed per hall with Flatbush, so each
 * stand meets only the stands, obstacles and walls within reach: about n log n overall.
 */
export function validatePlan(plan: Plan, settings: RuleSettings = planRuleSettings(plan)): Violation[] {
  const model = buildPlanModel(plan, settings);
  const store = StandStore.fromPlan(model, scratchStore);
  const agg = new Aggregates(model);
  const count = plan.stands.length;
  for (let i = 0; i < count; i++) agg.addGeometry(store, i, 1);
  for (let i = 0; i < count; i++) agg.addDemand(model, store, i, 1);
  const out: Violation[] = [];
  const byHall = slotsByHall(model, store, count);
  const near = new Neighbourhood();
  for (const hall of model.halls) {
    const slots = byHall[hall.index]!;
    const index = indexStands(store, slots);
    for (let k = 0; k < slots.length; k++) {
      const i = slots[k]!;
      gatherStatics(hall, store, i, model.aisleReach, near);
      checkPlacement(model, store, i, near, out);
      collectStands(index, slots, store, i, near.stands);
      for (let n = 0; n < near.stands.length; n++) {
        const j = near.stands.items[n]!;
        if (j > i) checkStandPair(model, store, i, j, out);
      }
      checkAccess(model, store, i, computeAccess(model, store, i, near), out);
      checkNoiseZones(model, store, i, out);
    }
    checkHallShares(model, agg, hall.index, out);
    checkHallSupply(model, agg, hall.index, out);
    const field = buildHallField(hall, store, slots, scratchField);
    for (const i of slots) checkExitDistance(model, store, i, field, out);
  }
  for (let i = 0; i < count; i++) {
    checkPavilion(model, store, i, out);
    checkCoveredSize(model, store, i, out);
    checkStandPower(model, store, agg, i, out);
  }
  for (let e = 0; e < model.exhibitors.length; e++) {
    checkCompetitorsOf(model, store, agg, e, out);
    checkExhibitorArea(model, store, agg, e, out);
  }
  for (let b = 0; b < model.boxes.length; b++) checkBox(model, agg, b, out);
  for (let w = 0; w < model.wishes.length; w++) checkWish(model, store, agg, w, out);
  return sortViolations(out);
}

/**
 * The full run's stands live in one store reused from run to run: its typed arrays are the
 * run's largest allocation, and nothing returned refers to them (violations hold ids only).
 */
const scratchStore = new StandStore(0);
/** Likewise the walking fields' buffers: each hall's field is dropped before the next is built. */
const scratchField = new FieldScratch();

function slotsByHall(model: PlanModel, store: StandStore, count: number): Int32Array[] {
  const sizes = new Int32Array(model.halls.length);
  for (let i = 0; i < count; i++) if (store.hall[i]! >= 0) sizes[store.hall[i]!]!++;
  const lists = Array.from(sizes, (n) => new Int32Array(n));
  sizes.fill(0);
  for (let i = 0; i < count; i++) {
    const h = store.hall[i]!;
    if (h >= 0) lists[h]![sizes[h]!++] = i;
  }
  return lists;
}

function indexStands(store: StandStore, slots: Int32Array): Flatbush | null {
  if (slots.length === 0) return null;
  const index = new Flatbush(slots.length);
  const b = store.bounds;
  for (const i of slots) index.add(b[4 * i]!, b[4 * i + 1]!, b[4 * i + 2]!, b[4 * i + 3]!);
  index.finish();
  return index;
}

/** Stands whose boxes come within the stand's own reach (see StandStore.reach). */
function collectStands(index: Flatbush | null, slots: Int32Array, store: StandStore, i: number, into: IndexList): void {
  into.clear();
  if (!index) return;
  const b = store.bounds;
  const r = store.reach[i]!;
  searchIndex(index, b[4 * i]! - r, b[4 * i + 1]! - r, b[4 * i + 2]! + r, b[4 * i + 3]! + r, into, slots);
}
