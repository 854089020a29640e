import { useTranslation } from "react-i18next";
import { standStatuses } from "../../../floorplans/format/schema";
import type { EventDashboard } from "~/models/dashboard.server";
import { formatNumber } from "~/i18n/format";
import { EmptyState } from "../empty-state";
import { useLocale } from "../use-locale";
import { DashboardCard, KeyFigure } from "./dashboard-card";
import { StatusBreakdown } from "./status-breakdown";

export function StandsCard({ figures }: { figures: EventDashboard["stands"] }) {
  const { t } = useTranslation(["admin", "common"]);
  const locale = useLocale();
  const slices = standStatuses.map((status) => ({
    key: status,
    label: t(`common:standStatus.${status}`),
    count: figures.byStatus[status],
    display: formatNumber(locale, figures.byStatus[status]),
  }));
  return (
    <DashboardCard title={t("dashboard.stands.title")}>
      {figures.total === 0 ? (
        <EmptyState title={t("dashboard.stands.empty")} headingLevel={3} />
      ) : (
        <>
          <KeyFigure value={formatNumber(locale, figures.total)} label={t("dashboard.stands.total")} />
          <StatusBreakdown
            slices={slices}
            summary={slices
              .map((s) => t("common:labelValue", { label: s.label, value: s.display }))
              .join(", ")}
          />
        </>
      )}
    </DashboardCard>
  );
}
