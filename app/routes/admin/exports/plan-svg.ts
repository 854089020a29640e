import { planResponse } from "~/models/exports.server";
import type { Route } from "./+types/plan-svg";
import { exportContext } from "./guard.server";

/** The printable plan of one hall (`?hall=`, the first by default) as SVG. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { event, query, locale } = await exportContext(request, params.slug);
  return planResponse(event, "svg", query, locale);
}
