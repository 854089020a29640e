import { useTranslation } from "react-i18next";
import { FeatureInspector } from "./feature-inspector";
import { MultiInspector } from "./multi-inspector";
import { useEditorState, type EditorSession } from "./session";
import { StandInspector } from "./stand-inspector";

/** The side panel showing what is selected: one stand, one other element, or several. */
export function Inspector({ session }: { session: EditorSession }) {
  const { t } = useTranslation("editor");
  const plan = useEditorState(session, (s) => s.doc.plan);
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
    if (kind !== "stand") return <FeatureInspector session={session} plan={plan} target={{ kind, id }} />;
    const stand = plan.stands.find((s) => s.id === id);
    return stand ? <StandInspector session={session} plan={plan} stand={stand} /> : null;
  }
  return <MultiInspector session={session} plan={plan} selection={selection} />;
}
