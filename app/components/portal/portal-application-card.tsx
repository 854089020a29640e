import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { PortalApplication } from "~/models/portal.server";
import { formatNumber } from "~/i18n/format";
import { DateRange } from "../date-range";
import { useLocale } from "../use-locale";

/** One event the organisation applied to: where the application stands, and its stand(s) once published. */
export function PortalApplicationCard({ application }: { application: PortalApplication }) {
  const { t } = useTranslation(["portal", "common", "logistics"]);
  const { event, status } = application;
  return (
    <article className="card portal-application" aria-labelledby={`application-${application.id}`}>
      <header className="portal-application__header">
        <h3 id={`application-${application.id}`} className="card__title">
          <Link to={`/portal/applications/${application.id}`}>{event.name}</Link>
        </h3>
        <p className="capitalise portal-application__dates">
          <DateRange start={event.startsOn} end={event.endsOn} />
        </p>
        <p className={`status-badge status-badge--${status}`}>
          {t("statusLine", { status: t(`common:applicationStatus.${status}`) })}
        </p>
      </header>
      <StandSection application={application} />
      {status === "accepted" || status === "confirmed" ? (
        <p className="portal-application__logistics">
          <Link to={`/portal/applications/${application.id}/logistics`}>{t("logistics:openLink")}</Link>{" "}
          <span className="card__note">{t("logistics:openLinkHint")}</span>
        </p>
      ) : null}
    </article>
  );
}

/** Stands only matter once the organisers said yes; before the plan is published they stay hidden. */
function StandSection({ application }: { application: PortalApplication }) {
  const { t } = useTranslation(["portal", "common"]);
  const locale = useLocale();
  const { stands } = application;
  const awaitsStand = application.status === "accepted" || application.status === "confirmed";
  if (stands.length === 0 && !awaitsStand) return null;
  return (
    <>
      <h4 className="portal-application__subtitle">{t("stands")}</h4>
      {!application.planPublished ? (
        <p className="card__note">{t("planNotPublished")}</p>
      ) : stands.length === 0 ? (
        <p className="card__note">{t("noStand")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("standCode")}</th>
              <th scope="col">{t("hall")}</th>
              <th scope="col" className="numeric">
                {t("area")}
              </th>
            </tr>
          </thead>
          <tbody>
            {stands.map((stand) => (
              <tr key={stand.code}>
                <th scope="row">{stand.code}</th>
                <td>{stand.hallName}</td>
                <td className="numeric">
                  {t("common:units.m2", {
                    value: formatNumber(locale, stand.areaM2, stand.areaM2 % 1 === 0 ? 0 : 1),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
