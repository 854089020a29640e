import { useTranslation } from "react-i18next";
import type { EventDashboard } from "~/models/dashboard.server";
import { formatNumber } from "~/i18n/format";
import { EmptyState } from "../empty-state";
import { useLocale } from "../use-locale";
import { DashboardCard, KeyFigure } from "./dashboard-card";
import { Gauge } from "./gauge";

export function AreaCard({ area }: { area: EventDashboard["area"] }) {
  const { t } = useTranslation(["admin", "common"]);
  const locale = useLocale();
  const m2 = (value: number) => t("common:units.m2", { value: formatNumber(locale, value) });
  const ofTotal = t("dashboard.area.ofTotal", { total: m2(area.totalM2) });
  return (
    <DashboardCard title={t("dashboard.area.title")}>
      {area.totalM2 === 0 ? (
        <EmptyState title={t("dashboard.area.empty")} headingLevel={3} />
      ) : (
        <>
          <KeyFigure value={m2(area.assignedM2)} label={ofTotal} />
          <Gauge value={area.assignedM2} max={area.totalM2} label={`${m2(area.assignedM2)} ${ofTotal}`} />
          <p className="card__note">{t("dashboard.area.available", { value: m2(area.availableM2) })}</p>
        </>
      )}
    </DashboardCard>
  );
}

export function PowerCard({ power }: { power: EventDashboard["power"] }) {
  const { t } = useTranslation(["admin", "common"]);
  const locale = useLocale();
  const kw = (value: number) =>
    t("common:units.kw", { value: formatNumber(locale, value, value % 1 === 0 ? 0 : 1) });
  const supply = power.supplyKw;
  const ofSupply = supply === null ? "" : t("dashboard.power.ofSupply", { supply: kw(supply) });
  return (
    <DashboardCard title={t("dashboard.power.title")}>
      <KeyFigure value={kw(power.orderedKw)} label={ofSupply} />
      {supply === null ? (
        <p className="card__note">{t("dashboard.power.noSupply")}</p>
      ) : (
        <>
          <Gauge value={power.orderedKw} max={supply} label={`${kw(power.orderedKw)} ${ofSupply}`} />
          {power.orderedKw > supply ? (
            <p className="card__alert">
              {t("dashboard.power.over", { value: kw(power.orderedKw - supply) })}
            </p>
          ) : null}
        </>
      )}
      <p className="card__note">{t("dashboard.power.basis")}</p>
    </DashboardCard>
  );
}
