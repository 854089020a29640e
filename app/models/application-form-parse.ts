import type { z } from "zod";
import { APPLY_ERROR_CODES, type ApplyErrorCode, type StepErrors } from "./application-form-schemas";

const CODES = new Set<string>(APPLY_ERROR_CODES);

/** What a form sent, field by field: one string, several (multi-value fields) or a file. */
export type FormValues = Record<string, FormDataEntryValue | FormDataEntryValue[]>;

/** Reads form data; only `multi` fields keep every value, others the first (a repeat must not smuggle a second). */
export function collectFormValues(form: FormData, multi: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const [key, value] of form) {
    const current = values[key];
    if (!multi.includes(key)) {
      if (current === undefined) values[key] = value;
    } else values[key] = Array.isArray(current) ? [...current, value] : [value];
  }
  return values;
}

export type StepParse<T> = { ok: true; data: T } | { ok: false; errors: StepErrors };

/** Parses a step; one error per field (the first), unknown zod messages read as "invalid". */
export function parseStepValues<S extends z.ZodType>(schema: S, values: FormValues): StepParse<z.output<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: StepErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || field in errors) continue;
    errors[field] = CODES.has(issue.message) ? (issue.message as ApplyErrorCode) : "invalid";
  }
  return { ok: false, errors };
}

/** The submitted text values to show again after an error (files dropped, lengths capped). */
export function echoFormValues(values: FormValues, max = 2100): Record<string, string | string[]> {
  const echo: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === "string") echo[key] = value.slice(0, max);
    else if (Array.isArray(value))
      echo[key] = value.filter((v): v is string => typeof v === "string").map((v) => v.slice(0, 20));
  }
  return echo;
}
