import { and, eq, inArray } from "drizzle-orm";
import { applications, organisations } from "../../db/schema";
import type { Plan } from "../../floorplans/format/schema";
import type { PlanImportProblem } from "./plan-errors.server";
import type { DbHandle } from "./plan-db.server";

/**
 * References inside the plan. `parsePlan` already refuses a file with dangling ids; this guards
 * plans built in code, so that a bad one fails with a message instead of a foreign-key error.
 */
export function checkPlanReferences(plan: Plan): PlanImportProblem[] {
  const problems: PlanImportProblem[] = [];
  const hallIds = new Set(plan.halls.map((h) => h.id));
  const boxHalls = new Map(plan.powerBoxes.map((b) => [b.id, b.hallId]));
  for (const key of ["obstacles", "exits", "powerBoxes", "zones", "stands"] as const) {
    plan[key].forEach((item, i) => {
      if (!hallIds.has(item.hallId))
        problems.push({
          path: `${key}[${i}].hallId`,
          message: `unknown hall ${JSON.stringify(item.hallId)}`,
        });
    });
  }
  const seen = new Set<string>();
  plan.stands.forEach((stand, i) => {
    if (seen.has(stand.id))
      problems.push({ path: `stands[${i}].id`, message: `duplicate id ${JSON.stringify(stand.id)}` });
    seen.add(stand.id);
    if (stand.powerBoxId !== null && boxHalls.get(stand.powerBoxId) !== stand.hallId) {
      problems.push({
        path: `stands[${i}].powerBoxId`,
        message: `no power box ${JSON.stringify(stand.powerBoxId)} in hall ${JSON.stringify(stand.hallId)}`,
      });
    }
  });
  return problems;
}

/**
 * Every exhibitor the plan names (listed, or holding a stand) must be an organisation with an
 * application for this event: a stand is assigned to an application, never to a bare name.
 * Returns slug → application id, and one problem per exhibitor that cannot be resolved,
 * at the first place the file names it.
 */
export function resolvePlanExhibitors(
  db: DbHandle,
  eventId: number,
  plan: Plan,
): { applicationBySlug: Map<string, number>; problems: PlanImportProblem[] } {
  const firstPath = new Map<string, string>();
  plan.exhibitors.forEach((e, i) => firstPath.has(e.id) || firstPath.set(e.id, `exhibitors[${i}].id`));
  plan.stands.forEach(
    (s, i) =>
      s.exhibitorId === null ||
      firstPath.has(s.exhibitorId) ||
      firstPath.set(s.exhibitorId, `stands[${i}].exhibitorId`),
  );
  const slugs = [...firstPath.keys()];
  if (slugs.length === 0) return { applicationBySlug: new Map(), problems: [] };

  const known = db
    .select({ slug: organisations.slug, name: organisations.name, applicationId: applications.id })
    .from(organisations)
    .leftJoin(
      applications,
      and(eq(applications.organisationId, organisations.id), eq(applications.eventId, eventId)),
    )
    .where(inArray(organisations.slug, slugs))
    .all();
  const bySlug = new Map(known.map((k) => [k.slug, k]));
  const applicationBySlug = new Map<string, number>();
  const problems: PlanImportProblem[] = [];
  for (const [slug, path] of firstPath) {
    const found = bySlug.get(slug);
    if (!found)
      problems.push({
        path,
        message: `unknown exhibitor ${JSON.stringify(slug)}: no organisation has this id`,
      });
    else if (found.applicationId === null) {
      problems.push({
        path,
        message: `exhibitor ${JSON.stringify(slug)} (${found.name}) has no application for this event`,
      });
    } else applicationBySlug.set(slug, found.applicationId);
  }
  return { applicationBySlug, problems };
}
