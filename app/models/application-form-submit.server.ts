import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { applications } from "../../db/schema";
import { formatDate } from "../i18n/format";
import { getI18n, type Locale } from "../i18n/i18n";
import { inviteUser } from "./account.server";
import { canTransition } from "./application-status";
import { recordAudit } from "./audit.server";
import { sendEmail } from "./email.server";
import type { EventRow } from "./event.server";
import { getApplicationAnswers } from "./application-form.server";
import { listMissingItems, type ChecklistItem } from "./application-form-checklist";

export type SubmitOutcome =
  | { ok: true; contactEmail: string }
  | { ok: false; reason: "status" }
  | { ok: false; reason: "missing"; missing: ChecklistItem[] };

/**
 * Submits a draft (the applicant ticked the consent box): draft → submitted with the consent time,
 * the submission time and the applicant's language, in one transaction with its audit line. Then
 * e-mails the confirmation and invites the main contact to an exhibitor account of the organisation.
 */
export async function submitApplication(input: {
  applicationId: number;
  event: EventRow;
  locale: Locale;
  origin: string;
}): Promise<SubmitOutcome> {
  const { event, locale } = input;
  const outcome = getDb().transaction((tx) => {
    const answers = getApplicationAnswers(input.applicationId, tx);
    if (!answers || answers.application.eventId !== event.id)
      return { ok: false as const, reason: "status" as const };
    const { application, organisation } = answers;
    if (!canTransition(application.status, "submitted"))
      return { ok: false as const, reason: "status" as const };
    const now = new Date();
    const missing = listMissingItems({
      organisation,
      application: { ...application, consentAt: now },
      contactRoles: answers.contacts.map((c) => c.role),
    }).filter((item) => item.blocking);
    if (missing.length > 0) return { ok: false as const, reason: "missing" as const, missing };
    tx.update(applications)
      .set({ status: "submitted", submittedAt: now, consentAt: now, locale, updatedAt: now })
      .where(eq(applications.id, application.id))
      .run();
    recordAudit(
      {
        userId: null,
        eventId: event.id,
        entity: "application",
        entityId: String(application.id),
        action: "application.submit",
        before: { status: application.status },
        after: { status: "submitted", locale },
      },
      tx,
    );
    return { ok: true as const, answers };
  });
  if (!outcome.ok) return outcome;
  const { application, organisation } = outcome.answers;
  const t = getI18n(locale).getFixedT(locale, "apply");
  const deadline = event.editDeadlineAt ? formatDate(locale, event.editDeadlineAt) : t("emails.noDeadline");
  await sendEmail({
    to: application.contactEmail,
    template: "notice",
    locale,
    vars: {
      subject: t("emails.submittedSubject", { event: event.name }),
      body: t("emails.submittedBody", { event: event.name, organisation: organisation.name, deadline }),
      name: application.contactName,
    },
  });
  // An address already used by another organisation's or the organisers' account gets no invitation
  // ("conflict"): the organisers see the application and sort it out; an active account just logs in.
  const invitation = await inviteUser({
    email: application.contactEmail,
    name: application.contactName,
    role: "exhibitor",
    organisationId: organisation.id,
    locale,
    invitedBy: null,
    origin: input.origin,
  });
  if (invitation.status === "conflict")
    recordAudit({
      userId: null,
      eventId: event.id,
      entity: "application",
      entityId: String(application.id),
      action: "application.invite-conflict",
      after: { email: application.contactEmail },
    });
  return { ok: true, contactEmail: application.contactEmail };
}
