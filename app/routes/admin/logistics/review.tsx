import { Form, Link } from "react-router";
import { useTranslation } from "react-i18next";
import { logisticsFormKinds } from "../../../../db/schema/logistics";
import { EmptyState } from "~/components/empty-state";
import { Pager } from "~/components/logistics-review/pager";
import { LogisticsStatusBadge } from "~/components/logistics-review/status-badge";
import { useLocale } from "~/components/use-locale";
import { formatDateTime, formatNumber } from "~/i18n/format";
import { requireRole } from "~/models/auth.server";
import { requireEvent } from "~/models/event.server";
import { listReviewQueue } from "~/models/logistics-review.server";
import {
  parseReviewQueueQuery,
  reviewQueueStatuses,
  type ReviewQueueQuery,
} from "~/models/logistics-review-query";
import authStyles from "../../auth/auth.css?url";
import reviewStyles from "~/styles/review.css?url";
import logisticsStyles from "~/components/logistics-review/logistics-review.css?url";
import type { Route } from "./+types/review";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: authStyles },
  { rel: "stylesheet", href: reviewStyles },
  { rel: "stylesheet", href: logisticsStyles },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireRole(request, "organiser", "staff");
  const event = requireEvent(params.slug);
  const query = parseReviewQueueQuery(new URL(request.url).searchParams);
  return { event: { slug: event.slug, name: event.name }, query, queue: listReviewQueue(event.id, query) };
}

function queueSearch(query: ReviewQueueQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.kind) params.set("kind", query.kind);
  if (query.status !== "submitted") params.set("status", query.status);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `?${search}` : "?";
}

export default function LogisticsReviewQueue({ loaderData }: Route.ComponentProps) {
  const { event, query, queue } = loaderData;
  const { t } = useTranslation(["logisticsReview", "common"]);
  const locale = useLocale();
  const base = `/admin/events/${event.slug}/logistics`;
  const filtered = query.kind !== undefined || query.status !== "submitted";
  return (
    <>
      <title>{`${t("queue.title")} · ${event.name} · ${t("common:appName")}`}</title>
      <header className="page__header review-header">
        <div>
          <p className="page__eyebrow">{event.name}</p>
          <h1 className="page__title">{t("queue.title")}</h1>
          <p className="page__meta">{t("queue.intro")}</p>
        </div>
        <div className="lr-links">
          <Link to={base}>{t("queue.matrixLink")}</Link>
        </div>
      </header>
      <Form method="get" className="review-filters" role="search" aria-label={t("queue.filters")}>
        <div className="form-field">
          <label htmlFor="queue-kind" className="form-field__label">
            {t("queue.kind")}
          </label>
          <select id="queue-kind" name="kind" className="form-field__input" defaultValue={query.kind ?? ""}>
            <option value="">{t("queue.anyKind")}</option>
            {logisticsFormKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="queue-status" className="form-field__label">
            {t("queue.status")}
          </label>
          <select id="queue-status" name="status" className="form-field__input" defaultValue={query.status}>
            {reviewQueueStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`queue.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="review-filters__actions">
          <button type="submit" className="button">
            {t("queue.apply")}
          </button>
          {filtered ? <Link to="?">{t("queue.reset")}</Link> : null}
        </div>
      </Form>
      {queue.total === 0 ? (
        filtered ? (
          <EmptyState title={t("queue.noMatchTitle")}>
            <p>{t("queue.noMatchBody")}</p>
          </EmptyState>
        ) : (
          <EmptyState title={t("queue.emptyTitle")}>
            <p>{t("queue.emptyBody")}</p>
          </EmptyState>
        )
      ) : (
        <>
          <p role="status" className="review-total">
            {t("queue.total", { count: queue.total, value: formatNumber(locale, queue.total) })}
          </p>
          <div className="lr-matrix-wrap">
            <table className="lr-table">
              <caption className="review-table__caption">{t("queue.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("queue.columns.organisation")}</th>
                  <th scope="col">{t("queue.columns.kind")}</th>
                  <th scope="col">{t("queue.columns.submittedAt")}</th>
                  <th scope="col">{t("queue.columns.documents")}</th>
                  <th scope="col">{t("queue.columns.status")}</th>
                  <th scope="col">{t("queue.columns.action")}</th>
                </tr>
              </thead>
              <tbody>
                {queue.rows.map((row) => (
                  <tr key={row.submissionId}>
                    <th scope="row">{row.organisationName}</th>
                    <td>{t(`kinds.${row.kind}`)}</td>
                    <td>{row.submittedAt ? formatDateTime(locale, new Date(row.submittedAt)) : "—"}</td>
                    <td>{formatNumber(locale, row.documentCount)}</td>
                    <td>
                      <LogisticsStatusBadge status={row.status === "draft" ? "draft" : row.status} />
                    </td>
                    <td>
                      <Link
                        to={`${base}/review/${row.submissionId}`}
                        aria-label={t(row.status === "submitted" ? "queue.openLabel" : "queue.viewLabel", {
                          form: t(`kinds.${row.kind}`),
                          organisation: row.organisationName,
                        })}
                      >
                        {row.status === "submitted" ? t("queue.open") : t("queue.view")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={queue.page}
            pageCount={queue.pageCount}
            hrefFor={(page) => queueSearch(query, page)}
            labels="queue"
          />
        </>
      )}
    </>
  );
}
