import type { z } from "zod";
import type { auth } from "~/i18n/locales/auth";

/** Field errors are keys of auth.errors; the form translates them in the reader's language. */
export type FieldErrorCode = Exclude<
  keyof (typeof auth)["fr"]["errors"],
  "credentials" | "locked" | "summary"
>;
export type FieldErrors<K extends string> = Partial<Record<K, FieldErrorCode>>;

const CODES = new Set<string>([
  "required",
  "invalid",
  "emailInvalid",
  "tooLong",
  "passwordTooShort",
  "passwordMismatch",
]);

export type ParsedForm<T extends z.ZodType> =
  | { ok: true; data: z.output<T>; raw: Record<string, FormDataEntryValue> }
  | { ok: false; errors: FieldErrors<string>; raw: Record<string, FormDataEntryValue> };

/**
 * Reads a form body and parses it with a zod schema whose messages are error codes. A body that is not
 * a form at all (wrong content type, broken multipart) reads as an empty form, hence a 400, not a 500.
 */
export async function parseForm<T extends z.ZodType>(request: Request, schema: T): Promise<ParsedForm<T>> {
  const raw: Record<string, FormDataEntryValue> = {};
  try {
    for (const [key, value] of await request.formData()) {
      // The first value wins: a repeated field must not smuggle in a second, unchecked value.
      if (!(key in raw)) raw[key] = value;
    }
  } catch {
    // keep the empty form
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data, raw };
  const errors: FieldErrors<string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || field in errors) continue;
    errors[field] = CODES.has(issue.message) ? (issue.message as FieldErrorCode) : "invalid";
  }
  return { ok: false, errors, raw };
}

/** A submitted text value to show again in the form (never a password), cut to a sane length. */
export function echoText(raw: Record<string, FormDataEntryValue>, field: string, max = 320): string {
  const value = raw[field];
  return typeof value === "string" ? value.slice(0, max) : "";
}
