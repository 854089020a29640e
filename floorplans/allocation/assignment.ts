import { EPS, FLOAT_SLACK } from "../geometry/constants";
import type { AllocationInstance } from "./instance";

/**
 * A set of new placements over an instance, with the running power budgets, and the feasibility
 * test of one more placement: free stand, box and hall power left, no competitor too close.
 * (Per-pair rules — area, pavilion, reach, phases, locked competitors — are already in the
 * candidate lists.)
 */
export class Assignment {
  /** Stand index per toPlace entry, −1 when unplaced. */
  readonly standOf: Int32Array;
  private readonly holder = new Map<number, number>();
  private readonly boxLeft: Map<string, number>;
  private readonly hallLeft: Map<string, number>;
  private readonly candidateSets: Set<number>[];

  constructor(private readonly inst: AllocationInstance) {
    this.standOf = new Int32Array(inst.toPlace.length).fill(-1);
    this.boxLeft = new Map(inst.budget.boxResidual);
    this.hallLeft = new Map(inst.budget.hallResidual);
    this.candidateSets = inst.toPlace.map((t) => new Set(t.candidates));
  }

  holderOf(s: number): number | undefined {
    return this.holder.get(s);
  }

  isCandidate(k: number, s: number): boolean {
    return this.candidateSets[k]!.has(s);
  }

  private shiftPower(k: number, s: number, sign: 1 | -1): void {
    const kw = this.inst.toPlace[k]!.exhibitor.powerKw;
    if (kw <= 0) return;
    const stand = this.inst.plan.stands[s]!;
    if (stand.powerBoxId !== null)
      this.boxLeft.set(stand.powerBoxId, (this.boxLeft.get(stand.powerBoxId) ?? 0) - sign * kw);
    this.hallLeft.set(stand.hallId, (this.hallLeft.get(stand.hallId) ?? 0) - sign * kw);
  }

  /** Would placing k on s break a rule that links placements? (k itself is assumed unplaced.) */
  whyNot(
    k: number,
    s: number,
  ): "stands-taken" | "no-power-left" | "hall-supply" | "competitor-conflict" | null {
    if (this.holder.has(s)) return "stands-taken";
    const kw = this.inst.toPlace[k]!.exhibitor.powerKw;
    const stand = this.inst.plan.stands[s]!;
    if (kw > 0 && stand.powerBoxId !== null && kw > (this.boxLeft.get(stand.powerBoxId) ?? 0) + FLOAT_SLACK)
      return "no-power-left";
    if (kw > 0 && kw > (this.hallLeft.get(stand.hallId) ?? 0) + FLOAT_SLACK) return "hall-supply";
    const minM = this.inst.settings.competitorMinDistanceM;
    for (const l of this.inst.toPlace[k]!.competitors) {
      const t = this.standOf[l]!;
      if (t >= 0 && this.inst.site.distance(s, t) < minM - EPS) return "competitor-conflict";
    }
    return null;
  }

  canPlace(k: number, s: number): boolean {
    return this.isCandidate(k, s) && this.whyNot(k, s) === null;
  }

  place(k: number, s: number): void {
    this.standOf[k] = s;
    this.holder.set(s, k);
    this.shiftPower(k, s, 1);
  }

  remove(k: number): number {
    const s = this.standOf[k]!;
    if (s < 0) return s;
    this.standOf[k] = -1;
    this.holder.delete(s);
    this.shiftPower(k, s, -1);
    return s;
  }

  /** Σ cost of the placements (waste + intrusions). */
  totalCost(): number {
    let sum = 0;
    this.standOf.forEach((s, k) => {
      if (s >= 0) sum += this.inst.cost(k, s);
    });
    return sum;
  }
}
