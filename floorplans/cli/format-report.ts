import type { InvalidEntry } from "../format/parse";
import { compareViolations, type Locale, type ReportedViolation, type Severity } from "../rules/types";

/** What `validate` found: a file refused before any rule ran, or the rule engine's verdict. */
export type ValidationOutcome =
  { kind: "invalid"; invalid: InvalidEntry[] } | { kind: "checked"; violations: ReportedViolation[] };

export interface ReportOptions {
  json: boolean;
  locale: Locale;
  /** The file name as the user typed it, for the summary line. */
  file: string;
}

/** 0: no error (warnings allowed); 1: errors; 2: the file is invalid (RULES.md, Commands). */
export type ExitCode = 0 | 1 | 2;

const WORDS = {
  fr: {
    severity: { error: "erreur", warning: "avertissement" } satisfies Record<Severity, string>,
    errors: (n: number) => (n === 0 ? "aucune erreur" : n === 1 ? "1 erreur" : `${n} erreurs`),
    warnings: (n: number) =>
      n === 0 ? "aucun avertissement" : n === 1 ? "1 avertissement" : `${n} avertissements`,
    checked: (file: string, counts: string, ok: boolean) =>
      `${file} : ${counts} — ${ok ? "plan conforme" : "plan non conforme"}`,
    invalid: (file: string, n: number) =>
      `${file} : fichier invalide, ${n === 1 ? "1 problème" : `${n} problèmes`} (aucune règle vérifiée)`,
    root: "(document)",
  },
  en: {
    severity: { error: "error", warning: "warning" } satisfies Record<Severity, string>,
    errors: (n: number) => (n === 0 ? "no errors" : n === 1 ? "1 error" : `${n} errors`),
    warnings: (n: number) => (n === 0 ? "no warnings" : n === 1 ? "1 warning" : `${n} warnings`),
    checked: (file: string, counts: string, ok: boolean) =>
      `${file}: ${counts} — ${ok ? "plan passes" : "plan fails"}`,
    invalid: (file: string, n: number) =>
      `${file}: invalid file, ${n === 1 ? "1 problem" : `${n} problems`} (no rule checked)`,
    root: "(document)",
  },
} as const;

/** Errors first, then by rule, then by subjects: the order RULES.md fixes for `validate --json`. */
function sortViolations(violations: readonly ReportedViolation[]): ReportedViolation[] {
  return [...violations].sort((a, b) => compareViolations({ ...a, data: {} }, { ...b, data: {} }));
}

function padColumns(rows: string[][]): string[] {
  const widths = rows.reduce<number[]>(
    (w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)),
    [],
  );
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
}

function formatChecked(violations: ReportedViolation[], options: ReportOptions): string {
  const words = WORDS[options.locale];
  const errors = violations.filter((v) => v.severity === "error").length;
  const warnings = violations.length - errors;
  if (options.json) {
    const body = {
      ok: errors === 0,
      errors,
      warnings,
      violations: violations.map(({ rule, severity, subjects, message }) => ({
        rule,
        severity,
        subjects,
        message,
      })),
    };
    return `${JSON.stringify(body, null, 2)}\n`;
  }
  const summary = words.checked(
    options.file,
    `${words.errors(errors)}, ${words.warnings(warnings)}`,
    errors === 0,
  );
  const rows = violations.map((v) => [
    `  ${words.severity[v.severity]}`,
    v.rule,
    v.subjects.join(", "),
    v.message,
  ]);
  return `${[summary, ...padColumns(rows)].join("\n")}\n`;
}

function formatInvalid(invalid: InvalidEntry[], options: ReportOptions): string {
  if (options.json) return `${JSON.stringify({ ok: false, invalid }, null, 2)}\n`;
  const words = WORDS[options.locale];
  const lines = invalid.map((e) => `  ${e.path === "" ? words.root : e.path}: ${e.message}`);
  return `${[words.invalid(options.file, invalid.length), ...lines].join("\n")}\n`;
}

/**
 * The whole stdout of `validate` and its exit code, from what was found. Pure, so the report's
 * wording and shapes are tested without spawning a process.
 */
export function formatReport(
  outcome: ValidationOutcome,
  options: ReportOptions,
): { output: string; exitCode: ExitCode } {
  if (outcome.kind === "invalid") return { output: formatInvalid(outcome.invalid, options), exitCode: 2 };
  const violations = sortViolations(outcome.violations);
  const hasError = violations.some((v) => v.severity === "error");
  return { output: formatChecked(violations, options), exitCode: hasError ? 1 : 0 };
}
