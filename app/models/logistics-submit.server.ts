import { and, count, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { applications, formSubmissions, submissionDocuments, type LogisticsFormKind } from "../../db/schema";
import { recordAudit, type DbExecutor } from "./audit.server";
import { documentKinds } from "./logistics-answers";
import type { Intent } from "./logistics-form-input";
import { getEventForm, getSubmission, type LogisticsContext } from "./logistics-forms.server";
import { bookSlotIn } from "./logistics-slots.server";
import { editLock } from "./logistics-status";

export type SaveRefusal =
  | "notAsked"
  | "approved"
  | "deadline"
  | "conflict"
  | "alreadySubmitted"
  | "slotFull"
  | "slotPast"
  | "unknownSlot"
  | "documentsMissing"
  | "unknownDocument";

export type SaveResult =
  | { ok: true; submissionId: number; version: number }
  | { ok: false; status: 400 | 403 | 404 | 409; reason: SaveRefusal };

const refusalStatus: Record<SaveRefusal, 400 | 403 | 404 | 409> = {
  notAsked: 404,
  approved: 403,
  deadline: 403,
  conflict: 409,
  alreadySubmitted: 409,
  slotFull: 409,
  slotPast: 409,
  unknownSlot: 400,
  documentsMissing: 400,
  unknownDocument: 404,
};

/** Thrown inside a transaction to roll it back; turned into a SaveResult outside. */
class Refused extends Error {
  constructor(readonly reason: SaveRefusal) {
    super(reason);
  }
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

export interface SaveInput {
  context: LogisticsContext;
  kind: LogisticsFormKind;
  intent: Intent;
  /** Already checked by parseAnswers (partial for a draft). */
  answers: Record<string, unknown>;
  /** The version the page was loaded with (0 when there was no submission yet). */
  version: number;
  userId: number;
  now?: Date;
  /** Runs in the transaction once the submission row exists: attaches uploaded documents. */
  attach?: (tx: Tx, submissionId: number) => void;
}

/** Insurance and fire rating always come with a certificate; a laser declaration with its technical note (T 44). */
export function needsDocuments(kind: LogisticsFormKind, answers: Record<string, unknown>): boolean {
  if (!documentKinds.has(kind)) return false;
  return kind !== "machines" || answers.lasers === true;
}

function documentCount(tx: DbExecutor, submissionId: number): number {
  return tx
    .select({ n: count() })
    .from(submissionDocuments)
    .where(eq(submissionDocuments.submissionId, submissionId))
    .get()!.n;
}

/** Reads the submission under the write lock and refuses what the rules of the form forbid. */
function lockedSubmission(tx: Tx, input: Pick<SaveInput, "context" | "kind" | "version" | "now">) {
  const form = getEventForm(input.context.event.id, input.kind, tx);
  if (!form || !form.enabled) throw new Refused("notAsked");
  const submission = getSubmission(form.id, input.context.application.id, tx) ?? null;
  if ((submission?.version ?? 0) !== input.version) throw new Refused("conflict");
  const lock = editLock(form, submission, input.now ?? new Date());
  if (lock) throw new Refused(lock);
  return { form, submission };
}

function settle(run: (tx: Tx) => { submissionId: number; version: number }): SaveResult {
  try {
    return { ok: true, ...getDb().transaction(run, { behavior: "immediate" }) };
  } catch (error) {
    if (error instanceof Refused)
      return { ok: false, status: refusalStatus[error.reason], reason: error.reason };
    throw error;
  }
}

/**
 * Saves a draft or submits a form, in one transaction: the version check (two tabs), the locks
 * (approved, deadline), the slot booking, the electrical order becoming the stand's power demand,
 * uploaded documents, and the audit line. Anything refused leaves the database as it was.
 */
export function saveSubmission(input: SaveInput): SaveResult {
  const { context, kind, intent, answers, userId } = input;
  const now = input.now ?? new Date();
  return settle((tx) => {
    const { form, submission } = lockedSubmission(tx, input);
    if (intent === "draft" && submission?.status === "submitted") throw new Refused("alreadySubmitted");

    if (intent === "submit" && (kind === "load_in" || kind === "load_out")) {
      const booked = bookSlotIn(tx, {
        eventId: context.event.id,
        applicationId: context.application.id,
        kind,
        slotId: answers.slotId as number,
        now,
      });
      if (!booked.ok) throw new Refused(booked.reason);
    }
    if (intent === "submit" && kind === "electrical") applyPowerDemand(tx, context, answers, userId);

    const values = {
      status: intent === "draft" ? ("draft" as const) : ("submitted" as const),
      data: answers,
      updatedAt: now,
      ...(intent === "submit"
        ? { submittedAt: now, rejectionReason: null, reviewedAt: null, reviewedById: null }
        : {}),
    };
    const version = (submission?.version ?? 0) + 1;
    const submissionId = submission
      ? tx
          .update(formSubmissions)
          .set({ ...values, version })
          .where(and(eq(formSubmissions.id, submission.id), eq(formSubmissions.version, submission.version)))
          .returning({ id: formSubmissions.id })
          .get()!.id
      : tx
          .insert(formSubmissions)
          .values({
            ...values,
            eventFormId: form.id,
            applicationId: context.application.id,
            version,
            createdAt: now,
          })
          .returning({ id: formSubmissions.id })
          .get().id;
    input.attach?.(tx, submissionId);
    if (intent === "submit" && needsDocuments(kind, answers) && documentCount(tx, submissionId) === 0)
      throw new Refused("documentsMissing");
    recordAudit(
      {
        userId,
        eventId: context.event.id,
        entity: "logistics_submission",
        entityId: String(submissionId),
        action: intent === "draft" ? "logistics.draft" : "logistics.submit",
        before: submission ? { status: submission.status, data: submission.data } : null,
        after: { kind, status: values.status, data: answers },
      },
      tx,
    );
    return { submissionId, version };
  });
}

/** The electrical order is the stand's power demand: the rules read the application's powerKw. */
function applyPowerDemand(
  tx: DbExecutor,
  context: LogisticsContext,
  answers: Record<string, unknown>,
  userId: number,
) {
  const before = tx
    .select({ powerKw: applications.powerKw, phases: applications.phases, power24h: applications.power24h })
    .from(applications)
    .where(eq(applications.id, context.application.id))
    .get()!;
  const after = {
    powerKw: answers.kw as number,
    phases: answers.phases as number,
    power24h: answers.supply24h as boolean,
  };
  tx.update(applications)
    .set({ ...after, updatedAt: new Date() })
    .where(eq(applications.id, context.application.id))
    .run();
  recordAudit(
    {
      userId,
      eventId: context.event.id,
      entity: "application",
      entityId: String(context.application.id),
      action: "application.power-order",
      before,
      after,
    },
    tx,
  );
}

/**
 * Removes one document of the exhibitor's own submission (before approval and the deadline), under
 * the same version check as a save. `remove` is the upload store's deleteDocument; the bytes it frees
 * are handed to `release` (removeUnreferencedFile) only once the transaction has committed.
 */
export function removeSubmissionDocument(
  input: Pick<SaveInput, "context" | "kind" | "version" | "userId" | "now"> & {
    documentId: number;
    remove: (tx: Tx, documentId: number) => string | null;
    release: (sha256: string | null) => void;
  },
): SaveResult {
  let freed: string | null = null;
  const result = settle((tx) => {
    const { submission } = lockedSubmission(tx, input);
    const document = submission
      ? tx
          .select()
          .from(submissionDocuments)
          .where(
            and(
              eq(submissionDocuments.id, input.documentId),
              eq(submissionDocuments.submissionId, submission.id),
            ),
          )
          .get()
      : undefined;
    if (!submission || !document) throw new Refused("unknownDocument");
    freed = input.remove(tx, document.id);
    const version = submission.version + 1;
    // A submitted form that needs a certificate goes back to draft when its last one is removed.
    const emptied =
      submission.status === "submitted" &&
      needsDocuments(input.kind, submission.data) &&
      documentCount(tx, submission.id) === 0;
    tx.update(formSubmissions)
      .set({ version, updatedAt: input.now ?? new Date(), ...(emptied ? { status: "draft" as const } : {}) })
      .where(eq(formSubmissions.id, submission.id))
      .run();
    recordAudit(
      {
        userId: input.userId,
        eventId: input.context.event.id,
        entity: "logistics_submission",
        entityId: String(submission.id),
        action: "logistics.document-delete",
        before: { fileName: document.fileName, sha256: document.fileSha256 },
      },
      tx,
    );
    return { submissionId: submission.id, version };
  });
  if (result.ok) input.release(freed);
  return result;
}
