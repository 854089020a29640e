import { useTranslation } from "react-i18next";
import { PageLinks } from "~/components/review/pagination";

/** The review queue's and the matrix's page links, worded in the `logisticsReview` namespace. */
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
  return (
    <PageLinks
      page={page}
      pageCount={pageCount}
      hrefFor={hrefFor}
      labels={{
        navigation: t(`${labels}.pagination`),
        previous: t(`${labels}.previous`),
        next: t(`${labels}.next`),
        current: t(`${labels}.page`, { page: String(page), pageCount: String(pageCount) }),
      }}
    />
  );
}
