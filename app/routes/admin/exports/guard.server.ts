import { resolveLocale } from "~/i18n/locale.server";
import { requireRole } from "~/models/auth.server";
import { requireEvent } from "~/models/event.server";
import { parseExportQuery } from "~/models/exports.server";

/**
 * Every export answers organisers and staff only (exhibitors get 403, visitors the login page),
 * for an existing event, with its query parsed by zod; the language defaults to the user's.
 */
export async function exportContext(request: Request, slug: string | undefined) {
  const user = await requireRole(request, "organiser", "staff");
  const event = requireEvent(slug);
  const { query, locale } = parseExportQuery(new URL(request.url), resolveLocale(request, user));
  return { user, event, query, locale };
}
