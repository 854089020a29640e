import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { formatDecimal as formatNumber } from "./number-format";
import { ThrottledPaint } from "./throttled-paint";
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

/**
 * Where the pointer is on the plan, in metres (blank when it is off the canvas). The position
 * changes on every pointer move, so it is painted on a small canvas of its own, outside React and
 * at most every READOUT_INTERVAL_MS: a move changes no text of the page, hence no style, layout or
 * paint of the page around it (docs/decisions/013), and figures changing 60 times a second could
 * not be read anyway. The zoom level beside it is ordinary text.
 */
export function CursorReadout({ session }: { session: EditorSession }) {
  const { t } = useTranslation("editor");
  const locale = useLocale();
  const scale = useEditorState(session, (s) => s.view.scale);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return;
    // Worded once: only the two numbers change from one move to the next.
    const template = t("cursor", { x: X_SLOT, y: Y_SLOT });
    const wording = (at: readonly [number, number] | null) =>
      at
        ? template
            .replace(X_SLOT, formatNumber(locale, at[0], 2))
            .replace(Y_SLOT, formatNumber(locale, at[1], 2))
        : "";
    let shown = "";
    // The box, pixel ratio and font, read when the element is (re)sized, not on each paint: a
    // read of layout or computed style in a paint would force the page's pending style and layout.
    let box = { width: 0, height: 0 };
    const measure = () => {
      const rect = canvas.getBoundingClientRect();
      const ratio = window.devicePixelRatio || 1;
      box = { width: rect.width, height: rect.height };
      canvas.width = Math.max(1, Math.round(rect.width * ratio));
      canvas.height = Math.max(1, Math.round(rect.height * ratio));
      const style = getComputedStyle(canvas);
      // Setting the size resets the context: its state is set again after it.
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      context.fillStyle = style.color;
      context.textAlign = "right";
      context.textBaseline = "middle";
    };
    const draw = () => {
      context.clearRect(0, 0, box.width, box.height);
      context.fillText(shown, box.width, box.height / 2);
    };
    const painter = new ThrottledPaint(() => {
      const text = wording(session.cursor.get().at);
      if (text === shown) return;
      shown = text;
      draw();
    }, READOUT_INTERVAL_MS);
    const unsubscribe = session.cursor.subscribe(() => painter.schedule());
    const observer = new ResizeObserver(() => {
      measure();
      draw();
    });
    observer.observe(canvas);
    shown = wording(session.cursor.get().at);
    measure();
    draw();
    return () => {
      unsubscribe();
      observer.disconnect();
      painter.cancel();
    };
  }, [session, t, locale]);
  return (
    <p className="cursor-readout" aria-hidden="true">
      <canvas ref={canvasRef} className="cursor-readout__position" />
      <span className="cursor-readout__zoom">
        {t("zoomLevel", { value: formatNumber(locale, scale, 1) })}
      </span>
    </p>
  );
}

/** Ten readings a second: readable, and a canvas copy in one frame of six instead of each. */
const READOUT_INTERVAL_MS = 100;

/** Stand-ins for the numbers in the readout's worded template. */
const X_SLOT = "\u0001";
const Y_SLOT = "\u0002";

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
