import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { applicationStatuses } from "../../../db/schema/applications";
import type { EventDashboard } from "~/models/dashboard.server";
import { funnelStageHref } from "~/models/application-funnel";
import { formatNumber } from "~/i18n/format";
import { EmptyState } from "../empty-state";
import { useLocale } from "../use-locale";
import { DashboardCard, KeyFigure } from "./dashboard-card";
import { FunnelChart } from "./funnel-chart";

/** Figures of the applications; each funnel stage and status links to the review table filtered to it. */
export function ApplicationsCard({
  figures,
  eventSlug,
}: {
  figures: EventDashboard["applications"];
  eventSlug: string;
}) {
  const { t } = useTranslation(["admin", "common", "review"]);
  const locale = useLocale();
  const steps = figures.funnel.map(({ stage, count }) => ({
    label: t(`dashboard.funnel.stages.${stage}`),
    count,
    display: formatNumber(locale, count),
  }));
  return (
    <DashboardCard title={t("dashboard.applications.title")} wide>
      {figures.total === 0 ? (
        <EmptyState title={t("dashboard.applications.empty")} headingLevel={3} />
      ) : (
        <div className="applications-card">
          <div>
            <KeyFigure
              value={formatNumber(locale, figures.total)}
              label={t("dashboard.applications.total")}
            />
            <figure className="figure">
              <FunnelChart
                steps={steps}
                summary={steps
                  .map((s) => t("common:labelValue", { label: s.label, value: s.display }))
                  .join(", ")}
              />
              <figcaption>{t("dashboard.funnel.caption")}</figcaption>
            </figure>
            <nav aria-label={t("review:funnel.label")}>
              <ul className="funnel-links">
                {figures.funnel.map(({ stage }, index) => (
                  <li key={stage}>
                    <Link to={funnelStageHref(eventSlug, stage)}>
                      {t("review:funnel.stage", {
                        label: steps[index]?.label ?? stage,
                        value: steps[index]?.display ?? "",
                      })}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <table className="data-table">
            <caption className="visually-hidden">{t("dashboard.applications.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.applications.status")}</th>
                <th scope="col" className="numeric">
                  {t("dashboard.applications.count")}
                </th>
              </tr>
            </thead>
            <tbody>
              {applicationStatuses.map((status) => (
                <tr key={status}>
                  <th scope="row" className="capitalise">
                    <Link to={`/admin/events/${eventSlug}/applications?status=${status}`}>
                      {t(`common:applicationStatus.${status}`)}
                    </Link>
                  </th>
                  <td className="numeric">{formatNumber(locale, figures.byStatus[status])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DashboardCard>
  );
}
