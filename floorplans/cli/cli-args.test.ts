import { describe, expect, it } from "vitest";
import { describeUsage, parseCliArgs } from "./cli-args";

describe("parseCliArgs", () => {
  it.each<[string[], ReturnType<typeof parseCliArgs>]>([
    [["plan.json"], { kind: "run", file: "plan.json", json: false, locale: "fr" }],
    [["--json", "plan.json", "--lang", "en"], { kind: "run", file: "plan.json", json: true, locale: "en" }],
    [["plan.json", "--lang=en"], { kind: "run", file: "plan.json", json: false, locale: "en" }],
    [["--", "--odd-name.json"], { kind: "run", file: "--odd-name.json", json: false, locale: "fr" }],
    [["--help"], { kind: "help", locale: "fr" }],
    [["-h", "--lang", "en"], { kind: "help", locale: "en" }],
  ])("%j", (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  it.each<[string[], string]>([
    [[], "il manque le fichier PLAN.json"],
    [["--json", "--lang", "en"], "missing the PLAN.json file"],
    [["a.json", "b.json"], "un seul fichier à la fois (reçu 2)"],
    [["plan.json", "--lang", "de"], "--lang attend fr ou en"],
    [["plan.json", "--lang"], "--lang attend fr ou en"],
    [["plan.json", "--verbose", "--lang=en"], 'unknown option "--verbose"'],
  ])("refuses %j", (argv, message) => {
    expect(parseCliArgs(argv)).toMatchObject({ kind: "usage-error", message });
  });

  it("has a usage text in both languages naming every option", () => {
    for (const locale of ["fr", "en"] as const) {
      expect(describeUsage(locale)).toMatch(/PLAN\.json \[--json\] \[--lang fr\|en\]/);
    }
  });
});
