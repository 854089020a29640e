import { useTranslation } from "react-i18next";
import { useSettledPlan, useUi, type EditorSession } from "./session";
import { switchHall } from "./view-commands";

/** Every hall of the event, grouped by venue (a venue's halls are drawn together). */
export function HallSwitcher({ session }: { session: EditorSession }) {
  const { t } = useTranslation("editor");
  const plan = useSettledPlan(session);
  const hallId = useUi(session, (s) => s.hallId);
  const venues = [...new Set(plan.halls.map((h) => h.venue ?? ""))];
  const current = plan.halls.find((h) => h.id === hallId);
  return (
    <div className="hall-switcher">
      <label className="editor-field editor-field--inline">
        <span>{t("hall.label")}</span>
        <select value={hallId} onChange={(e) => switchHall(session, e.currentTarget.value)}>
          {venues.map((venue) => (
            <optgroup key={venue} label={venue || t("hall.noVenue")}>
              {plan.halls
                .filter((h) => (h.venue ?? "") === venue)
                .map((h) => (
                  <option key={h.id} value={h.id}>
                    {h.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <p className="hall-switcher__venue">
        {current?.venue ? t("hall.venue", { venue: current.venue }) : t("hall.noVenue")}
      </p>
    </div>
  );
}
