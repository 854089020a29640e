import fs from "node:fs";
import { parsePlanJson } from "../../floorplans/format/parse";
import { validatePlan } from "../../floorplans";
import {
  PlanImportRefused,
  countEventPlan,
  loadEventPlan,
  replaceEventPlan,
} from "../../app/models/plan.server";
import { getDb } from "../client";
import { CliFailure, openExistingDatabase, parseCliOptions, requireEventSlug, runCli } from "./cli-common";

/**
 * `npm run -s plan:import -- FILE --event SLUG`: replaces the event's plan by the file's. A file with
 * any problem is refused whole (every problem by JSON path on stderr, exit 2) and nothing changes.
 * Rule violations do not block the import: a plan with errors is a draft the organisers go on editing.
 */
const USAGE = "usage: plan:import FILE --event SLUG";

function listProblems(file: string, heading: string, problems: { path: string; message: string }[]): string {
  const lines = problems.map((p) => `  ${p.path === "" ? "(file)" : p.path}: ${p.message}`);
  return `${file}: ${heading}; nothing was imported:\n${lines.join("\n")}`;
}

runCli("plan:import", () => {
  const { values, positionals } = parseCliOptions(
    process.argv.slice(2),
    { event: { type: "string" } },
    USAGE,
  );
  const [file, ...extra] = positionals;
  if (file === undefined) throw new CliFailure(`FILE is required\n${USAGE}`);
  if (extra.length > 0) throw new CliFailure(`unexpected argument "${extra[0]}"\n${USAGE}`);
  openExistingDatabase();
  const event = requireEventSlug(values.event, USAGE);

  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new CliFailure(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const parsed = parsePlanJson(text);
  if (!parsed.ok)
    throw new CliFailure(
      listProblems(file, `invalid plan (${parsed.invalid.length} problem(s))`, parsed.invalid),
    );

  let version: number;
  try {
    ({ version } = replaceEventPlan(event.id, parsed.plan, { userId: null }));
  } catch (error) {
    if (error instanceof PlanImportRefused)
      throw new CliFailure(listProblems(file, "refused for this event", error.problems));
    throw error;
  }
  // The rules judge the stored plan: exhibitor figures come from the applications, not from the file.
  const violations = validatePlan(loadEventPlan(event.id));
  const errors = violations.filter((v) => v.severity === "error").length;
  const counts = countEventPlan(getDb(), event.id);
  process.stdout.write(
    [
      `Imported ${file} into ${event.slug}: plan version ${version}`,
      `  ${counts.halls} hall(s), ${counts.stands} stand(s), ${counts.assignments} assignment(s)`,
      `  validation: ${errors} error(s), ${violations.length - errors} warning(s)${errors > 0 ? " — saved as a draft to fix in the editor" : ""}`,
    ].join("\n") + "\n",
  );
  return 0;
});
