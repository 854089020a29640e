import type { Plan } from "../../floorplans/format/schema";
import { planRuleSettings, type RuleSettings } from "../../floorplans/format/settings";
import { checkAccess, computeAccess } from "../../floorplans/rules/access";
import { checkCompetitorPair, checkNoiseZones, checkWish } from "../../floorplans/rules/adjacency";
import { Aggregates } from "../../floorplans/rules/aggregates";
import { checkExhibitorArea } from "../../floorplans/rules/area";
import { buildHallField, checkExitDistance } from "../../floorplans/rules/exit-distance";
import { checkCoveredSize, checkHallShares, checkHallSupply } from "../../floorplans/rules/floor-share";
import { Neighbourhood } from "../../floorplans/rules/neighbourhood";
import { checkPavilion } from "../../floorplans/rules/pavilion";
import { buildPlanModel } from "../../floorplans/rules/plan-model";
import { checkBox, checkStandPower } from "../../floorplans/rules/power";
import { checkPlacement } from "../../floorplans/rules/stand-placement";
import { checkStandPair } from "../../floorplans/rules/stand-pairs";
import { StandStore } from "../../floorplans/rules/stand-store";
import type { Violation } from "../../floorplans/rules/types";
import { sortViolations } from "../../floorplans/rules/violation";
import { FieldScratch } from "../../floorplans/walking";

/** The walking field is built exactly as validatePlan builds it (same buffers reused): only the rules are naive. */
const scratchField = new FieldScratch();

/**
 * The baseline of the rules benchmark: the same rule functions as validatePlan, without any
 * spatial index — every pair of stands is tried (O(n²)), every stand meets every obstacle and
 * wall of its hall, competitors are found among all pairs. Its violations must equal
 * validatePlan's exactly; only the way candidates are found differs.
 */
export function validatePlanNaive(plan: Plan, settings: RuleSettings = planRuleSettings(plan)): Violation[] {
  const model = buildPlanModel(plan, settings);
  const store = StandStore.fromPlan(model);
  const agg = new Aggregates(model);
  const n = plan.stands.length;
  for (let i = 0; i < n; i++) agg.addGeometry(store, i, 1);
  for (let i = 0; i < n; i++) agg.addDemand(model, store, i, 1);
  const out: Violation[] = [];
  const competitors = new Set<number>();
  const ne = model.exhibitors.length;
  for (const e of model.exhibitors) for (const o of e.competitors) competitors.add(e.index * ne + o);
  const near = new Neighbourhood();
  for (let i = 0; i < n; i++) {
    const h = store.hall[i]!;
    const hall = model.halls[h];
    if (!hall) continue;
    near.obstacles.clear();
    near.walls.clear();
    near.stands.clear();
    for (let k = 0; k < hall.obstacles.length; k++) near.obstacles.push(k);
    for (let k = 0; k < hall.walls.length; k++) near.walls.push(k);
    checkPlacement(model, store, i, near, out);
    for (let j = 0; j < n; j++) {
      if (j === i || store.hall[j] !== h) continue;
      near.stands.push(j);
      if (j < i) continue;
      checkStandPair(model, store, i, j, out);
      const a = store.exhibitor[i]!;
      const b = store.exhibitor[j]!;
      if (a >= 0 && b >= 0 && competitors.has(a * ne + b)) checkCompetitorPair(model, store, i, j, out);
    }
    checkAccess(model, store, i, computeAccess(model, store, i, near), out);
    checkNoiseZones(model, store, i, out);
  }
  for (const hall of model.halls) {
    checkHallShares(model, agg, hall.index, out);
    checkHallSupply(model, agg, hall.index, out);
    const slots: number[] = [];
    for (let i = 0; i < n; i++) if (store.hall[i] === hall.index) slots.push(i);
    const field = buildHallField(hall, store, slots, scratchField);
    for (const i of slots) checkExitDistance(model, store, i, field, out);
  }
  for (let i = 0; i < n; i++) {
    checkPavilion(model, store, i, out);
    checkCoveredSize(model, store, i, out);
    checkStandPower(model, store, agg, i, out);
  }
  for (let e = 0; e < model.exhibitors.length; e++) checkExhibitorArea(model, store, agg, e, out);
  for (let b = 0; b < model.boxes.length; b++) checkBox(model, agg, b, out);
  for (let w = 0; w < model.wishes.length; w++) checkWish(model, store, agg, w, out);
  return sortViolations(out);
}
