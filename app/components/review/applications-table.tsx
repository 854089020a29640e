import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { sortLink, type ApplicationQuery, type ApplicationSort } from "~/models/application-query";
import type { ApplicationListRow } from "~/models/application-review.server";
import { formatDate, formatNumber } from "~/i18n/format";
import { useLocale } from "../use-locale";
import { countryName, sectorLabel } from "./labels";
import { StatusBadge } from "./status-badge";

export const BULK_FORM_ID = "review-bulk-form";

export interface Selection {
  selected: ReadonlySet<number>;
  toggle: (id: number) => void;
  setAll: (ids: number[], on: boolean) => void;
}

/** The review table. Checkboxes belong to the bulk form (by its id) so the table needs no form. */
export function ApplicationsTable({
  rows,
  query,
  caption,
  selection,
}: {
  rows: ApplicationListRow[];
  query: ApplicationQuery;
  caption: string;
  /** Absent for staff, who read but do not decide. */
  selection?: Selection;
}) {
  const { t } = useTranslation(["review", "common"]);
  const locale = useLocale();
  const ids = rows.map((row) => row.id);
  const allSelected =
    selection !== undefined && ids.length > 0 && ids.every((id) => selection.selected.has(id));
  const header = (sort: ApplicationSort, numeric = false) => (
    <SortHeader sort={sort} query={query} numeric={numeric} label={t(`list.columns.${sort}`)} />
  );
  return (
    <div className="review-table-wrap">
      <table className="data-table review-table">
        <caption className="review-table__caption">{caption}</caption>
        <thead>
          <tr>
            {selection ? (
              <th scope="col" className="review-table__select">
                <input
                  type="checkbox"
                  aria-label={t("bulk.selectAll")}
                  checked={allSelected}
                  onChange={(event) => selection.setAll(ids, event.currentTarget.checked)}
                />
              </th>
            ) : null}
            {header("name")}
            <th scope="col">{t("list.columns.sector")}</th>
            {header("status")}
            {header("submitted")}
            {header("area", true)}
            {header("power", true)}
            {header("score", true)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {selection ? (
                <td className="review-table__select">
                  <input
                    type="checkbox"
                    name="ids"
                    value={row.id}
                    form={BULK_FORM_ID}
                    aria-label={t("bulk.selectRow", { name: row.organisationName })}
                    checked={selection.selected.has(row.id)}
                    onChange={() => selection.toggle(row.id)}
                  />
                </td>
              ) : null}
              <th scope="row">
                <Link to={String(row.id)}>{row.organisationName}</Link>
                <span className="review-table__sub">
                  {[row.city, countryName(locale, row.country)].filter(Boolean).join(", ")}
                </span>
              </th>
              <td>{sectorLabel(locale, row.sector)}</td>
              <td>
                <StatusBadge status={row.status} />
              </td>
              <td>
                {row.submittedAt ? formatDate(locale, row.submittedAt, "short") : t("list.notSubmitted")}
              </td>
              <td className="numeric">
                {t("common:units.m2", { value: formatNumber(locale, row.requestedAreaM2, 0) })}
              </td>
              <td className="numeric">
                {t("common:units.kw", { value: formatNumber(locale, row.powerKw, 1) })}
              </td>
              <td className="numeric">
                {row.averageScore === null ? (
                  t("list.noScore")
                ) : (
                  <>
                    {formatNumber(locale, row.averageScore, 1)}
                    <span className="review-table__sub">{t("list.reviews", { count: row.reviewCount })}</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortHeader(props: {
  sort: ApplicationSort;
  query: ApplicationQuery;
  label: string;
  numeric: boolean;
}) {
  const { sort, query, label, numeric } = props;
  const active = query.sort === sort;
  const ariaSort = active ? (query.dir === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? "numeric" : undefined}>
      <Link to={sortLink(query, sort)} className="review-sort">
        {label}
        {active ? <span aria-hidden="true">{query.dir === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
}
