import { useTranslation } from "react-i18next";
import { applicationStatuses } from "../../../db/schema/applications";
import type { EventDashboard } from "~/models/dashboard.server";
import { formatNumber } from "~/i18n/format";
import { EmptyState } from "../empty-state";
import { useLocale } from "../use-locale";
import { DashboardCard, KeyFigure } from "./dashboard-card";
import { FunnelChart } from "./funnel-chart";

export function ApplicationsCard({ figures }: { figures: EventDashboard["applications"] }) {
  const { t } = useTranslation(["admin", "common"]);
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
                    {t(`common:applicationStatus.${status}`)}
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
