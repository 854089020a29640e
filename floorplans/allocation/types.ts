/**
 * Public shapes of the stand allocator (docs/allocation.md). The allocator is pure: a plan in,
 * a proposal out; applying it (CLI output, editor command) is the caller's business.
 */

/** Why an exhibitor was left out: the first constraint family that removes all its candidate stands. */
export const UNPLACED_REASONS = [
  "no-free-stand",
  "no-stand-large-enough",
  "pavilion-full",
  "no-power-within-reach",
  "phase-mismatch",
  "no-power-left",
  "hall-supply",
  "competitor-conflict",
  "stands-taken",
  "rule-conflict",
] as const;
export type UnplacedReason = (typeof UNPLACED_REASONS)[number];

export interface Placement {
  exhibitorId: string;
  standId: string;
}

export interface Unplaced {
  exhibitorId: string;
  reason: UnplacedReason;
}

/** The `allocation` block of RULES.md, plus details the CLI and the editor show. */
export interface AllocationSummary {
  placed: number;
  unplaced: Unplaced[];
  /** Value of the whole objective (placement, waste, pavilion intrusions, near wishes met). */
  objective: number;
  /** Upper bound from the LP relaxation (plus every near wish counted as met). */
  bound: number;
  seconds: number;
}

export interface AllocationDetails {
  /** "optimal": the hard problem was solved to proven optimality; "time-limit": best found in time. */
  status: "optimal" | "time-limit" | "trivial";
  /** Proven upper bound of the hard problem from branch and bound (null when none was proven in time). */
  mipBound: number | null;
  hardObjective: number;
  nearWishesMet: number;
  nearWishesBound: number;
  wastedAreaM2: number;
  candidatePairs: number;
  rows: number;
  localSearchMoves: number;
}

export interface AllocationProposal {
  placements: Placement[];
  summary: AllocationSummary;
  details: AllocationDetails;
}

export interface AllocateOptions {
  /** Wall-clock budget for the whole run (MIP + local search), seconds. Default 10. */
  seconds?: number;
}
