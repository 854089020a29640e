import type { PlanPageData } from "~/editor/view/page-data";
import { requireRole } from "~/models/auth.server";
import { requireEvent } from "~/models/event.server";
import { canEditPlan, listAcknowledgements } from "~/models/plan-editor.server";
import { loadEventPlan } from "~/models/plan.server";
import { validatePlan } from "../../../../floorplans/rules/validate-plan";

/** Organisers edit, staff read; exhibitors get a 403 (requireRole). */
export async function loadPlanPage(request: Request, slug: string | undefined): Promise<PlanPageData> {
  const user = await requireRole(request, "organiser", "staff");
  const event = requireEvent(slug);
  const plan = loadEventPlan(event.id);
  return {
    event: { slug: event.slug, name: event.name },
    version: event.planVersion,
    publishedVersion: event.publishedPlanVersion,
    canEdit: canEditPlan(user),
    plan,
    violations: validatePlan(plan),
    acknowledgements: listAcknowledgements(event.id).map(({ rule, subjects, reason, userName }) => ({
      rule,
      subjects,
      reason,
      userName,
    })),
  };
}
