import type { z } from "zod";

/** One reason a plan file is refused: where (a JSON path such as `stands[3].width`) and why, in English. */
export interface InvalidEntry {
  path: string;
  message: string;
}

/** `["stands", 3, "width"]` → `stands[3].width`; the root is the empty string. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

type RawIssue = z.core.$ZodRawIssue;

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object") return "an object";
  return String(value);
}

function listChoices(values: readonly unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} or ${shown.at(-1)}`;
}

const TYPE_NAMES: Record<string, string> = {
  object: "an object",
  array: "an array",
  string: "a string",
  number: "a number",
  boolean: "true or false",
  tuple: "an [x, y] pair",
};

function describeBound(issue: RawIssue & { code: "too_small" | "too_big" }): string | undefined {
  const limit = issue.code === "too_small" ? issue.minimum : issue.maximum;
  const op = issue.code === "too_small" ? (issue.inclusive ? ">=" : ">") : issue.inclusive ? "<=" : "<";
  if (issue.origin === "number") return `must be ${op} ${String(limit)}`;
  if (issue.origin === "string")
    return issue.code === "too_small"
      ? "must not be empty"
      : `is too long (${op} ${String(limit)} characters)`;
  if (issue.origin === "array") {
    // A point is a 2-tuple: zod reports a wrong length as an array bound.
    if (issue.code === "too_small") return `must have at least ${String(limit)} items`;
    return `must have at most ${String(limit)} items`;
  }
  return undefined;
}

/**
 * Per-parse error map for `planSchema.safeParse`: zod's defaults are written for developers
 * ("Invalid input: expected number, received undefined"); organisers read these lines, so they
 * get short English phrases. Messages set on the schema itself (e.g. "must be > 0") win over this map.
 */
export function describeIssue(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required";
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case "invalid_value":
      if (issue.values.length === 1) return `must be ${listChoices(issue.values)}`;
      return `unknown value ${describeValue(issue.input)} (expected ${listChoices(issue.values)})`;
    case "invalid_union": {
      // Our unions are unions of literals (phases: 1 | 3): name the allowed values.
      const values = issue.errors.flat().flatMap((e) => (e.code === "invalid_value" ? e.values : []));
      if (values.length > 0) return `must be ${listChoices(values)}, not ${describeValue(issue.input)}`;
      return undefined;
    }
    case "too_small":
    case "too_big":
      return describeBound(issue);
    default:
      return undefined;
  }
}
