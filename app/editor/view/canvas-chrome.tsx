import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { formatDecimal as formatNumber } from "./number-format";
import { useEditorState, useSettledPlan, useUi, type EditorSession } from "./session";
import { legendEntries } from "./stand-colours";
import { niceScaleBar } from "./view-math";

/** A round length and its bar, at the current zoom. */
export function ScaleBar({ session }: { session: EditorSession }) {
  const { t } = useTranslation("editor");
  const locale = useLocale();
  const scale = useEditorState(session, (s) => s.view.scale);
  const bar = niceScaleBar(scale);
  const value = formatNumber(locale, bar.metres, bar.metres < 1 ? 1 : 0);
  return (
    <div className="scale-bar" aria-label={t("scaleBar", { value })}>
      <span className="scale-bar__line" style={{ width: `${bar.px}px` }} aria-hidden="true" />
      <span>{t("units.m", { value })}</span>
    </div>
  );
}

/** Where the pointer is on the plan, in metres (blank when it is off the canvas). */
export function CursorReadout({ session }: { session: EditorSession }) {
  const { t } = useTranslation("editor");
  const locale = useLocale();
  const cursor = useUi(session, (s) => s.cursor);
  const scale = useEditorState(session, (s) => s.view.scale);
  return (
    <p className="cursor-readout" aria-hidden="true">
      {cursor
        ? t("cursor", { x: formatNumber(locale, cursor[0], 2), y: formatNumber(locale, cursor[1], 2) })
        : " "}
      <span className="cursor-readout__zoom">
        {t("zoomLevel", { value: formatNumber(locale, scale, 1) })}
      </span>
    </p>
  );
}

/** What the stand colours mean in the current mode, and what the outlines mean. */
export function Legend({ session }: { session: EditorSession }) {
  const { t } = useTranslation(["editor", "common"]);
  const mode = useUi(session, (s) => s.colourMode);
  const plan = useSettledPlan(session);
  const entries = legendEntries(plan, mode);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        {t("legend.title")} — {t(`colour.${mode}`)}
      </h2>
      <ul className="legend__items">
        {entries.map((entry) => {
          const label =
            entry.kind === "status"
              ? t(`common:standStatus.${entry.status}`)
              : entry.kind === "load"
                ? t(`legend.load.${entry.band}`)
                : entry.kind === "pavilion"
                  ? entry.name
                  : t("legend.noPavilion");
          return (
            <li key={label}>
              <span className="legend__swatch" style={{ background: entry.fill }} aria-hidden="true" />
              {label}
            </li>
          );
        })}
        <li>
          <span className="legend__swatch legend__swatch--error" aria-hidden="true" />
          {t("legend.error")}
        </li>
        <li>
          <span className="legend__swatch legend__swatch--warning" aria-hidden="true" />
          {t("legend.warning")}
        </li>
      </ul>
    </section>
  );
}
