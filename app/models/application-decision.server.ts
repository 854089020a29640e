import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "../../db/client";
import { applications, events, organisations, type ApplicationStatus } from "../../db/schema";
import { isDecisionStatus, type DecisionStatus } from "~/emails/decision-templates";
import { getI18n } from "~/i18n/i18n";
import {
  transitionApplication,
  transitionApplications,
  type BulkTransitionResult,
  type TransitionInput,
  type TransitionOutcome,
} from "./application-transition.server";
import { sendEmail } from "./email.server";
import { decisionEmailVars, resolveDecisionTemplate } from "./email-template.server";

/**
 * A decision is a status change plus an e-mail to the application's main contact, in the language
 * the application was made in. The e-mail goes after the transaction has committed: a slow or
 * failing mail server never holds the write open or undoes a decision (failures stay in the outbox).
 */

const deliverable = z.email().max(320);

/** The application's portal page, the link of every decision e-mail. */
export function portalUrl(origin: string, applicationId: number): string {
  return `${origin}/portal/applications/${applicationId}`;
}

/**
 * E-mails the decision to the main contact. Answers false, sending nothing, when the application
 * has no usable contact address (a draft imported without one, say).
 */
export async function sendDecisionEmail(input: {
  applicationId: number;
  status: DecisionStatus;
  message?: string;
  origin: string;
}): Promise<boolean> {
  const row = getDb()
    .select({
      eventId: applications.eventId,
      eventName: events.name,
      organisationName: organisations.name,
      contactName: applications.contactName,
      contactEmail: applications.contactEmail,
      locale: applications.locale,
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(events, eq(events.id, applications.eventId))
    .where(eq(applications.id, input.applicationId))
    .get();
  if (!row || !deliverable.safeParse(row.contactEmail.trim().toLowerCase()).success) return false;
  const { locale } = row;
  const values = {
    organisation: row.organisationName,
    contact: row.contactName,
    event: row.eventName,
    status: getI18n(locale).getFixedT(locale, "common")(`applicationStatus.${input.status}`),
    portalUrl: portalUrl(input.origin, input.applicationId),
    message: input.message?.trim() ?? "",
  };
  await sendEmail({
    to: row.contactEmail,
    template: "decision",
    locale,
    vars: decisionEmailVars({
      text: resolveDecisionTemplate(row.eventId, input.status, locale),
      values,
      name: row.contactName,
    }),
  });
  return true;
}

export type DecisionOutcome = TransitionOutcome & { emailed: boolean };

/** Moves one application and, when it moved, e-mails the decision. */
export async function decideApplication(
  input: TransitionInput & { origin: string },
): Promise<DecisionOutcome> {
  const outcome = transitionApplication(input);
  if (!outcome.ok || !isDecisionStatus(outcome.to)) return { ...outcome, emailed: false };
  const emailed = await sendDecisionEmail({
    applicationId: outcome.applicationId,
    status: outcome.to,
    message: input.message,
    origin: input.origin,
  });
  return { ...outcome, emailed };
}

/** The bulk version: one transaction for the moves, then one e-mail per application moved. */
export async function decideApplications(input: {
  eventId: number;
  applicationIds: readonly number[];
  to: ApplicationStatus;
  by: number;
  message?: string;
  origin: string;
}): Promise<BulkTransitionResult & { emailed: number }> {
  const result = transitionApplications(input);
  let emailed = 0;
  const to = input.to;
  if (isDecisionStatus(to))
    for (const outcome of result.applied) {
      const sent = await sendDecisionEmail({
        applicationId: outcome.applicationId,
        status: to,
        message: input.message,
        origin: input.origin,
      });
      if (sent) emailed += 1;
    }
  return { ...result, emailed };
}
