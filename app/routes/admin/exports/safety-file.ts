import { safetyFileResponse } from "~/models/exports.server";
import type { Route } from "./+types/safety-file";
import { exportContext } from "./guard.server";

/** The safety officer's file (T 5): plans, check report, declarations, covered stands, circulation. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { event, locale } = await exportContext(request, params.slug);
  return safetyFileResponse(event, locale);
}
