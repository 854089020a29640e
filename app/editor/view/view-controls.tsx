import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { formatDecimal as formatNumber } from "./number-format";
import { ActionButton } from "./action-button";
import { useEditorState, useUi, type EditorSession } from "./session";
import { COLOUR_MODES, type ColourMode } from "./stand-colours";
import { ZOOM_STEP, zoomBy, zoomToSelection, zoomToVisibleHalls } from "./view-commands";

/** Grid steps offered (metres): trade-fair plans are drawn to the half metre, rarely finer. */
const GRID_STEPS = [0.1, 0.25, 0.5, 1, 2];

export function ViewControls({ session }: { session: EditorSession }) {
  const { t } = useTranslation("editor");
  const locale = useLocale();
  const gridM = useEditorState(session, (s) => s.settings.gridM);
  const hasSelection = useEditorState(session, (s) => s.doc.selection.length > 0);
  const colourMode = useUi(session, (s) => s.colourMode);
  return (
    <div className="editor-toolbar__group" role="group" aria-label={t("toolbar.view")}>
      <ActionButton label={t("actions.zoomIn")} shortcut="+" onClick={() => zoomBy(session, ZOOM_STEP)}>
        +
      </ActionButton>
      <ActionButton label={t("actions.zoomOut")} shortcut="-" onClick={() => zoomBy(session, 1 / ZOOM_STEP)}>
        −
      </ActionButton>
      <ActionButton
        label={t("actions.zoomToFit")}
        shortcut="Shift+1"
        onClick={() => zoomToVisibleHalls(session)}
      />
      <ActionButton
        label={t("actions.zoomToSelection")}
        shortcut="Shift+2"
        disabled={!hasSelection}
        onClick={() => zoomToSelection(session)}
      />
      <label className="editor-field editor-field--inline" title={t("grid.hint")}>
        <span>{t("grid.label")}</span>
        <select value={gridM} onChange={(e) => session.store.setGrid(Number(e.currentTarget.value))}>
          {GRID_STEPS.map((step) => (
            <option key={step} value={step}>
              {t("grid.value", { value: formatNumber(locale, step, step < 0.5 ? 2 : 1) })}
            </option>
          ))}
        </select>
      </label>
      <label className="editor-field editor-field--inline">
        <span>{t("colour.label")}</span>
        <select
          value={colourMode}
          onChange={(e) => session.ui.set({ colourMode: e.currentTarget.value as ColourMode })}
        >
          {COLOUR_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`colour.${mode}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
