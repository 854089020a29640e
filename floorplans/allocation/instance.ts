import { EPS, FLOAT_SLACK } from "../geometry/constants";
import type { Exhibitor, Plan } from "../format/schema";
import { planRuleSettings, type RuleSettings } from "../format/settings";
import type { Violation } from "../rules/types";
import { Site } from "./site";
import type { UnplacedReason } from "./types";

/**
 * The allocation problem drawn from a plan: which exhibitors to place, which stands are free, and
 * for each exhibitor its candidate stands — the free stands that pass every rule that depends on
 * that one exhibitor and that one stand. Each filter is one constraint family, applied in a fixed
 * order, so that an exhibitor with no candidate left gets the family that removed the last ones as
 * its reason. What links several new placements (one exhibitor per stand, box and hall power,
 * competitors) is left to the solver.
 */

/** Stands an organiser set aside are not offered; an unset status counts as available. */
const OFFERED_STATUSES = new Set([undefined, "available", "assigned"]);

export interface ToPlace {
  /** Index in plan.exhibitors. */
  index: number;
  exhibitor: Exhibitor;
  /** Candidate stand indices (plan.stands), ascending. */
  candidates: number[];
  /** Set when no candidate is left: the family that removed the last ones. */
  reason: UnplacedReason | null;
  /** Indices (into `toPlace`) of competitors that are also to be placed. */
  competitors: number[];
}

export interface PowerBudget {
  boxResidual: Map<string, number>;
  hallResidual: Map<string, number>;
}

export interface AllocationInstance {
  plan: Plan;
  settings: RuleSettings;
  site: Site;
  toPlace: ToPlace[];
  freeStands: number[];
  budget: PowerBudget;
  /** Waste plus pavilion intrusion of putting toPlace[k] on stand s. */
  cost(k: number, s: number): number;
  /** Stands of every exhibitor already placed (locked), by exhibitor id. */
  lockedStands: Map<string, number[]>;
}

/** Weight of one non-member stand whose centre lies in a pavilion, in m² of waste. */
export const INTRUSION_COST = 1;

function competitorsOf(plan: Plan): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    if (!map.has(a)) map.set(a, new Set());
    map.get(a)!.add(b);
  };
  for (const e of plan.exhibitors) {
    for (const other of e.avoid) {
      link(e.id, other);
      link(other, e.id);
    }
  }
  return map;
}

function errorSubjects(violations: readonly Violation[]): Set<string> {
  const ids = new Set<string>();
  for (const v of violations) if (v.severity === "error") for (const s of v.subjects) ids.add(s);
  return ids;
}

function powerBudget(plan: Plan, settings: RuleSettings, lockedStands: Map<string, number[]>): PowerBudget {
  const boxResidual = new Map<string, number>();
  const hallResidual = new Map<string, number>();
  for (const box of plan.powerBoxes) boxResidual.set(box.id, box.capacityKw ?? settings.boxCapacityKw);
  for (const hall of plan.halls) hallResidual.set(hall.id, hall.powerSupplyKw ?? Infinity);
  for (const e of plan.exhibitors) {
    const stands = lockedStands.get(e.id);
    if (!stands || e.powerKw <= 0) continue;
    const share = e.powerKw / stands.length;
    for (const i of stands) {
      const s = plan.stands[i]!;
      if (s.powerBoxId !== null) boxResidual.set(s.powerBoxId, (boxResidual.get(s.powerBoxId) ?? 0) - share);
      hallResidual.set(s.hallId, (hallResidual.get(s.hallId) ?? 0) - share);
    }
  }
  return { boxResidual, hallResidual };
}

export function buildInstance(plan: Plan, before: readonly Violation[]): AllocationInstance {
  const settings = planRuleSettings(plan);
  const site = new Site(plan);
  const lockedStands = new Map<string, number[]>();
  plan.stands.forEach((s, i) => {
    if (s.exhibitorId === null) return;
    if (!lockedStands.has(s.exhibitorId)) lockedStands.set(s.exhibitorId, []);
    lockedStands.get(s.exhibitorId)!.push(i);
  });
  // A stand already in error (overlap, blocked exit…) is not offered: placing someone there would
  // hand them a stand the organiser still has to fix.
  const broken = errorSubjects(before);
  const freeStands: number[] = [];
  plan.stands.forEach((s, i) => {
    if (s.exhibitorId === null && OFFERED_STATUSES.has(s.status) && !broken.has(s.id)) freeStands.push(i);
  });
  const budget = powerBudget(plan, settings, lockedStands);
  const boxes = new Map(plan.powerBoxes.map((b) => [b.id, b]));
  const rivals = competitorsOf(plan);
  const minM = settings.competitorMinDistanceM;

  const pending = plan.exhibitors
    .map((e, index) => ({ e, index }))
    .filter(({ e }) => !lockedStands.has(e.id));
  const position = new Map(pending.map(({ e }, k) => [e.id, k]));

  const toPlace: ToPlace[] = pending.map(({ e, index }) => {
    const minArea = e.requestedAreaM2 * (1 - settings.areaTolerance) - FLOAT_SLACK;
    const needsBox = e.powerKw > 0;
    const lockedRivalStands = [...(rivals.get(e.id) ?? [])].flatMap((id) => lockedStands.get(id) ?? []);
    const families: [UnplacedReason, (s: number) => boolean][] = [
      ["no-free-stand", () => true],
      ["no-stand-large-enough", (s) => site.area(s) >= minArea],
      ["pavilion-full", (s) => e.pavilionId === null || site.insidePavilion(s, e.pavilionId)],
      [
        "no-power-within-reach",
        (s) => {
          const st = plan.stands[s]!;
          const box = st.powerBoxId === null ? undefined : boxes.get(st.powerBoxId);
          if (!box) return !needsBox;
          return box.hallId === st.hallId && site.cableRun(s, box.at) <= settings.maxCableRunM + EPS;
        },
      ],
      [
        "phase-mismatch",
        (s) => {
          const boxId = plan.stands[s]!.powerBoxId;
          return e.phases !== 3 || boxId === null || boxes.get(boxId)?.phases !== 1;
        },
      ],
      [
        "no-power-left",
        (s) => {
          const boxId = plan.stands[s]!.powerBoxId;
          return (
            !needsBox || boxId === null || e.powerKw <= (budget.boxResidual.get(boxId) ?? 0) + FLOAT_SLACK
          );
        },
      ],
      [
        "hall-supply",
        (s) => !needsBox || e.powerKw <= (budget.hallResidual.get(plan.stands[s]!.hallId) ?? 0) + FLOAT_SLACK,
      ],
      ["competitor-conflict", (s) => lockedRivalStands.every((t) => site.distance(s, t) >= minM - EPS)],
    ];
    let candidates = freeStands;
    let reason: UnplacedReason | null = null;
    for (const [family, keep] of families) {
      candidates = candidates.filter(keep);
      if (candidates.length === 0) {
        reason = family;
        break;
      }
    }
    const competitors = [...(rivals.get(e.id) ?? [])]
      .map((id) => position.get(id))
      .filter((k): k is number => k !== undefined)
      .sort((a, b) => a - b);
    return { index, exhibitor: e, candidates, reason, competitors };
  });

  const intrusion = new Map<number, string[]>();
  const cost = (k: number, s: number): number => {
    const e = toPlace[k]!.exhibitor;
    let zones = intrusion.get(s);
    if (!zones) {
      zones = site.pavilionsAtCentre(s);
      intrusion.set(s, zones);
    }
    const intruding = zones.some((z) => z !== e.pavilionId) ? INTRUSION_COST : 0;
    return Math.max(0, site.area(s) - e.requestedAreaM2) + intruding;
  };

  return { plan, settings, site, toPlace, freeStands, budget, cost, lockedStands };
}
