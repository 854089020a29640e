import fs from "node:fs";
import { serializePlan } from "../../floorplans/format/serialize";
import { loadEventPlan } from "../../app/models/plan.server";
import { CliFailure, openExistingDatabase, parseCliOptions, requireEventSlug, runCli } from "./cli-common";

/**
 * `npm run -s plan:export -- --event SLUG [--out FILE]`: the event's plan as an allee.plan/v1 file,
 * on stdout or in FILE. The text is canonical (serializePlan), so two exports diff cleanly.
 */
const USAGE = "usage: plan:export --event SLUG [--out FILE]";

runCli("plan:export", () => {
  const { values, positionals } = parseCliOptions(
    process.argv.slice(2),
    { event: { type: "string" }, out: { type: "string" } },
    USAGE,
  );
  if (positionals.length > 0) throw new CliFailure(`unexpected argument "${positionals[0]}"\n${USAGE}`);
  openExistingDatabase();
  const event = requireEventSlug(values.event, USAGE);
  const text = serializePlan(loadEventPlan(event.id));
  if (values.out === undefined) {
    process.stdout.write(text);
    return 0;
  }
  try {
    fs.writeFileSync(values.out, text);
  } catch (error) {
    throw new CliFailure(
      `cannot write ${values.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      1,
    );
  }
  process.stdout.write(`Plan of ${event.slug} (version ${event.planVersion}) written to ${values.out}\n`);
  return 0;
});
