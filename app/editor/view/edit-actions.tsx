import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { editor } from "~/i18n/locales/editor";
import { findAction, type EditorState } from "../model";
import { ActionButton } from "./action-button";
import { useEditorState, type EditorSession } from "./session";

type ActionName = keyof (typeof editor)["fr"]["actions"];
/** A model action (same name as its label key) and the keys the model binds to it. */
type Entry = readonly [name: ActionName, shortcut: string | undefined];

const HISTORY: readonly Entry[] = [
  ["undo", "Ctrl+Z"],
  ["redo", "Ctrl+Shift+Z"],
];
const EDITS: readonly Entry[] = [
  ["duplicate", "Ctrl+D"],
  ["rotate", "R"],
  ["delete", "Delete"],
];
const ARRANGE: readonly Entry[] = [
  ["alignLeft", "Ctrl+Shift+ArrowLeft"],
  ["alignCenterX", undefined],
  ["alignRight", "Ctrl+Shift+ArrowRight"],
  ["alignTop", "Ctrl+Shift+ArrowUp"],
  ["alignCenterY", undefined],
  ["alignBottom", "Ctrl+Shift+ArrowDown"],
  ["distributeHorizontally", "Alt+H"],
  ["distributeVertically", "Alt+V"],
];
const ALL = [...HISTORY, ...EDITS, ...ARRANGE];

/** Which actions are enabled, as one string: the buttons re-render only when it changes. */
function enabledKey(state: EditorState): string {
  return ALL.map(([name]) => (findAction(name)?.enabled(state) ? "1" : "0")).join("");
}

function ActionGroup({
  session,
  entries,
  labelKey,
  isEnabled,
}: {
  session: EditorSession;
  entries: readonly Entry[];
  labelKey: "history" | "draw";
  isEnabled: (name: ActionName) => boolean;
}) {
  const { t } = useTranslation("editor");
  return (
    <div className="editor-toolbar__group" role="group" aria-label={t(`toolbar.${labelKey}`)}>
      {entries.map(([name, shortcut]) => (
        <ActionButton
          key={name}
          label={t(`actions.${name}`)}
          shortcut={shortcut}
          disabled={!isEnabled(name)}
          onClick={() => {
            const action = findAction(name);
            if (action) session.store.perform(action);
          }}
        />
      ))}
    </div>
  );
}

/** Align and distribute are used on a selection, not all the time: they fold into a menu. */
function ArrangeMenu({
  session,
  isEnabled,
}: {
  session: EditorSession;
  isEnabled: (name: ActionName) => boolean;
}) {
  const { t } = useTranslation("editor");
  const any = ARRANGE.some(([name]) => isEnabled(name));
  const menu = useRef<HTMLDetailsElement>(null);
  // The menu folds again once an action is chosen (it covers the top of the plan), or on Escape;
  // the focus goes back to its button.
  const fold = () => {
    const details = menu.current;
    if (!details?.open) return;
    details.open = false;
    details.querySelector("summary")?.focus();
  };
  return (
    <details
      ref={menu}
      className="editor-menu editor-toolbar__group"
      onKeyDown={(e) => {
        if (e.key === "Escape" && menu.current?.open) {
          e.stopPropagation();
          fold();
        }
      }}
    >
      <summary className="editor-button" aria-disabled={!any}>
        {t("toolbar.arrange")}
      </summary>
      <div className="editor-menu__items" role="group" aria-label={t("toolbar.arrange")}>
        {ARRANGE.map(([name, shortcut]) => (
          <ActionButton
            key={name}
            label={t(`actions.${name}`)}
            shortcut={shortcut}
            disabled={!isEnabled(name)}
            onClick={() => {
              const action = findAction(name);
              if (action) session.store.perform(action);
              fold();
            }}
          />
        ))}
      </div>
    </details>
  );
}

/** Undo/redo, duplicate/rotate/delete and align/distribute: each button performs one model action. */
export function EditActions({ session }: { session: EditorSession }) {
  const key = useEditorState(session, enabledKey);
  const isEnabled = (name: ActionName) => key[ALL.findIndex(([n]) => n === name)] === "1";
  return (
    <>
      <ActionGroup session={session} entries={HISTORY} labelKey="history" isEnabled={isEnabled} />
      <ActionGroup session={session} entries={EDITS} labelKey="draw" isEnabled={isEnabled} />
      <ArrangeMenu session={session} isEnabled={isEnabled} />
    </>
  );
}
