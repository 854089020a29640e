import type { ApplicationStatus } from "../../db/schema";

/**
 * The review workflow: draft → submitted → in_review → accepted | waitlisted | rejected, and
 * accepted → confirmed | withdrawn, exactly as the issue specifies; every other move is refused
 * (a waitlisted application stays waitlisted: promoting one would be a new, explicit transition).
 */
const TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  draft: ["submitted"],
  submitted: ["in_review"],
  in_review: ["accepted", "waitlisted", "rejected"],
  waitlisted: [],
  accepted: ["confirmed", "withdrawn"],
  rejected: [],
  confirmed: [],
  withdrawn: [],
};

export function allowedTransitions(from: ApplicationStatus): readonly ApplicationStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses whose exhibitors take part in the plan (placed by organisers or the allocator). */
export const PLACEABLE_STATUSES = ["accepted", "confirmed"] as const satisfies readonly ApplicationStatus[];
