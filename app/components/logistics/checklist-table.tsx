import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/i18n/format";
import type { ChecklistRow } from "~/models/logistics-forms.server";
import { useLocale } from "../use-locale";
import { LogisticsStatusBadge } from "./status-badge";

/** The exhibitor's forms: one row each, the form's name links to its page. */
export function ChecklistTable({ rows, base }: { rows: ChecklistRow[]; base: string }) {
  const { t } = useTranslation("logistics");
  const locale = useLocale();
  return (
    <table className="data-table logistics-checklist">
      <thead>
        <tr>
          <th scope="col">{t("columns.form")}</th>
          <th scope="col">{t("columns.status")}</th>
          <th scope="col">{t("columns.deadline")}</th>
          <th scope="col">{t("columns.mandatory")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.kind} className={`logistics-checklist__row logistics-checklist__row--${row.status}`}>
            <th scope="row">
              <Link to={`${base}/${row.kind}`}>{t(`kinds.${row.kind}`)}</Link>
              {row.documents > 0 ? (
                <span className="logistics-checklist__docs">
                  {t("documentsCount", { count: row.documents })}
                </span>
              ) : null}
              {row.rejectionReason ? (
                <p className="logistics-checklist__reason">
                  {t("rejectedBecause", { reason: row.rejectionReason })}
                </p>
              ) : null}
            </th>
            <td>
              <LogisticsStatusBadge status={row.status} />
            </td>
            <td>{formatDateTime(locale, new Date(row.dueAt))}</td>
            <td>{row.mandatory ? t("mandatory") : t("optional")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
