import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "../../db/client";
import { applications, users, type LogisticsFormKind } from "../../db/schema";
import { getI18n, type Locale } from "../i18n/i18n";

export interface ExhibitorRecipient {
  email: string;
  name: string;
  locale: Locale;
}

/**
 * Who hears about an application's logistics: its main contact, in the language of the application;
 * failing a contact address, the organisation's first active exhibitor account.
 */
export function exhibitorRecipient(applicationId: number): ExhibitorRecipient | null {
  const db = getDb();
  const application = db
    .select({
      email: applications.contactEmail,
      name: applications.contactName,
      locale: applications.locale,
      organisationId: applications.organisationId,
    })
    .from(applications)
    .where(eq(applications.id, applicationId))
    .get();
  if (!application) return null;
  if (application.email.trim())
    return { email: application.email, name: application.name, locale: application.locale };
  const account = db
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.organisationId, application.organisationId),
        eq(users.role, "exhibitor"),
        isNull(users.disabledAt),
      ),
    )
    .orderBy(asc(users.id))
    .get();
  return account ? { ...account, locale: application.locale } : null;
}

type Wording = "approved" | "rejected" | "reminder";

/** Subject, body and button label of a logistics e-mail (template `notice`), in the recipient's language. */
export function logisticsEmailVars(
  locale: Locale,
  wording: Wording,
  vars: { event: string; form?: LogisticsFormKind; reason?: string; organisation?: string; list?: string },
): { subject: string; body: string; actionLabel: string } {
  const t = getI18n(locale).getFixedT(locale, "logisticsReview");
  // Keys built from `wording`: i18next's typing cannot pair each with its own placeholders.
  const text = t as unknown as (key: string, options: Record<string, string>) => string;
  const values = { ...vars, form: vars.form ? t(`kinds.${vars.form}`) : "" };
  return {
    // A subject is one line: an event name cannot smuggle a header break in.
    subject: text(`email.${wording}.subject`, values)
      .replace(/[\r\n]+/g, " ")
      .slice(0, 200),
    body: text(`email.${wording}.body`, values),
    actionLabel: t("email.action"),
  };
}

/** One line per missing form, in the recipient's language, for the reminder's body. */
export function reminderLines(
  locale: Locale,
  forms: { kind: LogisticsFormKind; dueAt: Date }[],
  timeZone: string,
): string {
  const t = getI18n(locale).getFixedT(locale, "logisticsReview");
  const format = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone,
  });
  return forms
    .map((form) =>
      t("email.reminder.line", { form: t(`kinds.${form.kind}`), date: format.format(form.dueAt) }),
    )
    .join("\n");
}
