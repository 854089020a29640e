import { Form } from "react-router";
import { useTranslation } from "react-i18next";
import type { ApplicationDetail } from "~/models/application-detail.server";
import { formatDateTime } from "~/i18n/format";
import { FormField, useFocusOnErrors } from "../form/form-field";
import { useLocale } from "../use-locale";
import type { DetailActionData } from "./detail-action";

type NoteResult = Extract<DetailActionData, { intent: "note" }>;

/** The organisers' internal notes, newest first, and a form to add one. */
export function NotesPanel(props: {
  notes: ApplicationDetail["notes"];
  canWrite: boolean;
  result: NoteResult | null;
}) {
  const { notes, canWrite, result } = props;
  const { t } = useTranslation("review");
  const locale = useLocale();
  const error = result && !result.ok ? result.errors.body : undefined;
  const formRef = useFocusOnErrors(error ? result : null);
  return (
    <section className="review-section" aria-labelledby="review-notes-title">
      <h2 id="review-notes-title" className="section-title">
        {t("notes.title")}
      </h2>
      <p className="page__meta">{t("notes.intro")}</p>
      {notes.length === 0 ? (
        <p>{t("notes.empty")}</p>
      ) : (
        <ol className="review-notes">
          {notes.map((note) => (
            <li key={note.id}>
              <p className="review-pre">{note.body}</p>
              <p className="review-notes__by">
                {t("notes.by", {
                  author: note.authorName || t("notes.unknownAuthor"),
                  date: formatDateTime(locale, note.createdAt),
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
      {result?.ok ? (
        <p role="status" className="form-notice">
          {t("notes.added")}
        </p>
      ) : null}
      {canWrite ? (
        // A fresh key after each added note empties the field.
        <Form method="post" className="review-form" key={notes.length} ref={formRef}>
          <input type="hidden" name="intent" value="note" />
          <FormField
            name="body"
            label={t("notes.body")}
            rows={3}
            maxLength={5000}
            error={error ? t(`errors.${error}`) : undefined}
          />
          <button type="submit" className="button">
            {t("notes.add")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
