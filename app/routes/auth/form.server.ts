import type { z } from "zod";
import type { auth } from "~/i18n/locales/auth";
import { parseFormWith, type RawForm } from "~/components/form/form.server";

export { echoText } from "~/components/form/form.server";

/** Field errors are keys of auth.errors; the form translates them in the reader's language. */
export type FieldErrorCode = Exclude<
  keyof (typeof auth)["fr"]["errors"],
  "credentials" | "locked" | "summary"
>;
export type FieldErrors<K extends string> = Partial<Record<K, FieldErrorCode>>;

const CODES = new Set<FieldErrorCode>([
  "required",
  "invalid",
  "emailInvalid",
  "tooLong",
  "passwordTooShort",
  "passwordMismatch",
]);

export type ParsedForm<T extends z.ZodType> =
  { ok: true; data: z.output<T>; raw: RawForm } | { ok: false; errors: FieldErrors<string>; raw: RawForm };

/** The auth forms' parser: the shared one, with auth's error codes. */
export function parseForm<T extends z.ZodType>(request: Request, schema: T): Promise<ParsedForm<T>> {
  return parseFormWith(request, schema, CODES);
}
