import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { applicationQuerySearch, type ApplicationQuery } from "~/models/application-query";

export function Pagination({
  query,
  page,
  pageCount,
}: {
  query: ApplicationQuery;
  page: number;
  pageCount: number;
}) {
  const { t } = useTranslation("review");
  if (pageCount <= 1) return null;
  const to = (target: number) => applicationQuerySearch({ ...query, page: target });
  return (
    <nav className="review-pagination" aria-label={t("list.pagination")}>
      {page > 1 ? <Link to={to(page - 1)}>{t("list.previous")}</Link> : null}
      <span aria-current="page">{t("list.page", { page: String(page), pageCount: String(pageCount) })}</span>
      {page < pageCount ? <Link to={to(page + 1)}>{t("list.next")}</Link> : null}
    </nav>
  );
}
