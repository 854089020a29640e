import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker } from "react-router";
import { EditorDialog } from "./editor-dialog";
import { useEditorState, type EditorSession } from "./session";

/**
 * While the plan has unsaved changes, leaving the page asks first: the browser's own prompt for a
 * reload, a closed tab or a typed address, and this dialog for a link inside the app (which
 * would otherwise unmount the editor, and the changes with it, without a word). A save that lands
 * while the dialog is open (autosave) leaves nothing to lose: the navigation then goes ahead.
 */
export function LeaveGuard({ session }: { session: EditorSession }) {
  const { t } = useTranslation("editor");
  const dirty = useEditorState(session, (s) => s.dirty) && session.canEdit;

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (blocker.state === "blocked" && !dirty) blocker.proceed();
  }, [blocker, dirty]);

  const reset = () => {
    if (blocker.state === "blocked") blocker.reset();
  };
  return (
    <EditorDialog
      open={blocker.state === "blocked"}
      title={t("leave.title")}
      body={t("leave.body")}
      onCancel={reset}
      safe={stay}
    >
      <button type="button" className="editor-button" ref={stay} onClick={reset}>
        {t("leave.stay")}
      </button>
      <button
        type="button"
        className="editor-button editor-button--danger"
        onClick={() => blocker.state === "blocked" && blocker.proceed()}
      >
        {t("leave.leave")}
      </button>
    </EditorDialog>
  );
}
