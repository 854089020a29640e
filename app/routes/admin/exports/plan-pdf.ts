import { planResponse } from "~/models/exports.server";
import type { Route } from "./+types/plan-pdf";
import { exportContext } from "./guard.server";

/** The printable plan, one page per hall, A3 or A1 landscape (`?paper=a1`). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { event, query, locale } = await exportContext(request, params.slug);
  return planResponse(event, "pdf", query, locale);
}
