import { z } from "zod";
import { logisticsFormKinds } from "../../db/schema/logistics";

/** The review queue's URL filters and the decision form: shared by the pages and the server. */
export const REVIEW_PAGE_SIZE = 25;
export const REASON_MAX_LENGTH = 2000;

export const reviewQueueStatuses = ["submitted", "approved", "rejected", "all"] as const;

/** The queue's filters, from the URL: form kind, status (default: waiting for review), page. */
export const reviewQueueQuery = z.object({
  kind: z.enum(logisticsFormKinds).optional().catch(undefined),
  status: z.enum(reviewQueueStatuses).catch("submitted"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuery>;

export function parseReviewQueueQuery(params: URLSearchParams): ReviewQueueQuery {
  return reviewQueueQuery.parse({
    kind: params.get("kind") || undefined,
    status: params.get("status") ?? "submitted",
    page: params.get("page") ?? 1,
  });
}

export const reviewDecisionForm = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), version: z.coerce.number().int().positive() }),
  z.object({
    decision: z.literal("reject"),
    version: z.coerce.number().int().positive(),
    reason: z.string().trim().min(1, "reasonRequired").max(REASON_MAX_LENGTH, "reasonTooLong"),
  }),
]);
export type ReviewDecision = z.infer<typeof reviewDecisionForm>;
