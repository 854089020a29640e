import { redirect } from "react-router";
import { useTranslation } from "react-i18next";
import { EmptyState } from "~/components/empty-state";
import { requireRole } from "~/models/auth.server";
import { listEvents } from "~/models/event.server";
import type { Route } from "./+types/index";

export async function loader({ request }: Route.LoaderArgs) {
  await requireRole(request, "organiser", "staff");
  const latest = listEvents()[0];
  if (latest) throw redirect(`/admin/events/${latest.slug}`);
  return null;
}

export default function AdminIndex() {
  const { t } = useTranslation(["admin", "common"]);
  return (
    <>
      <title>{`${t("index.title")} · ${t("common:appName")}`}</title>
      <h1 className="page__title">{t("index.title")}</h1>
      <EmptyState title={t("index.emptyTitle")}>
        <p>{t("index.emptyBody")}</p>
      </EmptyState>
    </>
  );
}
