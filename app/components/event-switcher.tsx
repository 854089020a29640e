import { Link, useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { eventSwitchPath } from "./event-switch-path";

export interface EventChoice {
  slug: string;
  name: string;
}

/**
 * A disclosure of plain links (`<details>`): keyboard and screen-reader friendly, and it works
 * without JavaScript. Keyed on the path so it closes after a client-side navigation.
 */
export function EventSwitcher({
  events,
  currentSlug,
}: {
  events: EventChoice[];
  currentSlug: string | null;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = events.find((event) => event.slug === currentSlug);
  if (events.length === 0) return null;
  return (
    <details className="event-switcher" key={pathname}>
      <summary className="event-switcher__summary">
        <span className="event-switcher__label">{t("eventSwitcher.label")}</span>
        <span className="event-switcher__current">{current ? current.name : t("eventSwitcher.choose")}</span>
      </summary>
      <ul className="event-switcher__list" aria-label={t("eventSwitcher.choose")}>
        {events.map((event) => (
          <li key={event.slug}>
            <Link
              to={eventSwitchPath(pathname, event.slug)}
              aria-current={event.slug === currentSlug ? "true" : undefined}
              className="event-switcher__link"
            >
              {event.name}
              {event.slug === currentSlug ? (
                <span className="visually-hidden"> {t("eventSwitcher.current")}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
