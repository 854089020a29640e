import type { z } from "zod";

export type RawForm = Record<string, FormDataEntryValue>;

export type ParsedFormResult<T extends z.ZodType, Code extends string> =
  | { ok: true; data: z.output<T>; raw: RawForm }
  | { ok: false; errors: Partial<Record<string, Code | "invalid">>; raw: RawForm };

/**
 * Reads a form body, the first value of each field only: a repeated field must not smuggle in a
 * second, unchecked value. A body that is not a form at all (wrong content type, broken multipart)
 * reads as an empty form, hence a 400 from the caller, not a 500.
 */
export async function readFormFields(request: Request): Promise<{ raw: RawForm; form: FormData }> {
  const raw: RawForm = {};
  let form = new FormData();
  try {
    form = await request.formData();
    for (const [key, value] of form) if (!(key in raw)) raw[key] = value;
  } catch {
    // keep the empty form
  }
  return { raw, form };
}

/**
 * Parses a form with a zod schema whose messages are error codes; any message that is not one of
 * `codes` (a zod default) becomes "invalid". One error per field, the first.
 */
export async function parseFormWith<T extends z.ZodType, Code extends string>(
  request: Request,
  schema: T,
  codes: ReadonlySet<Code>,
): Promise<ParsedFormResult<T, Code>> {
  const { raw } = await readFormFields(request);
  return parseFields(raw, schema, codes);
}

/** The same, for fields already read (a form whose schema depends on one of its fields). */
export function parseFields<T extends z.ZodType, Code extends string>(
  raw: RawForm,
  schema: T,
  codes: ReadonlySet<Code>,
): ParsedFormResult<T, Code> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data, raw };
  const errors: Partial<Record<string, Code | "invalid">> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || field in errors) continue;
    errors[field] = (codes as ReadonlySet<string>).has(issue.message) ? (issue.message as Code) : "invalid";
  }
  return { ok: false, errors, raw };
}

/** A submitted text value to show again in the form (never a password), cut to a sane length. */
export function echoText(raw: RawForm, field: string, max = 320): string {
  const value = raw[field];
  return typeof value === "string" ? value.slice(0, max) : "";
}
