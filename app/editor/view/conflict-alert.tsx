import { useTranslation } from "react-i18next";
import { useRevalidator } from "react-router";
import { serializePlan } from "../../../floorplans/format/serialize";
import type { EditorStore } from "../model";

/** Offers the local plan as a file, so that reloading the server's version loses nothing. */
function downloadLocalPlan(store: EditorStore, slug: string): void {
  const text = serializePlan(store.getState().doc.plan);
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `plan-${slug}-local.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Someone else saved first: nothing was overwritten; reload their version, keep ours as a file. */
export function ConflictAlert({
  store,
  slug,
  currentVersion,
  mine,
}: {
  store: EditorStore;
  slug: string;
  currentVersion: number;
  mine: number;
}) {
  const { t } = useTranslation("editor");
  const revalidator = useRevalidator();
  return (
    <div className="editor-alert editor-alert--conflict" role="alert">
      <p className="editor-alert__title">{t("conflict.title")}</p>
      <p>{t("conflict.body", { current: String(currentVersion), mine: String(mine) })}</p>
      <div className="editor-alert__actions">
        <button
          type="button"
          className="editor-button editor-button--primary"
          disabled={revalidator.state !== "idle"}
          onClick={() => void revalidator.revalidate()}
        >
          {t("conflict.reload")}
        </button>
        <button type="button" className="editor-button" onClick={() => downloadLocalPlan(store, slug)}>
          {t("conflict.download")}
        </button>
      </div>
    </div>
  );
}
