import { readFile } from "node:fs/promises";
import { parsePlanJson } from "../format/parse";
import { toReported } from "../rules/messages";
import type { Locale } from "../rules/types";
import { validatePlan } from "../rules/validate-plan";
import { describeUsage, parseCliArgs } from "./cli-args";
import { formatReport, type ValidationOutcome } from "./format-report";

/**
 * `npm run -s validate -- PLAN.json [--json] [--lang fr|en]`: checks a plan file against the rule
 * catalogue of docs/RULES.md. Thin on purpose: reading the file and printing are the only effects;
 * parsing, checking and wording live in pure modules.
 */

const READ_ERRORS: Record<string, string> = {
  ENOENT: "file not found",
  EISDIR: "is a directory, not a file",
  EACCES: "permission denied",
};

async function readPlanText(file: string): Promise<{ text: string } | { problem: string }> {
  try {
    return { text: await readFile(file, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    return { problem: `cannot read the file: ${READ_ERRORS[code] ?? (error as Error).message}` };
  }
}

async function checkFile(file: string, locale: Locale): Promise<ValidationOutcome> {
  const read = await readPlanText(file);
  if ("problem" in read) return { kind: "invalid", invalid: [{ path: "", message: read.problem }] };
  const parsed = parsePlanJson(read.text);
  if (!parsed.ok) return { kind: "invalid", invalid: parsed.invalid };
  return { kind: "checked", violations: toReported(validatePlan(parsed.plan), locale, parsed.plan) };
}

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.kind === "help") {
    process.stdout.write(`${describeUsage(args.locale)}\n`);
    return 0;
  }
  if (args.kind === "usage-error") {
    process.stderr.write(`validate: ${args.message}\n${describeUsage(args.locale)}\n`);
    return 2;
  }
  const outcome = await checkFile(args.file, args.locale);
  const { output, exitCode } = formatReport(outcome, args);
  process.stdout.write(output);
  return exitCode;
}

// Setting exitCode (not calling process.exit) lets a piped stdout drain completely.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug of ours must still not dump a stack trace on an organiser: one line, and exit 2.
    process.stderr.write(
      `validate: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
