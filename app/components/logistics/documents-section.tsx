import { Form } from "react-router";
import { useTranslation } from "react-i18next";
import { formatNumber } from "~/i18n/format";
import type { DocumentView } from "~/models/logistics-forms.server";
import { useLocale } from "../use-locale";

function size(locale: "fr" | "en", bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${formatNumber(locale, bytes / (1024 * 1024), 1)} ${locale === "fr" ? "Mo" : "MB"}`
    : `${formatNumber(locale, Math.max(1, Math.round(bytes / 1024)))} ${locale === "fr" ? "ko" : "kB"}`;
}

/**
 * The documents attached to the submission, each with a remove button (asks first) while the form is
 * open. Opening a document goes through the authorised download route.
 */
export function DocumentsSection({
  documents,
  version,
  editable,
  downloadHref,
}: {
  documents: DocumentView[];
  version: number;
  editable: boolean;
  downloadHref: (id: number) => string;
}) {
  const { t } = useTranslation("logistics");
  const locale = useLocale();
  return (
    <section aria-labelledby="documents-title" className="logistics-documents">
      <h3 id="documents-title" className="logistics-documents__title">
        {t("fields.documents")}
      </h3>
      {documents.length === 0 ? (
        <p className="card__note">{t("fields.noDocuments")}</p>
      ) : (
        <ul className="logistics-documents__list">
          {documents.map((doc) => (
            <li key={doc.id} className="logistics-documents__item">
              <a href={downloadHref(doc.id)}>{doc.fileName}</a>{" "}
              <span className="card__note">({size(locale, doc.sizeBytes)})</span>
              {editable ? (
                <Form
                  method="post"
                  className="logistics-documents__remove"
                  onSubmit={(event) => {
                    if (!window.confirm(t("fields.confirmRemove", { name: doc.fileName })))
                      event.preventDefault();
                  }}
                >
                  <input type="hidden" name="intent" value="removeDocument" />
                  <input type="hidden" name="documentId" value={doc.id} />
                  <input type="hidden" name="version" value={version} />
                  <button type="submit" className="button button--quiet">
                    {t("fields.removeDocument", { name: doc.fileName })}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
