import nodemailer, { type Transporter } from "nodemailer";
import { z } from "zod";
import type { Locale } from "../i18n/i18n";
import { renderEmail } from "../emails/render";
import type { TemplateName } from "../emails/template-names";
import { markOutboxFailed, markOutboxSent, recordOutboxMessage } from "./outbox.server";

export type { TemplateName } from "../emails/template-names";

const DEFAULT_FROM = "Allée <no-reply@allee.invalid>";
const recipient = z.email().max(320);

const transports = new Map<string, Transporter>();

/** One transport per SMTP_URL (smtp://user:pass@host:port, `?secure=true` for implicit TLS). */
function getTransport(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    // Short timeouts: a mail server that hangs must not hold a form submission for minutes.
    transport = nodemailer.createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    transports.set(url, transport);
  }
  return transport;
}

/**
 * Links in e-mails use APP_URL when it is set. Falling back to the request's own origin is for
 * development only: behind a proxy the Host header is client-controlled, and a reset link built from
 * it could point to someone else's site.
 */
export function publicOrigin(request: Request): string {
  const configured = process.env.APP_URL?.trim();
  return (configured || new URL(request.url).origin).replace(/\/+$/, "");
}

/**
 * Records the message in the outbox, then delivers it over SMTP when SMTP_URL is set. A delivery
 * failure is stored on the outbox row and logged, never thrown: the caller's action goes on.
 */
export async function sendEmail(input: {
  to: string;
  template: TemplateName;
  locale: Locale;
  vars: Record<string, string>;
}): Promise<void> {
  const to = recipient.parse(input.to.trim().toLowerCase());
  const message = renderEmail(input.template, input.locale, input.vars);
  const id = recordOutboxMessage({ to, template: input.template, locale: input.locale, ...message });
  const url = process.env.SMTP_URL?.trim();
  if (!url) return;
  try {
    await getTransport(url).sendMail({ from: process.env.MAIL_FROM || DEFAULT_FROM, to, ...message });
    markOutboxSent(id);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    markOutboxFailed(id, reason);
    console.warn(`E-mail #${id} (${input.template}) to ${to} was not delivered: ${reason}`);
  }
}
