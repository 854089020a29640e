import { readFile } from "node:fs/promises";
import { allocatePlan, applyPlacements } from "../allocation";
import { highsRuntime } from "../allocation/load-highs";
import { parsePlanJson } from "../format/parse";
import { validatePlan } from "../rules/validate-plan";
import {
  allocationSummaryText,
  describeAllocateUsage,
  parseAllocateArgs,
  planWithAllocation,
} from "./allocate-report";
import { formatReport } from "./format-report";

/**
 * `npm run -s allocate -- PLAN.json [--json] [--seconds S] [--lang fr|en]` (docs/RULES.md,
 * docs/allocation.md): the plan with every exhibitor that can be placed on a free stand, and an
 * "allocation" block. Exit codes as `validate`: 0 no error in the result, 1 errors (only ones the
 * input already had: the allocator never adds any), 2 invalid file (same `invalid` JSON).
 */

const READ_ERRORS: Record<string, string> = {
  ENOENT: "file not found",
  EISDIR: "is a directory, not a file",
  EACCES: "permission denied",
};

async function main(argv: string[]): Promise<number> {
  const args = parseAllocateArgs(argv);
  if (args.kind === "help") {
    process.stdout.write(`${describeAllocateUsage(args.locale)}\n`);
    return 0;
  }
  if (args.kind === "usage-error") {
    process.stderr.write(`allocate: ${args.message}\n${describeAllocateUsage(args.locale)}\n`);
    return 2;
  }
  const options = { json: args.json, locale: args.locale, file: args.file };
  let text: string;
  try {
    text = await readFile(args.file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const message = `cannot read the file: ${READ_ERRORS[code] ?? (error as Error).message}`;
    process.stdout.write(formatReport({ kind: "invalid", invalid: [{ path: "", message }] }, options).output);
    return 2;
  }
  const parsed = parsePlanJson(text);
  if (!parsed.ok) {
    process.stdout.write(formatReport({ kind: "invalid", invalid: parsed.invalid }, options).output);
    return 2;
  }
  const proposal = allocatePlan(parsed.plan, await highsRuntime(), { seconds: args.seconds });
  const result = applyPlacements(parsed.plan, proposal.placements);
  process.stdout.write(planWithAllocation(result, proposal));
  if (!args.json) {
    const names = new Map(parsed.plan.exhibitors.map((e) => [e.id, e.name]));
    process.stderr.write(allocationSummaryText(proposal, names, args.file, args.locale));
  }
  return validatePlan(result).some((v) => v.severity === "error") ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `allocate: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
