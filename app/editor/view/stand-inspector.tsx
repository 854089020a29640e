import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { boxOptionLabel } from "./box-option-label";
import { Link, useParams } from "react-router";
import { useLocale } from "~/components/use-locale";
import { formatDecimal as formatNumber } from "./number-format";
import { standStatuses, type StandStatus } from "../../../floorplans/format/schema";
import {
  assignExhibitor,
  setStandProps,
  unassignExhibitor,
  type Plan,
  type Stand,
  type StandProps,
} from "../model";
import { CommitField, parseDecimal } from "./commit-field";
import { useSettledPlan, type EditorSession } from "./session";
import { boxLoads, countOpenSides, standDemands } from "./stand-metrics";

/** The selected stand's properties; every edit is a setStandProps (or an assignment) command. */
export function StandInspector({
  session,
  plan,
  stand,
}: {
  session: EditorSession;
  plan: Plan;
  stand: Stand;
}) {
  const { t } = useTranslation(["editor", "common"]);
  const locale = useLocale();
  const { store, canEdit } = session;
  const disabled = !canEdit;
  const set = (props: StandProps) => store.dispatch(setStandProps, { ids: [stand.id], props }).ok;
  const setNumber = (key: "width" | "depth" | "rotation") => (text: string) =>
    set({ [key]: parseDecimal(text) });
  const openSides = useMemo(() => countOpenSides(plan, stand), [plan, stand]);
  // Loads and demands follow assignments, never a drag: computed on the settled plan.
  const settled = useSettledPlan(session);
  const loads = useMemo(() => boxLoads(settled), [settled]);
  const demands = useMemo(() => standDemands(settled), [settled]);
  const demand = demands.get(stand.id) ?? 0;
  const load = stand.powerBoxId === null ? undefined : loads.get(stand.powerBoxId);
  const boxes = plan.powerBoxes.filter((b) => b.hallId === stand.hallId);
  const exhibitors = useMemo(
    () => [...plan.exhibitors].sort((a, b) => a.name.localeCompare(b.name, locale)),
    [plan.exhibitors, locale],
  );
  const num = (v: number, digits = 2) => formatNumber(locale, v, Number.isInteger(v) ? 0 : digits);
  const hall = plan.halls.find((h) => h.id === stand.hallId);
  const { slug } = useParams();
  return (
    <section className="inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title" className="inspector__title">
        {t("inspector.stand", { code: stand.id })}
      </h2>
      <CommitField
        label={t("inspector.code")}
        value={stand.id}
        disabled={disabled}
        onCommit={(code) => set({ code })}
      />
      <CommitField
        label={t("inspector.label")}
        value={stand.label ?? ""}
        disabled={disabled}
        onCommit={(label) => set({ label })}
      />
      <div className="inspector__row">
        <CommitField
          label={t("inspector.width")}
          type="number"
          value={String(stand.width)}
          disabled={disabled}
          onCommit={setNumber("width")}
        />
        <CommitField
          label={t("inspector.depth")}
          type="number"
          value={String(stand.depth)}
          disabled={disabled}
          onCommit={setNumber("depth")}
        />
        <CommitField
          label={t("inspector.rotation")}
          type="number"
          value={String(stand.rotation)}
          disabled={disabled}
          onCommit={setNumber("rotation")}
        />
      </div>
      <dl className="inspector__facts">
        <dt>{t("inspector.hall")}</dt>
        <dd>{hall?.name ?? stand.hallId}</dd>
        <dt>{t("inspector.area")}</dt>
        <dd>{t("units.m2", { value: num(stand.width * stand.depth) })}</dd>
        <dt>{t("inspector.openSides")}</dt>
        <dd data-testid="open-sides">{openSides}</dd>
        <dt>{t("inspector.demand")}</dt>
        <dd>{t("units.kw", { value: num(demand) })}</dd>
        <dt>{t("inspector.load")}</dt>
        <dd className={load && load.demandKw > load.capacityKw ? "inspector__over" : undefined}>
          {load
            ? t("inspector.loadValue", { demand: num(load.demandKw), capacity: num(load.capacityKw) })
            : "—"}
        </dd>
      </dl>
      <div className="editor-field">
        <label htmlFor="inspector-status">{t("inspector.status")}</label>
        <select
          id="inspector-status"
          value={stand.status ?? "available"}
          disabled={disabled}
          onChange={(e) => set({ status: e.currentTarget.value as StandStatus })}
        >
          {standStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`common:standStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="editor-check">
        <input
          type="checkbox"
          checked={stand.covered}
          disabled={disabled}
          onChange={(e) => set({ covered: e.currentTarget.checked })}
        />
        {t("inspector.covered")}
      </label>
      <div className="editor-field">
        <label htmlFor="inspector-box">{t("inspector.powerBox")}</label>
        <select
          id="inspector-box"
          value={stand.powerBoxId ?? ""}
          disabled={disabled}
          onChange={(e) => set({ powerBoxId: e.currentTarget.value || null })}
        >
          <option value="">{t("inspector.noBox")}</option>
          {boxes.map((b) => (
            <option key={b.id} value={b.id}>
              {boxOptionLabel(b)}
            </option>
          ))}
        </select>
      </div>
      <div className="editor-field">
        <label htmlFor="inspector-exhibitor">{t("inspector.exhibitor")}</label>
        <select
          id="inspector-exhibitor"
          value={stand.exhibitorId ?? ""}
          disabled={disabled || stand.status === "blocked"}
          onChange={(e) => {
            const exhibitorId = e.currentTarget.value;
            if (exhibitorId) store.dispatch(assignExhibitor, { standId: stand.id, exhibitorId });
            else store.dispatch(unassignExhibitor, { standId: stand.id });
          }}
        >
          <option value="">{t("inspector.noExhibitor")}</option>
          {exhibitors.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </div>
      {canEdit && stand.exhibitorId !== null ? (
        <button
          type="button"
          className="editor-button"
          onClick={() => store.dispatch(unassignExhibitor, { standId: stand.id })}
        >
          {t("inspector.unassign")}
        </button>
      ) : null}
      <CommitField
        label={t("inspector.notes")}
        value={stand.notes ?? ""}
        multiline
        disabled={disabled}
        onCommit={(notes) => set({ notes })}
      />
      {slug ? (
        <p className="inspector__note">
          <Link to={`/admin/events/${slug}/exports?stands=${encodeURIComponent(stand.id)}`}>
            {t("inspector.setupSheet")}
          </Link>{" "}
          <span>{t("inspector.setupSheetHint")}</span>
        </p>
      ) : null}
    </section>
  );
}
