import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { applications } from "../../db/schema";
import { getI18n, type Locale } from "../i18n/i18n";
import type { DbExecutor } from "./audit.server";
import { consumeToken, createToken, inspectToken, type TokenFailure } from "./auth-token.server";
import { sendEmail } from "./email.server";
import { RESUME_TTL_MS } from "./application-form-options";
import type { ContactOnFile } from "./application-form-duplicates.server";

/**
 * Resume links: a 30-day, single-use token of kind "resume" sent to the application's contact
 * address. The token names an address, not an application; within an event an address is the
 * main contact of at most one application (the duplicate rule refuses a second), so the event in
 * the link's URL and the address find the draft.
 */
export function createResumeToken(email: string, tx: DbExecutor = getDb()): string {
  return createToken("resume", { email, ttlMs: RESUME_TTL_MS }, tx);
}

export function resumeUrl(origin: string, eventSlug: string, token: string): string {
  return `${origin}/apply/${encodeURIComponent(eventSlug)}/resume/${token}`;
}

export type ResumeEmailReason = "started" | "duplicate";

export async function emailResumeLink(input: {
  to: ContactOnFile;
  event: { slug: string; name: string };
  token: string;
  origin: string;
  reason: ResumeEmailReason;
}): Promise<void> {
  const locale: Locale = input.to.locale;
  const t = getI18n(locale).getFixedT(locale, "apply");
  const event = input.event.name;
  await sendEmail({
    to: input.to.email,
    template: "notice",
    locale,
    vars: {
      subject: t("emails.resumeSubject", { event }),
      body: t(input.reason === "duplicate" ? "emails.duplicateBody" : "emails.resumeBody", { event }),
      name: input.to.name,
      actionUrl: resumeUrl(input.origin, input.event.slug, input.token),
      actionLabel: t("emails.resumeAction"),
    },
  });
}

/** The application of this event whose main contact is `email` (drafts first, then the latest). */
export function findApplicationByContact(eventId: number, email: string, db: DbExecutor = getDb()) {
  return db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.eventId, eventId),
        sql`lower(${applications.contactEmail}) = ${email.toLowerCase()}`,
      ),
    )
    .orderBy(sql`${applications.status} = 'draft' desc`, desc(applications.updatedAt))
    .get();
}

export type ResumeCheck = { ok: true; applicationId: number } | { ok: false; reason: TokenFailure };

/** What a resume link opens, without using it up (mail scanners fetch links: only the POST spends it). */
export function inspectResumeLink(eventId: number, raw: unknown): ResumeCheck {
  const check = inspectToken("resume", raw);
  if (!check.ok) return check;
  const application = findApplicationByContact(eventId, check.token.email);
  return application ? { ok: true, applicationId: application.id } : { ok: false, reason: "invalid" };
}

/** Spends a resume link and returns its application, in one transaction. */
export function spendResumeLink(eventId: number, raw: unknown): ResumeCheck {
  return getDb().transaction((tx): ResumeCheck => {
    const check = inspectToken("resume", raw, tx);
    if (!check.ok) return check;
    const application = findApplicationByContact(eventId, check.token.email, tx);
    if (!application) return { ok: false, reason: "invalid" };
    const spent = consumeToken("resume", raw, tx);
    return spent.ok ? { ok: true, applicationId: application.id } : spent;
  });
}

/**
 * "Lost your link?": e-mails a fresh link when the address is an application's main contact for this
 * event, and does nothing otherwise; the caller answers the same either way.
 */
export async function requestResumeLink(
  event: { id: number; slug: string; name: string },
  email: string,
  origin: string,
) {
  const application = findApplicationByContact(event.id, email);
  if (!application) return;
  const token = createResumeToken(application.contactEmail);
  await emailResumeLink({
    to: { email: application.contactEmail, name: application.contactName, locale: application.locale },
    event,
    token,
    origin,
    reason: "started",
  });
}
