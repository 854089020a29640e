import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { applications, eventForms, formSubmissions, submissionDocuments } from "../../db/schema";
import type { SessionUser } from "./auth.server";
import { readStoredFile } from "./file-store.server";

export interface DownloadableDocument {
  id: number;
  fileName: string;
  mime: string;
  sha256: string;
  bytes: Buffer;
}

/**
 * A submission document with its bytes, if this user may read it: the exhibitors of the owning
 * organisation, organisers and staff. Anyone else gets null, exactly as for a document that does not
 * exist, so a stranger cannot tell the two apart.
 */
export function getDocumentForReader(
  documentId: number,
  user: Pick<SessionUser, "role" | "organisationId">,
): DownloadableDocument | null {
  const row = getDb()
    .select({
      id: submissionDocuments.id,
      fileName: submissionDocuments.fileName,
      mime: submissionDocuments.mime,
      sha256: submissionDocuments.fileSha256,
      organisationId: applications.organisationId,
    })
    .from(submissionDocuments)
    .innerJoin(formSubmissions, eq(formSubmissions.id, submissionDocuments.submissionId))
    .innerJoin(applications, eq(applications.id, formSubmissions.applicationId))
    .where(eq(submissionDocuments.id, documentId))
    .get();
  if (!row) return null;
  const allowed =
    user.role === "organiser" || user.role === "staff" || user.organisationId === row.organisationId;
  if (!allowed) return null;
  const bytes = readStoredFile(row.sha256);
  return bytes ? { id: row.id, fileName: row.fileName, mime: row.mime, sha256: row.sha256, bytes } : null;
}

/** The documents of a submission of an event (staff review), oldest first. */
export function listReviewDocuments(eventId: number, submissionId: number) {
  return getDb()
    .select({
      id: submissionDocuments.id,
      fileName: submissionDocuments.fileName,
      mime: submissionDocuments.mime,
      sizeBytes: submissionDocuments.sizeBytes,
      createdAt: submissionDocuments.createdAt,
    })
    .from(submissionDocuments)
    .innerJoin(formSubmissions, eq(formSubmissions.id, submissionDocuments.submissionId))
    .innerJoin(eventForms, eq(eventForms.id, formSubmissions.eventFormId))
    .where(and(eq(submissionDocuments.submissionId, submissionId), eq(eventForms.eventId, eventId)))
    .orderBy(submissionDocuments.createdAt, submissionDocuments.id)
    .all();
}
