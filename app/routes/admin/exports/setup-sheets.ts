import { setupSheetsResponse } from "~/models/exports.server";
import type { Route } from "./+types/setup-sheets";
import { exportContext } from "./guard.server";

/** Setup sheets of one stand, a selection (`?stands=A01,A02`), a hall (`?hall=`) or every stand. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { event, query, locale } = await exportContext(request, params.slug);
  return setupSheetsResponse(event, query, locale);
}
