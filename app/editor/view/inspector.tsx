import { memo } from "react";
import { useTranslation } from "react-i18next";
import { FeatureInspector } from "./feature-inspector";
import { MultiInspector } from "./multi-inspector";
import { useEditorState, useSettledPlan, type EditorSession } from "./session";
import { StandInspector } from "./stand-inspector";

function selectionKey(selection: readonly { kind: string; id: string }[]): string {
  return selection.map((r) => `${r.kind}:${r.id}`).join(",");
}

/**
 * The side panel showing what is selected: one stand, one other element, or several. It reads the
 * settled plan: during a drag it shows the values from before the drag and catches up when the
 * gesture ends (re-rendering a form per pointer move would cost more than the move itself).
 */
export const Inspector = memo(function Inspector({ session }: { session: EditorSession }) {
  const { t } = useTranslation("editor");
  const plan = useSettledPlan(session);
  const selection = useEditorState(session, (s) => s.doc.selection);
  const only = selection.length === 1 ? selection[0] : undefined;
  if (selection.length === 0) {
    return (
      <section className="inspector" aria-labelledby="inspector-title">
        <h2 id="inspector-title" className="inspector__title">
          {t("inspector.title")}
        </h2>
        <p className="inspector__empty">{t("inspector.empty")}</p>
      </section>
    );
  }
  if (only) {
    const { kind, id } = only;
    // Keyed on what it shows: a field being typed in must not carry its text over to the next
    // element selected (its form is another one, even where a value is the same).
    if (kind !== "stand")
      return <FeatureInspector key={`${kind}:${id}`} session={session} plan={plan} target={{ kind, id }} />;
    const stand = plan.stands.find((s) => s.id === id);
    return stand ? <StandInspector key={`stand:${id}`} session={session} plan={plan} stand={stand} /> : null;
  }
  return <MultiInspector key={selectionKey(selection)} session={session} plan={plan} selection={selection} />;
});
