import type { ApplicationStatus } from "../../db/schema/applications";
import type { Locale } from "../i18n/i18n";
import { email } from "../i18n/locales/email";

/** Every status an organiser (or exhibitor) moves an application to that e-mails its main contact. */
export const decisionStatuses = [
  "in_review",
  "accepted",
  "waitlisted",
  "rejected",
  "confirmed",
  "withdrawn",
] as const satisfies readonly ApplicationStatus[];
export type DecisionStatus = (typeof decisionStatuses)[number];

export function isDecisionStatus(value: unknown): value is DecisionStatus {
  return (decisionStatuses as readonly unknown[]).includes(value);
}

/** The names of email_templates rows: one per decision, e.g. `decision.accepted`. */
export function decisionTemplateKey(status: DecisionStatus): string {
  return `decision.${status}`;
}

export const templatePlaceholders = [
  "organisation",
  "contact",
  "event",
  "status",
  "portalUrl",
  "message",
] as const;
export type TemplatePlaceholder = (typeof templatePlaceholders)[number];
export type PlaceholderValues = Record<TemplatePlaceholder, string>;

export const SUBJECT_MAX_LENGTH = 200;
export const BODY_MAX_LENGTH = 10_000;

export interface DecisionTemplateText {
  subject: string;
  body: string;
}

/** The product's wording (translation file `email`, read raw: its placeholders are ours to fill). */
export function defaultDecisionTemplate(status: DecisionStatus, locale: Locale): DecisionTemplateText {
  const { subject, body } = email[locale].decision.defaults[status];
  return { subject, body };
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

function isPlaceholder(name: string): name is TemplatePlaceholder {
  return (templatePlaceholders as readonly string[]).includes(name);
}

export type TemplateTextProblem =
  { code: "unknownPlaceholder"; names: string[] } | { code: "unclosedPlaceholder" };

/**
 * What is wrong with the placeholders of a text an organiser wrote, or null. Unknown names are
 * refused (a typo like {{organization}} would otherwise reach exhibitors verbatim), and so are
 * braces left open, which usually mean a placeholder was cut in half.
 */
export function checkPlaceholders(text: string): TemplateTextProblem | null {
  const unknown = [...text.matchAll(PLACEHOLDER)]
    .map((match) => match[1] ?? "")
    .filter((name) => !isPlaceholder(name));
  if (unknown.length > 0) return { code: "unknownPlaceholder", names: [...new Set(unknown)] };
  if (text.replace(PLACEHOLDER, "").includes("{{")) return { code: "unclosedPlaceholder" };
  return null;
}

/**
 * Fills the placeholders of a checked text. Values are inserted as plain text: the e-mail layout
 * escapes the whole result once, so an organisation called `<b>` stays harmless.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (isPlaceholder(name) ? values[name] : whole));
}

/**
 * Fills a body. The organiser's message must reach the exhibitor even when an event's wording
 * dropped the {{message}} placeholder: it is then added as a last paragraph.
 */
export function fillBody(text: string, values: PlaceholderValues): string {
  const body = fillPlaceholders(text, values);
  const hasSlot = [...text.matchAll(PLACEHOLDER)].some((match) => match[1] === "message");
  return hasSlot || !values.message ? body : `${body}\n\n${values.message}`;
}

/** A subject stays on one line and within the limit whatever the organisation's name. */
export function fillSubject(text: string, values: PlaceholderValues): string {
  return fillPlaceholders(text, values)
    .replace(/[\r\n]+/g, " ")
    .trim()
    .slice(0, SUBJECT_MAX_LENGTH);
}

export type TemplateFieldError =
  | { code: "required" | "tooLong" | "multiline" | "unclosedPlaceholder" }
  | { code: "unknownPlaceholder"; names: string[] };

export type TemplateInputResult =
  | { ok: true; data: DecisionTemplateText }
  | { ok: false; errors: Partial<Record<keyof DecisionTemplateText, TemplateFieldError>> };

function checkField(value: unknown, max: number, singleLine: boolean): TemplateFieldError | string {
  const text = typeof value === "string" ? value.replace(/\r\n?/g, "\n").trim() : "";
  if (!text) return { code: "required" };
  if (text.length > max) return { code: "tooLong" };
  if (singleLine && text.includes("\n")) return { code: "multiline" };
  return checkPlaceholders(text) ?? text;
}

/**
 * Checks a subject and body typed by an organiser: both required, within their limits, the subject
 * on one line, and only known, closed placeholders. Line endings are normalised to \n.
 */
export function parseTemplateInput(raw: { subject?: unknown; body?: unknown }): TemplateInputResult {
  const subject = checkField(raw.subject, SUBJECT_MAX_LENGTH, true);
  const body = checkField(raw.body, BODY_MAX_LENGTH, false);
  if (typeof subject === "string" && typeof body === "string") return { ok: true, data: { subject, body } };
  const errors: Partial<Record<keyof DecisionTemplateText, TemplateFieldError>> = {};
  if (typeof subject !== "string") errors.subject = subject;
  if (typeof body !== "string") errors.body = body;
  return { ok: false, errors };
}
