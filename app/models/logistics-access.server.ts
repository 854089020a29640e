import { requireRole, type SessionUser } from "./auth.server";
import {
  getLogisticsContext,
  LOGISTICS_APPLICATION_STATUSES,
  type LogisticsContext,
} from "./logistics-forms.server";

/**
 * The application named in the URL, for its own exhibitors only: staff and organisers get 403 (they
 * have the review pages), another organisation's exhibitor 403, an unknown id 404, and an application
 * the organisers have not accepted 404 (it has no logistics).
 */
export async function requireLogisticsApplication(
  request: Request,
  id: string,
): Promise<{ user: SessionUser; context: LogisticsContext }> {
  const user = await requireRole(request, "exhibitor");
  const context = /^\d{1,12}$/.test(id) ? getLogisticsContext(Number(id)) : null;
  if (!context) throw new Response("Application not found", { status: 404 });
  if (user.organisationId !== context.application.organisationId)
    throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
  if (!LOGISTICS_APPLICATION_STATUSES.includes(context.application.status))
    throw new Response("This application has no logistics forms", { status: 404 });
  return { user, context };
}
