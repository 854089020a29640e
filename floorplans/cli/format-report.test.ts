import { describe, expect, it } from "vitest";
import type { ReportedViolation } from "../rules/types";
import { formatReport } from "./format-report";

const violations: ReportedViolation[] = [
  {
    rule: "stand.pillar",
    severity: "warning",
    subjects: ["B01", "poteau-1"],
    message: "B01 touches pillar poteau-1",
  },
  {
    rule: "exit.blocked",
    severity: "error",
    subjects: ["A03", "porte-nord"],
    message: "A03 blocks porte-nord",
  },
  { rule: "aisle.too-narrow", severity: "error", subjects: ["A02", "A03"], message: "aisle of 1 m" },
  { rule: "aisle.too-narrow", severity: "error", subjects: ["A01", "A09"], message: "aisle of 1.2 m" },
];
const fr = { json: false, locale: "fr", file: "plan.json" } as const;
const en = { ...fr, locale: "en" } as const;

describe("formatReport — JSON", () => {
  it("gives exactly { ok, errors, warnings, violations }, errors first, then by rule, then subjects", () => {
    const { output, exitCode } = formatReport({ kind: "checked", violations }, { ...fr, json: true });
    expect(exitCode).toBe(1);
    const body = JSON.parse(output);
    expect(Object.keys(body)).toEqual(["ok", "errors", "warnings", "violations"]);
    expect(body).toMatchObject({ ok: false, errors: 3, warnings: 1 });
    expect(body.violations.map((v: ReportedViolation) => [v.rule, ...v.subjects])).toEqual([
      ["aisle.too-narrow", "A01", "A09"],
      ["aisle.too-narrow", "A02", "A03"],
      ["exit.blocked", "A03", "porte-nord"],
      ["stand.pillar", "B01", "poteau-1"],
    ]);
    expect(Object.keys(body.violations[0])).toEqual(["rule", "severity", "subjects", "message"]);
  });

  it("is ok with warnings only, and exits 0", () => {
    const warningsOnly = violations.filter((v) => v.severity === "warning");
    const { output, exitCode } = formatReport(
      { kind: "checked", violations: warningsOnly },
      { ...en, json: true },
    );
    expect(exitCode).toBe(0);
    expect(JSON.parse(output)).toMatchObject({ ok: true, errors: 0, warnings: 1 });
  });

  it("gives { ok: false, invalid } for a refused file, and exits 2", () => {
    const invalid = [{ path: "stands[3].width", message: "must be > 0" }];
    const { output, exitCode } = formatReport({ kind: "invalid", invalid }, { ...fr, json: true });
    expect(exitCode).toBe(2);
    expect(JSON.parse(output)).toEqual({ ok: false, invalid });
  });
});

describe("formatReport — readable", () => {
  it("writes a French summary and one aligned line per violation", () => {
    const { output } = formatReport({ kind: "checked", violations }, fr);
    expect(output.split("\n")).toEqual([
      "plan.json : 3 erreurs, 1 avertissement — plan non conforme",
      "  erreur         aisle.too-narrow  A01, A09         aisle of 1.2 m",
      "  erreur         aisle.too-narrow  A02, A03         aisle of 1 m",
      "  erreur         exit.blocked      A03, porte-nord  A03 blocks porte-nord",
      "  avertissement  stand.pillar      B01, poteau-1    B01 touches pillar poteau-1",
      "",
    ]);
  });

  it.each([
    [fr, "plan.json : aucune erreur, aucun avertissement — plan conforme\n"],
    [en, "plan.json: no errors, no warnings — plan passes\n"],
  ])("says so when the plan is clean (%o)", (options, expected) => {
    expect(formatReport({ kind: "checked", violations: [] }, options)).toEqual({
      output: expected,
      exitCode: 0,
    });
  });

  it("speaks English with --lang en", () => {
    const { output } = formatReport({ kind: "checked", violations: violations.slice(0, 1) }, en);
    expect(output).toBe(
      "plan.json: no errors, 1 warning — plan passes\n  warning  stand.pillar  B01, poteau-1  B01 touches pillar poteau-1\n",
    );
  });

  it("lists every problem of a refused file by path", () => {
    const invalid = [
      { path: "", message: "not valid JSON: Unexpected end of JSON input" },
      { path: "stands[3].width", message: "must be > 0" },
    ];
    expect(formatReport({ kind: "invalid", invalid }, en).output).toBe(
      [
        "plan.json: invalid file, 2 problems (no rule checked)",
        "  (document): not valid JSON: Unexpected end of JSON input",
        "  stands[3].width: must be > 0",
        "",
      ].join("\n"),
    );
    expect(formatReport({ kind: "invalid", invalid: invalid.slice(1) }, fr).output.split("\n")[0]).toBe(
      "plan.json : fichier invalide, 1 problème (aucune règle vérifiée)",
    );
  });
});
