import { and, desc, eq, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { applications, organisations, users } from "../../db/schema";
import type { Locale } from "../i18n/i18n";
import type { DbExecutor } from "./audit.server";
import { organisationDomainOf } from "./webmail-domains";

/** Where to reach an organisation that is already known, without showing anything of it to the asker. */
export interface ContactOnFile {
  email: string;
  name: string;
  locale: Locale;
}

export interface DuplicateProbe {
  siret: string | null;
  contactEmail: string;
}

/**
 * The application another organisation already has for this event and that looks like the same
 * applicant: same SIRET, same e-mail domain (webmail domains never count), or the very same contact
 * address. The unique index on applications(event, organisation) is the last guard; this is the
 * check that lets us answer with a clear message instead of an error.
 */
export function findSameOrganisationApplication(
  tx: DbExecutor,
  eventId: number,
  probe: DuplicateProbe,
  excludeOrganisationId: number | null = null,
): (ContactOnFile & { applicationId: number }) | undefined {
  const matches: SQL[] = [sql`lower(${applications.contactEmail}) = ${probe.contactEmail.toLowerCase()}`];
  if (probe.siret) matches.push(eq(organisations.siret, probe.siret));
  const domain = organisationDomainOf(probe.contactEmail);
  if (domain) {
    matches.push(eq(organisations.emailDomain, domain));
    matches.push(
      sql`lower(substr(${applications.contactEmail}, instr(${applications.contactEmail}, '@') + 1)) = ${domain}`,
    );
  }
  const filters = [eq(applications.eventId, eventId), or(...matches)];
  if (excludeOrganisationId !== null) filters.push(ne(organisations.id, excludeOrganisationId));
  const row = tx
    .select({
      applicationId: applications.id,
      email: applications.contactEmail,
      name: applications.contactName,
      locale: applications.locale,
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(and(...filters))
    .orderBy(applications.id)
    .get();
  return row && row.email ? row : undefined;
}

/** A registered organisation with this SIRET (SIRETs are unique among organisations). */
export function findOrganisationBySiret(
  tx: DbExecutor,
  siret: string,
  excludeOrganisationId: number | null = null,
) {
  const filters = [eq(organisations.siret, siret)];
  if (excludeOrganisationId !== null) filters.push(ne(organisations.id, excludeOrganisationId));
  return tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(...filters))
    .get();
}

/** The address we trust for a known organisation: its latest application's contact, else an account. */
export function findContactOnFile(tx: DbExecutor, organisationId: number): ContactOnFile | null {
  const latest = tx
    .select({ email: applications.contactEmail, name: applications.contactName, locale: applications.locale })
    .from(applications)
    .where(and(eq(applications.organisationId, organisationId), ne(applications.contactEmail, "")))
    .orderBy(desc(applications.updatedAt))
    .get();
  if (latest) return latest;
  const account = tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), isNull(users.disabledAt)))
    .orderBy(users.id)
    .get();
  return account ?? null;
}
