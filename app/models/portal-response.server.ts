import { eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { assignments, events, stands } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { transitionWithin, type TransitionOutcome } from "./application-transition.server";

export type AcceptanceResponse = "confirm" | "withdraw";

export type ResponseOutcome = TransitionOutcome & { releasedStands: string[] };

/**
 * The exhibitor's answer to an acceptance: confirm their participation, or withdraw. Withdrawing
 * frees the stands they held, in the same transaction, and moves the plan to a new version so that
 * an editor opened before cannot save the assignment back without seeing the change.
 */
export function respondToAcceptance(input: {
  applicationId: number;
  eventId: number;
  userId: number;
  response: AcceptanceResponse;
}): ResponseOutcome {
  const to = input.response === "confirm" ? "confirmed" : "withdrawn";
  return getDb().transaction((tx) => {
    const outcome = transitionWithin(tx, {
      applicationId: input.applicationId,
      eventId: input.eventId,
      to,
      by: input.userId,
    });
    if (!outcome.ok || to !== "withdrawn") return { ...outcome, releasedStands: [] };
    const held = tx
      .select({ standId: assignments.standId, code: stands.code })
      .from(assignments)
      .innerJoin(stands, eq(stands.id, assignments.standId))
      .where(eq(assignments.applicationId, input.applicationId))
      .all();
    if (held.length === 0) return { ...outcome, releasedStands: [] };
    const standIds = held.map((row) => row.standId);
    tx.delete(assignments).where(eq(assignments.applicationId, input.applicationId)).run();
    tx.update(stands).set({ status: "available" }).where(inArray(stands.id, standIds)).run();
    tx.update(events)
      .set({ planVersion: sql`${events.planVersion} + 1` })
      .where(eq(events.id, input.eventId))
      .run();
    const codes = held.map((row) => row.code).sort();
    recordAudit(
      {
        userId: input.userId,
        eventId: input.eventId,
        entity: "plan",
        entityId: String(input.eventId),
        action: "plan.release-withdrawn",
        before: { applicationId: input.applicationId, stands: codes },
        after: { applicationId: input.applicationId, stands: [] },
      },
      tx,
    );
    return { ...outcome, releasedStands: codes };
  });
}
