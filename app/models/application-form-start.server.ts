import { eq, like, or } from "drizzle-orm";
import { getDb } from "../../db/client";
import { applications, organisations } from "../../db/schema";
import type { Locale } from "../i18n/i18n";
import { recordAudit, type DbExecutor } from "./audit.server";
import type { EventRow } from "./event.server";
import type { StartAnswers } from "./application-form-schemas";
import { storeLogo, type LogoCheck } from "./application-form-logo.server";
import {
  findContactOnFile,
  findOrganisationBySiret,
  findSameOrganisationApplication,
  type ContactOnFile,
} from "./application-form-duplicates.server";
import { createResumeToken, emailResumeLink } from "./application-form-resume.server";
import { emailDomainOf } from "./webmail-domains";

export type StartOutcome =
  | { kind: "created"; applicationId: number; organisationId: number }
  /** This organisation already applied: the link to its application went to the address on file. */
  | { kind: "duplicate" }
  /** A registered organisation (same SIRET) without an application yet: a draft was opened for it and its link went to the address on file. */
  | { kind: "known" }
  /** A registered organisation we cannot reach: nothing was stored. */
  | { kind: "unreachable" };

export function slugify(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "organisation";
}

function uniqueSlug(tx: DbExecutor, name: string): string {
  const base = slugify(name);
  const taken = new Set(
    tx
      .select({ slug: organisations.slug })
      .from(organisations)
      .where(or(eq(organisations.slug, base), like(organisations.slug, `${base}-%`)))
      .all()
      .map((row) => row.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}

export function organisationColumns(answers: Omit<StartAnswers, "contactName" | "contactEmail">) {
  return {
    name: answers.name,
    legalForm: answers.legalForm,
    siret: answers.siret || null,
    address: answers.address,
    postcode: answers.postcode,
    city: answers.city,
    country: answers.country,
    website: answers.website || null,
    sector: answers.sector,
    descriptionFr: answers.descriptionFr,
    descriptionEn: answers.descriptionEn,
  };
}

type Mail = { to: ContactOnFile; token: string; reason: "started" | "duplicate" };

/**
 * The first step: creates the organisation and its draft application in one transaction and e-mails
 * the resume link — unless the organisation already applied to this event (or is registered under
 * this SIRET), in which case the link goes to the address on file and the asker learns nothing more.
 */
export async function startApplication(input: {
  event: EventRow;
  answers: StartAnswers;
  logo: LogoCheck;
  locale: Locale;
  origin: string;
}): Promise<StartOutcome> {
  const { event, answers, locale } = input;
  const { outcome, mail } = getDb().transaction((tx): { outcome: StartOutcome; mail?: Mail } => {
    const probe = { siret: answers.siret || null, contactEmail: answers.contactEmail };
    const existing = findSameOrganisationApplication(tx, event.id, probe);
    if (existing) {
      const token = createResumeToken(existing.email, tx);
      return { outcome: { kind: "duplicate" }, mail: { to: existing, token, reason: "duplicate" } };
    }
    const known = probe.siret ? findOrganisationBySiret(tx, probe.siret) : undefined;
    if (known) {
      const contact = findContactOnFile(tx, known.id);
      if (!contact) return { outcome: { kind: "unreachable" } };
      // The draft carries only what we already knew: the asker's answers are not trusted with a known organisation.
      insertDraft(tx, event.id, known.id, contact, { origin: "known-organisation" });
      const token = createResumeToken(contact.email, tx);
      return { outcome: { kind: "known" }, mail: { to: contact, token, reason: "started" } };
    }
    const logoSha256 = input.logo.kind === "ok" ? storeLogo(input.logo, tx) : null;
    const organisation = tx
      .insert(organisations)
      .values({
        ...organisationColumns(answers),
        slug: uniqueSlug(tx, answers.name),
        logoSha256,
        emailDomain: emailDomainOf(answers.contactEmail) || null,
      })
      .returning({ id: organisations.id })
      .get();
    const contact = { email: answers.contactEmail, name: answers.contactName, locale };
    const draft = insertDraft(tx, event.id, organisation.id, contact, { origin: "apply" });
    const token = createResumeToken(contact.email, tx);
    return {
      outcome: { kind: "created", applicationId: draft.applicationId, organisationId: organisation.id },
      mail: { to: contact, token, reason: "started" },
    };
  });
  if (mail) await emailResumeLink({ ...mail, event, origin: input.origin });
  return outcome;
}

function insertDraft(
  tx: DbExecutor,
  eventId: number,
  organisationId: number,
  contact: ContactOnFile,
  audit: { origin: string },
): { applicationId: number } {
  // 0 m² marks the participation step as not answered yet (a real request is 4–300 m²).
  const application = tx
    .insert(applications)
    .values({
      eventId,
      organisationId,
      status: "draft",
      requestedAreaM2: 0,
      contactName: contact.name,
      contactEmail: contact.email,
      locale: contact.locale,
    })
    .returning({ id: applications.id })
    .get();
  recordAudit(
    {
      userId: null,
      eventId,
      entity: "application",
      entityId: String(application.id),
      action: "application.create",
      after: { status: "draft", organisationId, ...audit },
    },
    tx,
  );
  return { applicationId: application.id };
}
