import { crossCheckPlan } from "./cross-checks";
import { describeIssue, formatPath, type InvalidEntry } from "./issue-messages";
import { planSchema, type Plan } from "./schema";

export type { InvalidEntry } from "./issue-messages";
export type ParseResult = { ok: true; plan: Plan } | { ok: false; invalid: InvalidEntry[] };

/** Problems are listed in file order: by top-level key as RULES.md lists them, then by element. */
const TOP_LEVEL_ORDER = [
  "format",
  "name",
  "assumptions",
  "rules",
  "halls",
  "obstacles",
  "exits",
  "powerBoxes",
  "zones",
  "stands",
  "exhibitors",
];

function rankPath(path: string): [number, number] {
  const match = /^([A-Za-z]*)(?:\[(\d+)\])?/.exec(path);
  const key = match?.[1] ?? "";
  const rank = key === "" ? -1 : TOP_LEVEL_ORDER.indexOf(key);
  return [rank === -1 && key !== "" ? TOP_LEVEL_ORDER.length : rank, Number(match?.[2] ?? -1)];
}

function orderInvalid(entries: InvalidEntry[]): InvalidEntry[] {
  const seen = new Set<string>();
  const unique = entries.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Array.prototype.sort is stable: within one element, schema problems stay before cross-checks.
  return unique.sort((a, b) => {
    const [ka, ia] = rankPath(a.path);
    const [kb, ib] = rankPath(b.path);
    return ka - kb || ia - ib;
  });
}

/**
 * Reads an `allee.plan/v1` document: the zod schema (defaults applied), then the cross-checks
 * (duplicate ids, unknown references, simple polygons, doors on walls). A file with any problem
 * is refused whole, with every problem listed by JSON path — never a partial plan.
 */
export function parsePlan(input: unknown): ParseResult {
  const parsed = planSchema.safeParse(input, { error: describeIssue });
  const schemaProblems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  const crossProblems = crossCheckPlan(parsed.success ? parsed.data : input);
  const invalid = orderInvalid([...schemaProblems, ...crossProblems]);
  if (!parsed.success || invalid.length > 0) return { ok: false, invalid };
  return { ok: true, plan: parsed.data };
}

/** `parsePlan` for file contents: a JSON syntax error is one problem at the root path "". */
export function parsePlanJson(text: string): ParseResult {
  let input: unknown;
  try {
    // A byte-order mark is common in files saved by Windows editors; JSON.parse rejects it.
    input = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, invalid: [{ path: "", message: `not valid JSON: ${reason}` }] };
  }
  return parsePlan(input);
}
