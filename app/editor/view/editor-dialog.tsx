import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * The editor's questions (delete, leave without saving): a native <dialog> opened with showModal,
 * which traps the focus, closes on Escape (`onCancel`) and gives the focus back. When it opens, the
 * safe choice takes the focus (`safe`): showModal would focus the first button, and React's autoFocus
 * acts at mount, before the dialog is open — so that Enter never takes the destructive choice.
 */
export function EditorDialog({
  open,
  title,
  body,
  onCancel,
  safe,
  children,
}: {
  open: boolean;
  title: string;
  body: string;
  onCancel: () => void;
  safe: React.RefObject<HTMLButtonElement | null>;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      safe.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, safe]);
  return (
    <dialog
      ref={ref}
      className="editor-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-body`}>{body}</p>
      <div className="editor-dialog__actions">{children}</div>
    </dialog>
  );
}
