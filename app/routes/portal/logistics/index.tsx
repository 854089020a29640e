import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { EmptyState } from "~/components/empty-state";
import { ChecklistTable } from "~/components/logistics/checklist-table";
import { requireLogisticsApplication } from "~/models/logistics-access.server";
import { loadChecklist } from "~/models/logistics-forms.server";
import logisticsStyles from "~/components/logistics/logistics.css?url";
import type { Route } from "./+types/index";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: logisticsStyles }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { context } = await requireLogisticsApplication(request, params.id);
  return {
    application: { id: context.application.id },
    organisationName: context.organisationName,
    event: { name: context.event.name },
    rows: loadChecklist(context),
  };
}

export default function LogisticsChecklist({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation(["logistics", "common"]);
  const { application, event, rows } = loaderData;
  const base = `/portal/applications/${application.id}/logistics`;
  const mandatory = rows.filter((row) => row.mandatory);
  const done = mandatory.filter((row) => row.status === "submitted" || row.status === "approved").length;
  return (
    <>
      <title>{`${t("title")} · ${event.name} · ${t("common:appName")}`}</title>
      <div className="page__header">
        <p className="page__eyebrow">
          <Link to={`/portal/applications/${application.id}`}>{t("back")}</Link>
        </p>
        <h1 className="page__title">{t("checklistTitle")}</h1>
        <p className="page__meta">
          {event.name} · {loaderData.organisationName}
        </p>
      </div>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <section aria-labelledby="logistics-forms" className="card logistics-card">
          <h2 id="logistics-forms" className="card__title">
            {t("title")}
          </h2>
          <p className="card__note">{t("checklistIntro")}</p>
          {mandatory.length > 0 ? (
            <p>
              <progress
                className="logistics-progress"
                max={mandatory.length}
                value={done}
                aria-labelledby="logistics-progress"
              />{" "}
              <span id="logistics-progress">
                {t("progress", { done: String(done), total: String(mandatory.length) })}
              </span>
            </p>
          ) : null}
          <ChecklistTable rows={rows} base={base} />
        </section>
      )}
    </>
  );
}
