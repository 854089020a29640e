import type { ApplicationStatus } from "../../db/schema/applications";

export const funnelStages = ["submitted", "in_review", "accepted", "confirmed"] as const;
export type FunnelStage = (typeof funnelStages)[number];

/**
 * The statuses that prove an application reached each stage of the funnel. A decision
 * (accepted, waitlisted, rejected) implies a review; a withdrawn application may have left at
 * any stage, so it only counts as submitted. Shared by the dashboard's counts and its links to
 * the review table, so a stage's link lists exactly the applications it counts.
 */
export const FUNNEL_STATUSES: Record<FunnelStage, readonly ApplicationStatus[]> = {
  submitted: ["submitted", "in_review", "accepted", "waitlisted", "rejected", "confirmed", "withdrawn"],
  in_review: ["in_review", "accepted", "waitlisted", "rejected", "confirmed"],
  accepted: ["accepted", "confirmed"],
  confirmed: ["confirmed"],
};

/** The review table filtered to the applications of one funnel stage. */
export function funnelStageHref(eventSlug: string, stage: FunnelStage): string {
  const params = new URLSearchParams(FUNNEL_STATUSES[stage].map((status) => ["status", status]));
  return `/admin/events/${eventSlug}/applications?${params}`;
}
