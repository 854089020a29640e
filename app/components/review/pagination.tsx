import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { applicationQuerySearch, type ApplicationQuery } from "~/models/application-query";

/**
 * Previous / next links between the pages of a list, with "page N of M" between them; nothing when
 * everything fits on one page. The words come from the caller's namespace.
 */
export function PageLinks({
  page,
  pageCount,
  hrefFor,
  labels,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  labels: { navigation: string; previous: string; next: string; current: string };
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="review-pagination" aria-label={labels.navigation}>
      {page > 1 ? <Link to={hrefFor(page - 1)}>{labels.previous}</Link> : null}
      <span aria-current="page">{labels.current}</span>
      {page < pageCount ? <Link to={hrefFor(page + 1)}>{labels.next}</Link> : null}
    </nav>
  );
}

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
  return (
    <PageLinks
      page={page}
      pageCount={pageCount}
      hrefFor={(target) => applicationQuerySearch({ ...query, page: target })}
      labels={{
        navigation: t("list.pagination"),
        previous: t("list.previous"),
        next: t("list.next"),
        current: t("list.page", { page: String(page), pageCount: String(pageCount) }),
      }}
    />
  );
}
