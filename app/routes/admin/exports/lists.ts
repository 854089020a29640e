import { badRequest, listParams, listResponse } from "~/models/exports.server";
import type { Route } from "./+types/lists";
import { exportContext } from "./guard.server";

/** A contractor list as CSV or XLSX (`all` = every list in one workbook). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { event, query, locale } = await exportContext(request, params.slug);
  const parsed = listParams.safeParse(params);
  if (!parsed.success) throw badRequest(locale, "unknownList");
  return listResponse(event, parsed.data.list, parsed.data.format, query, locale);
}
