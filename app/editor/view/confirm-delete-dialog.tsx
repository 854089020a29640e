import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { findAction } from "../model";
import { EditorDialog } from "./editor-dialog";
import { useEditorState, type EditorSession } from "./session";

/** The model asks before deleting (state.confirm); this modal dialog is how the view asks. */
export function ConfirmDeleteDialog({ session }: { session: EditorSession }) {
  const { t } = useTranslation("editor");
  const confirm = useEditorState(session, (s) => s.confirm);
  const cancel = useRef<HTMLButtonElement>(null);
  const perform = (name: "delete" | "escape", confirmed = false) => {
    const action = findAction(name);
    if (action) session.store.perform(action, confirmed ? { confirmed: true } : undefined);
  };
  return (
    <EditorDialog
      open={confirm !== null}
      title={t("confirmDelete.title", { n: String(confirm?.refs.length ?? 0) })}
      body={t("confirmDelete.body")}
      onCancel={() => perform("escape")}
      safe={cancel}
    >
      <button
        type="button"
        className="editor-button editor-button--danger"
        onClick={() => perform("delete", true)}
      >
        {t("confirmDelete.confirm")}
      </button>
      <button type="button" className="editor-button" ref={cancel} onClick={() => perform("escape")}>
        {t("confirmDelete.cancel")}
      </button>
    </EditorDialog>
  );
}
