import { getDb } from "../../db/client";
import { applicationNotes, applicationReviews } from "../../db/schema";

export const NOTE_MAX_LENGTH = 5_000;
export const COMMENT_MAX_LENGTH = 2_000;
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** An internal note of the organisers (never shown to the exhibitor). */
export function addApplicationNote(input: { applicationId: number; authorId: number; body: string }): void {
  getDb().insert(applicationNotes).values(input).run();
}

/**
 * A reviewer's score (1–5) and comment. One per reviewer and application (the table's primary
 * key): scoring again replaces the reviewer's previous score instead of adding a second one.
 */
export function scoreApplication(input: {
  applicationId: number;
  reviewerId: number;
  score: number;
  comment: string;
}): void {
  const now = new Date();
  getDb()
    .insert(applicationReviews)
    .values({ ...input, updatedAt: now })
    .onConflictDoUpdate({
      target: [applicationReviews.applicationId, applicationReviews.reviewerId],
      set: { score: input.score, comment: input.comment, updatedAt: now },
    })
    .run();
}
