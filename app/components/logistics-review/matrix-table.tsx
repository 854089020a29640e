import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { formatNumber } from "~/i18n/format";
import { checklistStatuses } from "~/models/logistics-status";
import type { MatrixCounts, MatrixForm, MatrixRow } from "~/models/logistics-matrix.server";
import { LogisticsStatusBadge } from "./status-badge";

type Serialized<T> = { [K in keyof T]: T[K] extends Date ? Date | string : T[K] };

/** Exhibitors down, forms across; a cell with a sent form links to its review page. */
export function MatrixTable({
  forms,
  rows,
  counts,
  base,
  timeZone,
}: {
  forms: Serialized<MatrixForm>[];
  rows: MatrixRow[];
  counts: Partial<MatrixCounts>;
  base: string;
  timeZone: string;
}) {
  const { t } = useTranslation("logisticsReview");
  const locale = useLocale();
  const day = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "short", timeZone });
  return (
    <>
      <div className="lr-matrix-wrap">
        <table className="lr-matrix">
          <caption className="review-table__caption">{t("matrix.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("matrix.exhibitor")}</th>
              <th scope="col">{t("matrix.missing")}</th>
              {forms.map((form) => (
                <th key={form.kind} scope="col" className="lr-matrix__form">
                  {t(`kinds.${form.kind}`)}
                  <small>
                    {form.mandatory ? t("matrix.mandatory") : t("matrix.optional")} ·{" "}
                    {t("matrix.due", { date: day.format(new Date(form.dueAt)) })}
                  </small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.applicationId}>
                <th scope="row">{row.organisationName}</th>
                <td>{formatNumber(locale, row.missing)}</td>
                {row.cells.map((cell) => {
                  const label = t("matrix.open", {
                    form: t(`kinds.${cell.kind}`),
                    organisation: row.organisationName,
                    status: t(`status.${cell.status}`),
                  });
                  return (
                    <td key={cell.kind}>
                      {cell.submissionId ? (
                        <Link to={`${base}/review/${cell.submissionId}`} aria-label={label}>
                          <LogisticsStatusBadge status={cell.status} />
                        </Link>
                      ) : (
                        <LogisticsStatusBadge status={cell.status} />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="lr-counts" aria-labelledby="lr-counts-title">
        <h2 id="lr-counts-title">{t("matrix.countsTitle")}</h2>
        <div className="lr-matrix-wrap">
          <table className="lr-matrix">
            <caption className="review-table__caption">{t("matrix.countsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("matrix.form")}</th>
                {checklistStatuses.map((status) => (
                  <th key={status} scope="col">
                    <LogisticsStatusBadge status={status} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {forms.map((form) => (
                <tr key={form.kind}>
                  <th scope="row">{t(`kinds.${form.kind}`)}</th>
                  {checklistStatuses.map((status) => (
                    <td key={status}>{formatNumber(locale, counts[form.kind]?.[status] ?? 0)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
