import { z } from "zod";

/**
 * Field schemas shared by the auth forms. Their messages are codes from auth.errors (translated by
 * the form), so the same schema serves French and English readers.
 */
const typeError = (issue: { input?: unknown }) => (issue.input === undefined ? "required" : "invalid");

export const PASSWORD_MIN_LENGTH = 12;
// argon2 accepts any length, but hashing megabytes on request would be a cheap denial of service.
export const PASSWORD_MAX_LENGTH = 256;
export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 120;

export const emailField = z
  .string({ error: typeError })
  .trim()
  .min(1, { error: "required" })
  .max(EMAIL_MAX_LENGTH, { error: "tooLong" })
  .toLowerCase()
  .pipe(z.email({ error: "emailInvalid" }));

/** The password typed at login: no minimum length, older accounts may predate the rule. */
export const currentPasswordField = z
  .string({ error: typeError })
  .min(1, { error: "required" })
  .max(PASSWORD_MAX_LENGTH, { error: "tooLong" });

export const newPasswordField = z
  .string({ error: typeError })
  .min(1, { error: "required" })
  .min(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" })
  .max(PASSWORD_MAX_LENGTH, { error: "tooLong" });

export const nameField = z
  .string({ error: typeError })
  .trim()
  .min(1, { error: "required" })
  .max(NAME_MAX_LENGTH, { error: "tooLong" });

/** An optional hidden field that must never fail the form: a bad value is simply dropped. */
export const redirectToField = z.string().max(2000).optional().catch(undefined);

export const confirmPasswordField = z
  .string({ error: typeError })
  .min(1, { error: "required" })
  .max(PASSWORD_MAX_LENGTH, { error: "tooLong" });

/** For `.refine` on a form with a new password typed twice; report it on `confirmPassword`. */
export const passwordsMatch = (value: { password: string; confirmPassword: string }) =>
  value.password === value.confirmPassword;
