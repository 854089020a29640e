import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { emailTemplates } from "../../db/schema";
import {
  decisionStatuses,
  decisionTemplateKey,
  defaultDecisionTemplate,
  fillBody,
  fillSubject,
  type DecisionStatus,
  type DecisionTemplateText,
  type PlaceholderValues,
} from "~/emails/decision-templates";
import { renderEmail, type RenderedEmail } from "~/emails/render";
import { getI18n, LOCALES, type Locale } from "~/i18n/i18n";
import { recordAudit } from "./audit.server";

/** An event's wording of the decision e-mails: its own rows in email_templates, else the defaults. */

export interface DecisionTemplateState extends DecisionTemplateText {
  /** True when the event has its own wording (a row), false for the product's default. */
  customised: boolean;
  updatedAt: Date | null;
}

export type DecisionTemplateSet = Record<DecisionStatus, Record<Locale, DecisionTemplateState>>;

export function listDecisionTemplates(eventId: number): DecisionTemplateSet {
  const rows = getDb().select().from(emailTemplates).where(eq(emailTemplates.eventId, eventId)).all();
  const byKey = new Map(rows.map((row) => [`${row.template}/${row.locale}`, row]));
  const entries = decisionStatuses.map((status) => {
    const perLocale = LOCALES.map((locale) => {
      const row = byKey.get(`${decisionTemplateKey(status)}/${locale}`);
      const state: DecisionTemplateState = row
        ? { subject: row.subject, body: row.body, customised: true, updatedAt: row.updatedAt }
        : { ...defaultDecisionTemplate(status, locale), customised: false, updatedAt: null };
      return [locale, state] as const;
    });
    return [status, Object.fromEntries(perLocale)] as const;
  });
  return Object.fromEntries(entries) as DecisionTemplateSet;
}

export function resolveDecisionTemplate(
  eventId: number,
  status: DecisionStatus,
  locale: Locale,
): DecisionTemplateText {
  const row = getDb()
    .select({ subject: emailTemplates.subject, body: emailTemplates.body })
    .from(emailTemplates)
    .where(
      and(
        eq(emailTemplates.eventId, eventId),
        eq(emailTemplates.template, decisionTemplateKey(status)),
        eq(emailTemplates.locale, locale),
      ),
    )
    .get();
  return row ?? defaultDecisionTemplate(status, locale);
}

/** Stores an event's wording (already validated by the caller) with an audit row, in one transaction. */
export function saveDecisionTemplate(input: {
  eventId: number;
  status: DecisionStatus;
  locale: Locale;
  subject: string;
  body: string;
  by: number;
}): void {
  const { eventId, status, locale, subject, body, by } = input;
  const template = decisionTemplateKey(status);
  getDb().transaction((tx) => {
    const before = resolveDecisionTemplate(eventId, status, locale);
    tx.insert(emailTemplates)
      .values({ eventId, template, locale, subject, body, updatedById: by, updatedAt: new Date() })
      .onConflictDoUpdate({
        target: [emailTemplates.eventId, emailTemplates.template, emailTemplates.locale],
        set: { subject, body, updatedById: by, updatedAt: new Date() },
      })
      .run();
    recordAudit(
      {
        userId: by,
        eventId,
        entity: "email_template",
        entityId: `${template}/${locale}`,
        action: "update",
        before,
        after: { subject, body },
      },
      tx,
    );
  });
}

/** Back to the product's wording: the event's row goes away. */
export function resetDecisionTemplate(input: {
  eventId: number;
  status: DecisionStatus;
  locale: Locale;
  by: number;
}): void {
  const { eventId, status, locale, by } = input;
  const template = decisionTemplateKey(status);
  getDb().transaction((tx) => {
    const deleted = tx
      .delete(emailTemplates)
      .where(
        and(
          eq(emailTemplates.eventId, eventId),
          eq(emailTemplates.template, template),
          eq(emailTemplates.locale, locale),
        ),
      )
      .returning({ subject: emailTemplates.subject, body: emailTemplates.body })
      .all();
    if (deleted.length > 0)
      recordAudit(
        {
          userId: by,
          eventId,
          entity: "email_template",
          entityId: `${template}/${locale}`,
          action: "reset",
          before: deleted[0],
        },
        tx,
      );
  });
}

/** The variables of the `decision` e-mail template once the wording is filled in. */
export function decisionEmailVars(input: {
  text: DecisionTemplateText;
  values: PlaceholderValues;
  name: string;
}): Record<string, string> {
  const { text, values } = input;
  return {
    subject: fillSubject(text.subject, values),
    body: fillBody(text.body, values),
    name: input.name,
    actionUrl: values.portalUrl,
  };
}

/** A preview with sample values, in the template's own language. */
export function previewDecisionEmail(input: {
  text: DecisionTemplateText;
  locale: Locale;
  status: DecisionStatus;
  eventName: string;
}): RenderedEmail {
  const t = getI18n(input.locale).getFixedT(input.locale, "review");
  const values: PlaceholderValues = {
    organisation: t("templates.sample.organisation"),
    contact: t("templates.sample.contact"),
    event: input.eventName,
    status: getI18n(input.locale).getFixedT(input.locale, "common")(`applicationStatus.${input.status}`),
    portalUrl: "https://allee.example/portal/applications/123",
    message: t("templates.sample.message"),
  };
  return renderEmail(
    "decision",
    input.locale,
    decisionEmailVars({ text: input.text, values, name: values.contact }),
  );
}
