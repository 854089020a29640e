import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { findAction } from "../model";
import { useEditorState, type EditorSession } from "./session";

/**
 * The model asks before deleting (state.confirm); this modal dialog is how the view asks. A
 * native <dialog> opened with showModal traps focus, closes on Escape and gives focus back.
 */
export function ConfirmDeleteDialog({ session }: { session: EditorSession }) {
  const { t } = useTranslation("editor");
  const confirm = useEditorState(session, (s) => s.confirm);
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (confirm && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first button, « Supprimer »: the safe choice takes the focus, so that
      // Enter does not delete. (React's autoFocus acts at mount, before the dialog is open.)
      cancel.current?.focus();
    }
    if (!confirm && dialog.open) dialog.close();
  }, [confirm]);
  const perform = (name: "delete" | "escape", confirmed = false) => {
    const action = findAction(name);
    if (action) session.store.perform(action, confirmed ? { confirmed: true } : undefined);
  };
  return (
    <dialog
      ref={ref}
      className="editor-dialog"
      aria-labelledby="confirm-delete-title"
      aria-describedby="confirm-delete-body"
      onCancel={(e) => {
        e.preventDefault();
        perform("escape");
      }}
    >
      <h2 id="confirm-delete-title">{t("confirmDelete.title", { n: String(confirm?.refs.length ?? 0) })}</h2>
      <p id="confirm-delete-body">{t("confirmDelete.body")}</p>
      <div className="editor-dialog__actions">
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
      </div>
    </dialog>
  );
}
