import { Link } from "react-router";
import { useTranslation } from "react-i18next";

/** Previous / next links between pages of a list; nothing when everything fits on one page. */
export function Pager({
  page,
  pageCount,
  hrefFor,
  labels,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  labels: "queue" | "matrix";
}) {
  const { t } = useTranslation("logisticsReview");
  if (pageCount <= 1) return null;
  return (
    <nav className="lr-pager" aria-label={t(`${labels}.pagination`)}>
      {page > 1 ? <Link to={hrefFor(page - 1)}>{t(`${labels}.previous`)}</Link> : null}
      <span aria-current="page">
        {t(`${labels}.page`, { page: String(page), pageCount: String(pageCount) })}
      </span>
      {page < pageCount ? <Link to={hrefFor(page + 1)}>{t(`${labels}.next`)}</Link> : null}
    </nav>
  );
}
