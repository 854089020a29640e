import { useTranslation } from "react-i18next";
import { ApplicationsCard } from "~/components/dashboard/applications-card";
import { AreaCard, PowerCard } from "~/components/dashboard/capacity-cards";
import { EventFactsCard } from "~/components/dashboard/event-facts-card";
import { StandsCard } from "~/components/dashboard/stands-card";
import { DateRange } from "~/components/date-range";
import { requireRole } from "~/models/auth.server";
import { getEventDashboard } from "~/models/dashboard.server";
import { requireEvent } from "~/models/event.server";
import type { Route } from "./+types/event-home";

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireRole(request, "organiser", "staff");
  const event = requireEvent(params.slug);
  return {
    event: { slug: event.slug, name: event.name, startsOn: event.startsOn, endsOn: event.endsOn },
    dashboard: getEventDashboard(event.id),
  };
}

export default function EventHome({ loaderData }: Route.ComponentProps) {
  const { event, dashboard } = loaderData;
  const { t } = useTranslation(["admin", "common"]);
  return (
    <>
      <title>{`${event.name} · ${t("dashboard.title")} · ${t("common:appName")}`}</title>
      <div className="page__header">
        <p className="page__eyebrow">{t("dashboard.title")}</p>
        <h1 className="page__title">{event.name}</h1>
        <p className="page__meta capitalise">
          <DateRange start={event.startsOn} end={event.endsOn} />
        </p>
      </div>
      <div className="dashboard-grid">
        <ApplicationsCard figures={dashboard.applications} eventSlug={event.slug} />
        <StandsCard figures={dashboard.stands} />
        <AreaCard area={dashboard.area} />
        <PowerCard power={dashboard.power} />
        <EventFactsCard event={event} venues={dashboard.venues} />
      </div>
    </>
  );
}
