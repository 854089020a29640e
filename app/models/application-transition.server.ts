import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import { applications, organisations, type ApplicationStatus } from "../../db/schema";
import { canTransition } from "./application-status";
import { recordAudit, type DbExecutor } from "./audit.server";

/**
 * Status changes of applications, enforced on the server: every move is checked against the
 * status machine (application-status.ts), written with its audit row in one transaction, and the
 * UPDATE only applies while the row still has the status that was checked, so two concurrent
 * requests (a double click, two organisers) can never both apply.
 */

export const MESSAGE_MAX_LENGTH = 2_000;

/** Decisions date the application; moving to review, confirming or withdrawing do not. */
const DECISIONS: readonly ApplicationStatus[] = ["accepted", "waitlisted", "rejected"];

export type TransitionRefusal = "not_found" | "not_allowed" | "changed";

export type TransitionOutcome =
  | { ok: true; applicationId: number; from: ApplicationStatus; to: ApplicationStatus }
  | {
      ok: false;
      applicationId: number;
      reason: TransitionRefusal;
      /** The status the application had when it was refused (null when it does not exist). */
      from: ApplicationStatus | null;
      to: ApplicationStatus;
    };

export interface TransitionInput {
  applicationId: number;
  to: ApplicationStatus;
  /** The user who decides (audit log). */
  by: number;
  /** Optional words to the exhibitor: kept in the audit row, sent in the decision e-mail. */
  message?: string;
  /** When given, an application of another event reads as not found. */
  eventId?: number;
}

/**
 * The guarded write: moves the status only if it is still `from`. Answers whether a row changed;
 * false means someone else changed the application since it was read.
 */
export function updateApplicationStatus(
  tx: DbExecutor,
  input: { applicationId: number; from: ApplicationStatus; to: ApplicationStatus; at: Date },
): boolean {
  const { applicationId, from, to, at } = input;
  const result = tx
    .update(applications)
    .set({ status: to, updatedAt: at, ...(DECISIONS.includes(to) ? { decidedAt: at } : {}) })
    .where(and(eq(applications.id, applicationId), eq(applications.status, from)))
    .run();
  return result.changes === 1;
}

/** Moves one application inside the caller's transaction (so other writes can go with it). */
export function transitionWithin(tx: DbExecutor, input: TransitionInput): TransitionOutcome {
  const { applicationId, to } = input;
  const current = tx
    .select({ status: applications.status, eventId: applications.eventId })
    .from(applications)
    .where(eq(applications.id, applicationId))
    .get();
  if (!current || (input.eventId !== undefined && current.eventId !== input.eventId))
    return { ok: false, applicationId, reason: "not_found", from: null, to };
  const from = current.status;
  if (!canTransition(from, to)) return { ok: false, applicationId, reason: "not_allowed", from, to };
  if (!updateApplicationStatus(tx, { applicationId, from, to, at: new Date() }))
    return { ok: false, applicationId, reason: "changed", from, to };
  const message = input.message?.trim() || undefined;
  recordAudit(
    {
      userId: input.by,
      eventId: current.eventId,
      entity: "application",
      entityId: String(applicationId),
      action: "status",
      before: { status: from },
      after: message ? { status: to, message } : { status: to },
    },
    tx,
  );
  return { ok: true, applicationId, from, to };
}

/** Moves one application, or says why not; nothing is written when it is refused. */
export function transitionApplication(input: TransitionInput): TransitionOutcome {
  return getDb().transaction((tx) => transitionWithin(tx, input));
}

export interface BulkTransitionResult {
  applied: Extract<TransitionOutcome, { ok: true }>[];
  refused: Extract<TransitionOutcome, { ok: false }>[];
}

/**
 * Moves several applications of an event in one transaction: the valid ones are all applied
 * (or none, should the database fail), the refused ones are reported with their reason.
 */
export function transitionApplications(input: {
  eventId: number;
  applicationIds: readonly number[];
  to: ApplicationStatus;
  by: number;
  message?: string;
}): BulkTransitionResult {
  const result: BulkTransitionResult = { applied: [], refused: [] };
  getDb().transaction((tx) => {
    for (const applicationId of new Set(input.applicationIds)) {
      const outcome = transitionWithin(tx, { ...input, applicationId });
      if (outcome.ok) result.applied.push(outcome);
      else result.refused.push(outcome);
    }
  });
  return result;
}

export interface TransitionPreviewRow {
  applicationId: number;
  organisationName: string;
  from: ApplicationStatus;
  allowed: boolean;
}

/** What a bulk move would do, read-only: the confirmation step shows it before anything is sent. */
export function previewTransitions(input: {
  eventId: number;
  applicationIds: readonly number[];
  to: ApplicationStatus;
}): TransitionPreviewRow[] {
  if (input.applicationIds.length === 0) return [];
  return getDb()
    .select({ id: applications.id, name: organisations.name, status: applications.status })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(and(eq(applications.eventId, input.eventId), inArray(applications.id, [...input.applicationIds])))
    .orderBy(organisations.name)
    .all()
    .map((row) => ({
      applicationId: row.id,
      organisationName: row.name,
      from: row.status,
      allowed: canTransition(row.status, input.to),
    }));
}
