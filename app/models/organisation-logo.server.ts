import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import { applications, organisations } from "../../db/schema";
import { PLACEABLE_STATUSES } from "./application-status";
import { getFileRow, readStoredFile } from "./file-store.server";

export interface OrganisationLogo {
  sha256: string;
  mime: string;
  bytes: Buffer;
}

/** The organisation's logo, or null (no organisation, no logo, or the file is gone). */
export function getOrganisationLogo(organisationId: number): OrganisationLogo | null {
  const organisation = getDb()
    .select({ logoSha256: organisations.logoSha256 })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!organisation?.logoSha256) return null;
  const file = getFileRow(organisation.logoSha256);
  const bytes = file ? readStoredFile(file.sha256) : null;
  return file && bytes ? { sha256: file.sha256, mime: file.mime, bytes } : null;
}

/** True once an organisation exhibits somewhere (accepted or confirmed): its logo is in the public catalogue. */
export function isInPublicCatalogue(organisationId: number): boolean {
  const row = getDb()
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.organisationId, organisationId),
        inArray(applications.status, [...PLACEABLE_STATUSES]),
      ),
    )
    .get();
  return row !== undefined;
}
