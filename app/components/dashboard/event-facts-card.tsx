import { useTranslation } from "react-i18next";
import type { EventDashboard } from "~/models/dashboard.server";
import { formatNumber } from "~/i18n/format";
import { DateRange } from "../date-range";
import { useLocale } from "../use-locale";
import { DashboardCard } from "./dashboard-card";

export function EventFactsCard({
  event,
  venues,
}: {
  event: { startsOn: string; endsOn: string };
  venues: EventDashboard["venues"];
}) {
  const { t } = useTranslation("admin");
  const locale = useLocale();
  return (
    <DashboardCard title={t("dashboard.overview")}>
      <dl className="facts">
        <dt>{t("dashboard.dates")}</dt>
        <dd className="capitalise">
          <DateRange start={event.startsOn} end={event.endsOn} />
        </dd>
        <dt>{t("dashboard.venues")}</dt>
        <dd>
          {venues.length === 0 ? (
            <p className="card__note">{t("dashboard.noVenue")}</p>
          ) : (
            <ul className="venue-list">
              {venues.map((venue) => (
                <li key={venue.name}>
                  <span className="venue-list__name">{venue.name}</span>
                  <span className="venue-list__meta">
                    {venue.city ? <span className="venue-list__city">{venue.city}</span> : null}
                    <span className="venue-list__halls">
                      {t("dashboard.hallCount", { value: formatNumber(locale, venue.hallCount) })}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </DashboardCard>
  );
}
