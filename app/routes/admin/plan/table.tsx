import { useTranslation } from "react-i18next";
import { PlanTablePage } from "~/editor/view/table/plan-table-page";
import editorStyles from "~/styles/editor.css?url";
import panelStyles from "~/styles/editor-panels.css?url";
import tableStyles from "~/styles/plan-table.css?url";
import type { Route } from "./+types/table";
import { loadPlanPage } from "./plan-loader.server";
import { skipRevalidationAfterPosts } from "./should-revalidate";

export const links: Route.LinksFunction = () =>
  [editorStyles, panelStyles, tableStyles].map((href) => ({ rel: "stylesheet", href }));

/** Same data as the canvas; saves go to the canvas route's action (one save path). */
export async function loader({ request, params }: Route.LoaderArgs) {
  return loadPlanPage(request, params.slug);
}

export const shouldRevalidate = skipRevalidationAfterPosts;

export default function PlanTableRoute({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation(["editor", "common"]);
  return (
    <>
      <title>{`${t("tableTitle")} · ${loaderData.event.name} · ${t("common:appName")}`}</title>
      <PlanTablePage data={loaderData} />
    </>
  );
}
