import type { Highs } from "highs";
import type { Plan } from "../format/schema";
import type { Violation } from "../rules/types";
import { validatePlan } from "../rules/validate-plan";
import { applyPlacements } from "./apply";
import { Assignment } from "./assignment";
import { compactFormulation, type Formulation } from "./formulation";
import { solveByPricing, type HardSolution } from "./column-generation";
import { buildInstance, type AllocationInstance } from "./instance";
import { improveWishes } from "./local-search";
import type { AllocateOptions, AllocationProposal, Placement, Unplaced, UnplacedReason } from "./types";
import { nearWishes, WishScore } from "./wishes";

/**
 * Proposes stands for the plan's unplaced exhibitors (docs/allocation.md):
 * 1. candidates per exhibitor (instance.ts), reasons for those with none;
 * 2. the hard problem as a MIP solved by HiGHS by price and branch (column-generation.ts), with the
 *    LP relaxation of the whole model as the bound;
 * 3. a greedy fill (only matters when the time limit cut the MIP short);
 * 4. local search for near wishes;
 * 5. the rule catalogue run on the result: any error that was not there before unplaces its
 *    newcomers (a safety net — the model encodes every rule a placement can break);
 * 6. a reason for everyone left out.
 * Stands that already have an exhibitor are never touched.
 */
export const DEFAULT_SECONDS = 10;
const WISH_WEIGHT = 1;

export function allocatePlan(plan: Plan, highs: Highs, options: AllocateOptions = {}): AllocationProposal {
  const started = Date.now();
  const budget = Math.max(0.1, options.seconds ?? DEFAULT_SECONDS) * 1000;
  const deadline = started + budget;
  const checkStarted = Date.now();
  const before = validatePlan(plan);
  // The closing rule check (once, more when it has to unplace someone) costs about what the first
  // one did, and HiGHS may run a little past its time limit: keep time for both, so that the
  // whole call ends within the budget.
  const checkMs = Date.now() - checkStarted;
  const solveDeadline = deadline - Math.max(2 * checkMs, 0.05 * budget);
  const inst = buildInstance(plan, before);
  const f = compactFormulation(inst);
  const hard = solveByPricing(
    highs,
    f.model,
    initialCore(inst, f),
    (j) => f.columns[j]!.k,
    // The face MIP usually takes a fraction of the LP rounds: most of the time goes to pricing,
    // whose convergence is what makes the bound tight.
    solveDeadline - 0.05 * budget,
  );

  const a = new Assignment(inst);
  f.columns.forEach(({ k, s }, j) => {
    if (hard.x[j]! > 0.5) a.place(k, s);
  });
  greedyFill(inst, a);
  const score = new WishScore(inst, nearWishes(inst));
  const moves = improveWishes(inst, a, score, solveDeadline);

  const forced = new Map<number, UnplacedReason>();
  repairNewErrors(inst, a, before, forced);

  const placements: Placement[] = [];
  const unplaced: Unplaced[] = [];
  let hardObjective = 0;
  let waste = 0;
  const value = valueOf(f, inst);
  inst.toPlace.forEach((t, k) => {
    const s = a.standOf[k]!;
    if (s >= 0) {
      placements.push({ exhibitorId: t.exhibitor.id, standId: plan.stands[s]!.id });
      hardObjective += value(k, s);
      waste += Math.max(0, inst.site.area(s) - t.exhibitor.requestedAreaM2);
    } else {
      unplaced.push({
        exhibitorId: t.exhibitor.id,
        reason: forced.get(k) ?? t.reason ?? reasonAfterSolve(inst, a, k),
      });
    }
  });
  const met = score.count(a);
  const wishBound = score.bound(a);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    placements,
    summary: {
      placed: placements.length,
      unplaced,
      objective: round(hardObjective + WISH_WEIGHT * met),
      bound: round(Math.max(hardBound(f, hard), hardObjective) + WISH_WEIGHT * wishBound),
      seconds: round((Date.now() - started) / 1000),
    },
    details: {
      status: f.model.columnCount === 0 ? "trivial" : hard.status === "optimal" ? "optimal" : "time-limit",
      mipBound: Number.isFinite(hard.mipBound) ? round(hard.mipBound) : null,
      hardObjective: round(hardObjective),
      nearWishesMet: met,
      nearWishesBound: wishBound,
      wastedAreaM2: round(waste),
      candidatePairs: f.model.columnCount,
      rows: f.model.rowCount,
      localSearchMoves: moves,
    },
  };
}

/**
 * The LP relaxation's value when HiGHS finished it in time; otherwise the MIP's proven bound, or
 * at worst every placeable exhibitor on its best stand — all valid upper bounds.
 */
function hardBound(f: Formulation, hard: HardSolution): number {
  if (Number.isFinite(hard.lpBound)) return hard.lpBound;
  if (Number.isFinite(hard.mipBound)) return hard.mipBound;
  const best = new Map<number, number>();
  f.columns.forEach(({ k }, j) => best.set(k, Math.max(best.get(k) ?? -Infinity, f.model.value[j]!)));
  return [...best.values()].reduce((sum, v) => sum + v, 0);
}

/**
 * The first core of columns: for each exhibitor its CORE_SIZE cheapest stands, ties broken by a
 * fixed hash so that exhibitors alike start on different stands. Pricing adds what is missing.
 */
const CORE_SIZE = 8;

export function initialCore(inst: AllocationInstance, f: Formulation): number[] {
  const byExhibitor = new Map<number, number[]>();
  f.columns.forEach(({ k }, j) => {
    const list = byExhibitor.get(k) ?? [];
    list.push(j);
    byExhibitor.set(k, list);
  });
  const mix = (k: number, s: number) => (Math.imul(k + 1, 2654435761) ^ Math.imul(s + 1, 40503)) >>> 0;
  const core: number[] = [];
  for (const [k, cols] of byExhibitor) {
    const ranked = cols
      .map((j) => ({ j, cost: inst.cost(k, f.columns[j]!.s), tie: mix(k, f.columns[j]!.s) }))
      .sort((a, b) => a.cost - b.cost || a.tie - b.tie || a.j - b.j);
    for (const { j } of ranked.slice(0, CORE_SIZE)) core.push(j);
  }
  return core.sort((a, b) => a - b);
}

function valueOf(f: Formulation, inst: AllocationInstance) {
  const byPair = new Map<string, number>();
  f.columns.forEach(({ k, s }, j) => byPair.set(`${k}:${s}`, f.model.value[j]!));
  return (k: number, s: number) => byPair.get(`${k}:${s}`) ?? -inst.cost(k, s);
}

/** Places whoever still fits, by priority then order, on their cheapest feasible candidate. */
function greedyFill(inst: AllocationInstance, a: Assignment): void {
  const order = inst.toPlace
    .map((t, k) => ({ k, p: t.exhibitor.priority }))
    .sort((x, y) => y.p - x.p || x.k - y.k);
  for (const { k } of order) {
    if (a.standOf[k]! >= 0) continue;
    let best = -1;
    for (const s of inst.toPlace[k]!.candidates) {
      if (a.canPlace(k, s) && (best < 0 || inst.cost(k, s) < inst.cost(k, best))) best = s;
    }
    if (best >= 0) a.place(k, best);
  }
}

function reasonAfterSolve(inst: AllocationInstance, a: Assignment, k: number): UnplacedReason {
  const why = new Set(inst.toPlace[k]!.candidates.map((s) => a.whyNot(k, s)));
  for (const r of ["competitor-conflict", "no-power-left", "hall-supply"] as const) if (why.has(r)) return r;
  return inst.toPlace[k]!.exhibitor.pavilionId !== null ? "pavilion-full" : "stands-taken";
}

const keyOf = (v: Violation) => `${v.rule}|${v.subjects.join(",")}`;

function repairNewErrors(
  inst: AllocationInstance,
  a: Assignment,
  before: readonly Violation[],
  forced: Map<number, UnplacedReason>,
): void {
  const old = new Set(before.filter((v) => v.severity === "error").map(keyOf));
  for (let round = 0; round < inst.toPlace.length; round++) {
    const placements = placementsOf(inst, a);
    const fresh = validatePlan(applyPlacements(inst.plan, placements)).filter(
      (v) => v.severity === "error" && !old.has(keyOf(v)),
    );
    if (fresh.length === 0) return;
    const culprits = new Set<number>();
    for (const v of fresh) {
      const subjects = new Set(v.subjects);
      // The newcomer named by the violation, or else the last newcomer on the box or hall named.
      const named = inst.toPlace.flatMap((t, k) => {
        const s = a.standOf[k]!;
        if (s < 0) return [];
        const stand = inst.plan.stands[s]!;
        return subjects.has(stand.id) ||
          subjects.has(t.exhibitor.id) ||
          subjects.has(stand.powerBoxId ?? "\u0000") ||
          subjects.has(stand.hallId)
          ? [k]
          : [];
      });
      if (named.length > 0) culprits.add(named[named.length - 1]!);
    }
    if (culprits.size === 0) return;
    for (const k of culprits) {
      a.remove(k);
      forced.set(k, "rule-conflict");
    }
  }
}

function placementsOf(inst: AllocationInstance, a: Assignment): Placement[] {
  const out: Placement[] = [];
  a.standOf.forEach((s, k) => {
    if (s >= 0) out.push({ exhibitorId: inst.toPlace[k]!.exhibitor.id, standId: inst.plan.stands[s]!.id });
  });
  return out;
}
