import { z } from "zod";
import type { TFunction } from "i18next";
import type { TemplateName } from "./template-names";

/**
 * The content of an e-mail as blocks of plain text; layout.ts turns it into a text and an HTML body.
 * Keeping templates free of markup means every variable is escaped in one place.
 */
export type EmailContent = {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  notes: string[];
};

type EmailT = TFunction<"email">;

// Links in e-mails must be absolute http(s) URLs: a `javascript:` href must never reach a mailbox.
const link = z.url({ protocol: /^https?$/ });
const optionalName = z.string().max(200).default("");

/**
 * A template checks its own variables, then lays out its blocks. Missing or malformed variables are a
 * programming error, so they throw before anything is stored or sent.
 */
function defineTemplate<S extends z.ZodType>(
  name: string,
  vars: S,
  build: (t: EmailT, v: z.output<S>) => EmailContent,
) {
  return (t: EmailT, raw: Record<string, string>): EmailContent => {
    const parsed = vars.safeParse(raw);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path.join(".") || "(root)").join(", ");
      throw new Error(`E-mail template "${name}" got invalid variables: ${fields}`);
    }
    return build(t, parsed.data);
  };
}

function greet(t: EmailT, name: string): string {
  return name.trim() ? t("greeting", { name: name.trim() }) : t("greetingAnonymous");
}

const reset = defineTemplate("reset", z.object({ name: optionalName, url: link }), (t, v) => ({
  subject: t("reset.subject"),
  greeting: greet(t, v.name),
  paragraphs: [t("reset.intro")],
  action: { label: t("reset.action"), url: v.url },
  notes: [t("reset.expiry"), t("reset.ignore")],
}));

const invite = defineTemplate(
  "invite",
  z.object({ name: optionalName, email: z.string().min(1).max(320), url: link }),
  (t, v) => ({
    subject: t("invite.subject"),
    greeting: greet(t, v.name),
    paragraphs: [t("invite.intro", { email: v.email })],
    action: { label: t("invite.action"), url: v.url },
    notes: [t("invite.expiry"), t("invite.ignore")],
  }),
);

/** A free-form message whose subject and body the caller has already written in the recipient's language. */
const notice = defineTemplate(
  "notice",
  z.object({
    subject: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^\r\n]*$/),
    body: z.string().min(1).max(20_000),
    name: optionalName,
    actionUrl: link.optional(),
    actionLabel: z.string().min(1).max(100).optional(),
  }),
  (t, v) => ({
    subject: v.subject,
    greeting: greet(t, v.name),
    // A blank line in the body starts a new paragraph.
    paragraphs: v.body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    action: v.actionUrl ? { label: v.actionLabel ?? v.actionUrl, url: v.actionUrl } : undefined,
    notes: [t("notice.ignore")],
  }),
);

/**
 * A decision on an application (app/emails/decision-templates.ts): subject and body come filled in
 * from the event's wording or the default one; the button leads to the application in the portal.
 */
const decision = defineTemplate(
  "decision",
  z.object({
    subject: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^\r\n]*$/),
    // May be empty once filled: a body made only of {{message}} with no message sent.
    body: z.string().max(20_000),
    name: optionalName,
    actionUrl: link,
  }),
  (t, v) => ({
    subject: v.subject,
    greeting: greet(t, v.name),
    paragraphs: v.body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    action: { label: t("decision.action"), url: v.actionUrl },
    notes: [t("decision.note")],
  }),
);

export const templates = { reset, invite, notice, decision } satisfies Record<TemplateName, unknown>;
