import type { ParseKeys } from "i18next";
import { useTranslation } from "react-i18next";
import type { CommandError } from "../model";
import { useEditorState, type EditorSession } from "./session";

/** The text of a refused command: every reason of the model has one in both languages (tested). */
export function useCommandErrorText(): (error: CommandError) => string {
  const { t } = useTranslation("editor");
  return (error) => {
    const values = Object.fromEntries(Object.entries(error.details ?? {}).map(([k, v]) => [k, String(v)]));
    // `satisfies` checks at compile time that every reason of the model has a message; i18next
    // cannot type interpolation over a union of keys, so the call goes through its
    // default-value overload (the reason code, which the check above makes unreachable).
    const key = `commandErrors.${error.reason}` as const satisfies ParseKeys<"editor">;
    return t(key, { ...values, defaultValue: error.reason });
  };
}

/** Why the last command was refused, in words (the model only names the reason). */
export function CommandErrorMessage({ session }: { session: EditorSession }) {
  const text = useCommandErrorText();
  const error = useEditorState(session, (s) => s.error);
  return (
    <p className="editor-command-error" role="alert" aria-live="assertive">
      {error ? text(error) : null}
    </p>
  );
}
