/**
 * The one mapping between the database and the `allee.plan/v1` format (docs/RULES.md):
 * `loadEventPlan` reads an event's plan, `replaceEventPlan` stores one. Everything else that
 * reads or writes a whole plan (editor saves, CLIs, seed) goes through these two.
 */
export { loadEventPlan } from "./plan-load.server";
export {
  countEventPlan,
  replaceEventPlan,
  replaceEventPlanIn,
  type PlanCounts,
  type ReplacePlanOptions,
} from "./plan-replace.server";
export {
  PlanEventNotFound,
  PlanImportRefused,
  PlanVersionConflict,
  type PlanImportProblem,
} from "./plan-errors.server";
export { DEFAULT_VENUE_NAME, type DbHandle } from "./plan-db.server";
