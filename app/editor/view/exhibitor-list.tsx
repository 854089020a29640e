import { memo, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { formatDecimal as formatNumber } from "./number-format";
import { assignExhibitor, type Exhibitor } from "../model";
import { EXHIBITOR_DRAG_TYPE, filterExhibitors, NO_FILTER, type ExhibitorFilter } from "./exhibitor-filter";
import { useEditorState, useSettledPlan, type EditorSession } from "./session";

/**
 * The plan's exhibitors (accepted applications), unplaced first. Each one can be dragged onto a
 * stand of the canvas, or — from the keyboard — given to the selected stand with « Attribuer ».
 */
export const ExhibitorList = memo(function ExhibitorList({ session }: { session: EditorSession }) {
  const { t } = useTranslation("editor");
  const locale = useLocale();
  const plan = useSettledPlan(session);
  const [filter, setFilter] = useState<ExhibitorFilter>(NO_FILTER);
  const collator = useMemo(() => new Intl.Collator(locale), [locale]);
  const rows = useMemo(() => filterExhibitors(plan, filter, collator), [plan, filter, collator]);
  const target = useEditorState(session, (s) =>
    s.doc.selection.length === 1 && s.doc.selection[0]!.kind === "stand" ? s.doc.selection[0]!.id : null,
  );
  const pavilions = plan.zones.filter((z) => z.kind === "pavilion");
  const pavilionName = (id: string | null) => pavilions.find((z) => z.id === id)?.name ?? id;
  const update = (patch: Partial<ExhibitorFilter>) => setFilter((f) => ({ ...f, ...patch }));
  return (
    <section className="exhibitor-list" aria-labelledby="exhibitors-title">
      <h2 id="exhibitors-title" className="editor-panel__title">
        {t("exhibitors.title")}{" "}
        <span className="editor-panel__count">
          {t("exhibitors.count", { shown: String(rows.length), total: String(plan.exhibitors.length) })}
        </span>
      </h2>
      <div className="exhibitor-list__filters" role="search">
        <label className="editor-field">
          <span>{t("exhibitors.search")}</span>
          <input
            type="search"
            value={filter.query}
            onChange={(e) => update({ query: e.currentTarget.value })}
          />
        </label>
        <label className="editor-field">
          <span>{t("exhibitors.pavilion")}</span>
          <select value={filter.pavilion} onChange={(e) => update({ pavilion: e.currentTarget.value })}>
            <option value="all">{t("exhibitors.allPavilions")}</option>
            <option value="none">{t("exhibitors.noPavilion")}</option>
            {pavilions.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name ?? z.id}
              </option>
            ))}
          </select>
        </label>
        <label className="editor-field">
          <span>{t("exhibitors.area")}</span>
          <select
            value={filter.area}
            onChange={(e) => update({ area: e.currentTarget.value as ExhibitorFilter["area"] })}
          >
            <option value="all">{t("exhibitors.allAreas")}</option>
            <option value="small">{t("exhibitors.areaSmall")}</option>
            <option value="medium">{t("exhibitors.areaMedium")}</option>
            <option value="large">{t("exhibitors.areaLarge")}</option>
          </select>
        </label>
        <label className="editor-field">
          <span>{t("exhibitors.power")}</span>
          <select
            value={filter.power}
            onChange={(e) => update({ power: e.currentTarget.value as ExhibitorFilter["power"] })}
          >
            <option value="all">{t("exhibitors.allPower")}</option>
            <option value="none">{t("exhibitors.powerNone")}</option>
            <option value="low">{t("exhibitors.powerLow")}</option>
            <option value="high">{t("exhibitors.powerHigh")}</option>
          </select>
        </label>
      </div>
      {session.canEdit ? <p className="editor-hint">{t("exhibitors.dragHint")}</p> : null}
      {rows.length === 0 ? <p className="editor-hint">{t("exhibitors.empty")}</p> : null}
      <ul className="exhibitor-list__items">
        {rows.map(({ exhibitor, stands }) => (
          <ExhibitorCard
            key={exhibitor.id}
            session={session}
            exhibitor={exhibitor}
            stands={stands.join(", ")}
            pavilion={exhibitor.pavilionId ? pavilionName(exhibitor.pavilionId) : null}
            target={target}
          />
        ))}
      </ul>
    </section>
  );
});

/**
 * One exhibitor. Memoised on plain values: with hundreds of exhibitors, a change to one
 * assignment re-renders (and re-words) one card, not the list.
 */
const ExhibitorCard = memo(function ExhibitorCard({
  session,
  exhibitor,
  stands,
  pavilion,
  target,
}: {
  session: EditorSession;
  exhibitor: Exhibitor;
  /** The codes of its stands, comma-separated; "" when unplaced. */
  stands: string;
  pavilion: string | null;
  target: string | null;
}) {
  const { t } = useTranslation("editor");
  const locale = useLocale();
  return (
    <li
      className={`exhibitor-card${stands === "" ? " exhibitor-card--unplaced" : ""}`}
      draggable={session.canEdit}
      data-exhibitor-id={exhibitor.id}
      onDragStart={(e) => {
        e.dataTransfer.setData(EXHIBITOR_DRAG_TYPE, exhibitor.id);
        e.dataTransfer.setData("text/plain", exhibitor.name);
        e.dataTransfer.effectAllowed = "link";
      }}
    >
      <span className="exhibitor-card__name">{exhibitor.name}</span>
      <span className="exhibitor-card__meta">
        {t("exhibitors.requested", {
          area: formatNumber(
            locale,
            exhibitor.requestedAreaM2,
            Number.isInteger(exhibitor.requestedAreaM2) ? 0 : 1,
          ),
          power: formatNumber(locale, exhibitor.powerKw, Number.isInteger(exhibitor.powerKw) ? 0 : 1),
        })}
        {pavilion ? ` · ${pavilion}` : ""}
      </span>
      <span className="exhibitor-card__state">
        {stands !== "" ? t("exhibitors.placed", { stands }) : t("exhibitors.unplaced")}
      </span>
      {session.canEdit && target !== null ? (
        <button
          type="button"
          className="editor-button editor-button--small"
          aria-label={t("exhibitors.assignTo", { name: exhibitor.name, stand: target })}
          onClick={() =>
            session.store.dispatch(assignExhibitor, { standId: target, exhibitorId: exhibitor.id })
          }
        >
          {t("exhibitors.assign")}
        </button>
      ) : null}
    </li>
  );
});
