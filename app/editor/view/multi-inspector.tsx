import { useState } from "react";
import { useTranslation } from "react-i18next";
import { boxOptionLabel } from "./box-option-label";
import { standStatuses, type StandStatus } from "../../../floorplans/format/schema";
import { renumberStands, setStandProps, swapExhibitors, type EntityRef, type Plan } from "../model";
import type { EditorSession } from "./session";

/** Several things selected: statuses and boxes in bulk, renumbering, and swapping two exhibitors. */
export function MultiInspector({
  session,
  plan,
  selection,
}: {
  session: EditorSession;
  plan: Plan;
  selection: readonly EntityRef[];
}) {
  const { t } = useTranslation(["editor", "common"]);
  const { store, canEdit } = session;
  const ids = selection.filter((r) => r.kind === "stand").map((r) => r.id);
  const [status, setStatus] = useState<StandStatus>("available");
  const [box, setBox] = useState("");
  const [prefix, setPrefix] = useState("A");
  const [start, setStart] = useState("1");
  const halls = new Set(plan.stands.filter((s) => ids.includes(s.id)).map((s) => s.hallId));
  const boxes = plan.powerBoxes.filter((b) => halls.size === 1 && halls.has(b.hallId));
  return (
    <section className="inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title" className="inspector__title">
        {t("inspector.multiple", { n: String(selection.length) })}
      </h2>
      {canEdit && ids.length > 0 ? (
        <>
          <form
            className="inspector__bulk"
            onSubmit={(e) => {
              e.preventDefault();
              store.dispatch(setStandProps, { ids, props: { status } });
            }}
          >
            <label className="editor-field">
              <span>{t("inspector.setStatus")}</span>
              <select value={status} onChange={(e) => setStatus(e.currentTarget.value as StandStatus)}>
                {standStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`common:standStatus.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="editor-button">
              {t("inspector.apply")}
            </button>
          </form>
          {boxes.length > 0 ? (
            <form
              className="inspector__bulk"
              onSubmit={(e) => {
                e.preventDefault();
                store.dispatch(setStandProps, { ids, props: { powerBoxId: box || null } });
              }}
            >
              <label className="editor-field">
                <span>{t("inspector.setBox")}</span>
                <select value={box} onChange={(e) => setBox(e.currentTarget.value)}>
                  <option value="">{t("inspector.noBox")}</option>
                  {boxes.map((b) => (
                    <option key={b.id} value={b.id}>
                      {boxOptionLabel(b)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="editor-button">
                {t("inspector.apply")}
              </button>
            </form>
          ) : null}
          <form
            className="inspector__bulk"
            onSubmit={(e) => {
              e.preventDefault();
              store.dispatch(renumberStands, { ids, prefix, start: Number(start) });
            }}
          >
            <label className="editor-field">
              <span>{t("inspector.prefix")}</span>
              <input value={prefix} size={4} onChange={(e) => setPrefix(e.currentTarget.value)} />
            </label>
            <label className="editor-field">
              <span>{t("inspector.start")}</span>
              <input
                type="number"
                min={0}
                value={start}
                size={4}
                onChange={(e) => setStart(e.currentTarget.value)}
              />
            </label>
            <button type="submit" className="editor-button">
              {t("inspector.renumber")}
            </button>
          </form>
          {ids.length === 2 ? (
            <button
              type="button"
              className="editor-button"
              onClick={() => store.dispatch(swapExhibitors, { a: ids[0]!, b: ids[1]! })}
            >
              {t("inspector.swap")}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
