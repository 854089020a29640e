import { planSchema, type Plan, type PlanInput } from "../format/schema";
import { planRuleSettings, type RuleSettings } from "../format/settings";
import type { RuleId, Violation } from "./types";
import { validatePlan } from "./validate-plan";

/**
 * Small plans for rule tests: a 40 × 30 m hall "H" with a door in the middle of the top and the
 * bottom walls (every point is well within 50 m of one), plus whatever the test adds.
 */
type StandInput = NonNullable<PlanInput["stands"]>[number];
type ExhibitorInput = NonNullable<PlanInput["exhibitors"]>[number];

export const HALL = { id: "H", name: "Hall", outline: [[0, 0], [40, 0], [40, 30], [0, 30]] as [number, number][] };
export const DOORS = [
  { id: "D1", hallId: "H", a: [19, 0] as [number, number], b: [21, 0] as [number, number] },
  { id: "D2", hallId: "H", a: [19, 30] as [number, number], b: [21, 30] as [number, number] },
];

export function stand(id: string, x: number, y: number, more: Partial<StandInput> = {}): StandInput {
  return { id, hallId: "H", x, y, width: 3, depth: 3, ...more };
}

export function exhibitor(id: string, more: Partial<ExhibitorInput> = {}): ExhibitorInput {
  return { id, name: `Exhibitor ${id}`, requestedAreaM2: 9, ...more };
}

export function makePlan(input: Partial<PlanInput>): Plan {
  return planSchema.parse({ format: "allee.plan/v1", halls: [HALL], exits: DOORS, ...input });
}

/** The violations of one rule. */
export function findings(plan: Plan, rule: RuleId, settings: RuleSettings = planRuleSettings(plan)): Violation[] {
  return validatePlan(plan, settings).filter((v) => v.rule === rule);
}

/** The subjects of the violations of one rule, as "a+b" strings (easy to compare in tables). */
export function subjectsOf(plan: Plan, rule: RuleId, settings?: RuleSettings): string[] {
  return findings(plan, rule, settings).map((v) => v.subjects.join("+"));
}
