/** Automatic stand allocation (docs/allocation.md): pure, given a loaded HiGHS runtime. */
export { allocatePlan, DEFAULT_SECONDS } from "./allocate";
export { applyPlacements } from "./apply";
export { describeReason, REASON_MESSAGES } from "./messages";
export { UNPLACED_REASONS } from "./types";
export type {
  AllocateOptions,
  AllocationDetails,
  AllocationProposal,
  AllocationSummary,
  Placement,
  Unplaced,
  UnplacedReason,
} from "./types";
