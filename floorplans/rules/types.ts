/** The rule catalogue of docs/RULES.md: ids and severities are a public interface. */
export const RULE_SEVERITY = {
  "stand.outside-hall": "error",
  "stand.overlap": "error",
  "stand.obstacle": "error",
  "stand.pillar": "warning",
  "aisle.too-narrow": "error",
  "stand.no-access": "error",
  "exit.blocked": "error",
  "exit.too-far": "error",
  "circulation.share": "error",
  "covered.too-large": "error",
  "covered.too-close": "error",
  "covered.share": "error",
  "area.too-small": "error",
  "area.too-large": "warning",
  "power.unconnected": "error",
  "power.box-overload": "error",
  "power.out-of-reach": "error",
  "power.phase-mismatch": "error",
  "power.single-phase-high": "warning",
  "power.hall-supply": "error",
  "pavilion.outside": "error",
  "pavilion.intruder": "warning",
  "adjacency.competitor": "error",
  "adjacency.wish": "warning",
  "adjacency.noise": "warning",
} as const;

export type RuleId = keyof typeof RULE_SEVERITY;
export type Severity = "error" | "warning";
export const RULE_IDS = Object.keys(RULE_SEVERITY) as RuleId[];

/**
 * One finding of the rule engine. `subjects` are ids, sorted. `data` holds the figures a
 * message names (measured value, limit…), so that messages can be written in any locale
 * (see `messages.ts`) without re-running the rules.
 */
export interface Violation {
  rule: RuleId;
  severity: Severity;
  subjects: string[];
  data: Record<string, number | string>;
}

export type Locale = "fr" | "en";

/** The public JSON shape of RULES.md: `{ rule, severity, subjects, message }`. */
export interface ReportedViolation {
  rule: RuleId;
  severity: Severity;
  subjects: string[];
  message: string;
}

/** Errors first, then by rule id, then by subjects (RULES.md, `validate --json`). */
export function compareViolations(a: Violation, b: Violation): number {
  if (a.severity !== b.severity) return a.severity === "error" ? -1 : 1;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  const n = Math.min(a.subjects.length, b.subjects.length);
  for (let i = 0; i < n; i++) {
    const x = a.subjects[i]!;
    const y = b.subjects[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.subjects.length - b.subjects.length;
}
