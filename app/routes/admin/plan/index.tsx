import { useTranslation } from "react-i18next";
import { PlanEditorPage } from "~/editor/view/editor-page";
import { requireRole } from "~/models/auth.server";
import { requireEvent } from "~/models/event.server";
import editorStyles from "~/styles/editor.css?url";
import panelStyles from "~/styles/editor-panels.css?url";
import type { Route } from "./+types/index";
import { handlePlanRequest } from "./plan-action.server";
import { loadPlanPage } from "./plan-loader.server";
import { skipRevalidationAfterPosts } from "./should-revalidate";

export const links: Route.LinksFunction = () =>
  [editorStyles, panelStyles].map((href) => ({ rel: "stylesheet", href }));

export async function loader({ request, params }: Route.LoaderArgs) {
  return loadPlanPage(request, params.slug);
}

/** Saves, publishing and acknowledgements, for organisers only (staff read the plan: 403). */
export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireRole(request, "organiser");
  const event = requireEvent(params.slug);
  return handlePlanRequest(request, event.id, user);
}

/**
 * Publishing and acknowledgements post to the action above through the page's fetchers (saves go to
 * the save route, `save.ts`). A network failure, or a session that ended (the action's redirect to
 * the login page), must not replace the editor and its unsaved edits with the error page or the
 * login page: the failure comes back as an answer, which the page shows as a refusal.
 */
export async function clientAction({ serverAction }: Route.ClientActionArgs) {
  try {
    return await serverAction();
  } catch (error) {
    if (error instanceof Response && error.status >= 300 && error.status < 400)
      return { ok: false as const, code: "unauthenticated" };
    if (error instanceof TypeError) return { ok: false as const, code: "offline" };
    throw error;
  }
}

export const shouldRevalidate = skipRevalidationAfterPosts;

export default function PlanRoute({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation(["editor", "common"]);
  return (
    <>
      <title>{`${t("title")} · ${loaderData.event.name} · ${t("common:appName")}`}</title>
      <PlanEditorPage data={loaderData} />
    </>
  );
}
