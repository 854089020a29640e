import { useTranslation } from "react-i18next";
import type { MiniMap } from "~/models/stand-mini-map";

/**
 * A small read-only plan of one hall: outline, obstacles, every stand, the exhibitor's own stands
 * highlighted and labelled. One picture with a text alternative naming the stands.
 */
export function StandMiniMap({ map }: { map: MiniMap }) {
  const { t } = useTranslation("portal");
  const own = map.stands.filter((stand) => stand.own);
  const titleId = `mini-map-${map.hallId}`;
  return (
    <figure className="mini-map">
      <svg
        viewBox={map.viewBox}
        role="img"
        aria-labelledby={titleId}
        className="mini-map__svg"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>
          {`${t("application.planTitle", { hall: map.hallName })}. ${t("application.standList", { codes: own.map((s) => s.code).join(", ") })}`}
        </title>
        <polygon points={map.outline} className="mini-map__hall" />
        {map.obstacles.map((points, index) => (
          <polygon key={index} points={points} className="mini-map__obstacle" />
        ))}
        {map.stands.map((stand) => (
          <polygon
            key={stand.code}
            points={stand.points}
            className={stand.own ? "mini-map__stand mini-map__stand--own" : "mini-map__stand"}
          />
        ))}
        {own.map((stand) => (
          <text
            key={stand.code}
            x={stand.centre[0]}
            y={stand.centre[1]}
            className="mini-map__label"
            textAnchor="middle"
            dominantBaseline="central"
          >
            {stand.code}
          </text>
        ))}
      </svg>
      <figcaption className="mini-map__caption">
        <strong>{map.hallName}</strong>
        <span className="mini-map__key mini-map__key--own">{t("application.planLegendOwn")}</span>
        <span className="mini-map__key">{t("application.planLegendOther")}</span>
      </figcaption>
    </figure>
  );
}
