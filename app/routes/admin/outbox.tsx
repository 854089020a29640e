import { data, Form, Link } from "react-router";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { EmptyState } from "~/components/empty-state";
import { useLocale } from "~/components/use-locale";
import { isTemplateName } from "~/emails/template-names";
import { formatDateTime } from "~/i18n/format";
import { requireRole } from "~/models/auth.server";
import { getOutboxMessage, listOutbox, type OutboxMessage, type OutboxSummary } from "~/models/outbox.server";
import authStyles from "../auth/auth.css?url";
import type { Route } from "./+types/outbox";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: authStyles }];

// Search parameters come from links and the address bar: a bad value falls back to the default
// instead of failing the page.
const OutboxQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  q: z
    .string()
    .transform((value) => value.trim().slice(0, 200))
    .catch(""),
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined),
});

export async function loader({ request }: Route.LoaderArgs) {
  await requireRole(request, "organiser");
  const query = OutboxQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  if (query.id !== undefined) {
    const message = getOutboxMessage(query.id);
    return data({ query, message: message ?? null, list: null }, { status: message ? 200 : 404 });
  }
  return { query, message: null, list: listOutbox({ page: query.page, query: query.q }) };
}

function listHref(q: string, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `?${search}` : "?";
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation(["email", "common"]);
  const { query, message, list } = loaderData;
  return (
    <>
      <title>{`${t("outbox.title")} · ${t("common:appName")}`}</title>
      <header className="page__header">
        <h1 className="page__title">{t("outbox.title")}</h1>
        <p className="page__meta">{t("outbox.intro")}</p>
      </header>
      {list ? (
        <OutboxList list={list} q={query.q} />
      ) : (
        <OutboxDetail message={message} backHref={listHref(query.q, query.page)} />
      )}
    </>
  );
}

function OutboxList({
  list,
  q,
}: {
  list: NonNullable<Route.ComponentProps["loaderData"]["list"]>;
  q: string;
}) {
  const { t } = useTranslation("email");
  const locale = useLocale();
  return (
    <>
      <Form method="get" className="outbox-search" role="search">
        <div className="form-field">
          <label htmlFor="outbox-q" className="form-field__label">
            {t("outbox.searchLabel")}
          </label>
          <input
            id="outbox-q"
            name="q"
            type="search"
            className="form-field__input"
            defaultValue={q}
            maxLength={200}
          />
        </div>
        <button type="submit" className="button">
          {t("outbox.searchSubmit")}
        </button>
        {q ? <Link to="?">{t("outbox.clearSearch")}</Link> : null}
      </Form>
      {list.total === 0 ? (
        q ? (
          <EmptyState title={t("outbox.noMatchTitle", { query: q })}>
            <p>{t("outbox.noMatchBody")}</p>
          </EmptyState>
        ) : (
          <EmptyState title={t("outbox.emptyTitle")}>
            <p>{t("outbox.emptyBody")}</p>
          </EmptyState>
        )
      ) : (
        <>
          <p role="status">{t("outbox.total", { count: list.total })}</p>
          <table className="data-table">
            <caption className="visually-hidden">{t("outbox.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("outbox.columns.date")}</th>
                <th scope="col">{t("outbox.columns.to")}</th>
                <th scope="col">{t("outbox.columns.subject")}</th>
                <th scope="col">{t("outbox.columns.template")}</th>
                <th scope="col">{t("outbox.columns.status")}</th>
              </tr>
            </thead>
            <tbody>
              {list.messages.map((row) => (
                <tr key={row.id}>
                  <td>{formatDateTime(locale, row.createdAt)}</td>
                  <td>{row.to}</td>
                  <td>
                    <Link
                      to={`?${new URLSearchParams({ id: String(row.id), ...(q ? { q } : {}), page: String(list.page) })}`}
                      aria-label={t("outbox.open", { subject: row.subject })}
                    >
                      {row.subject}
                    </Link>
                  </td>
                  <td>{templateLabel(t, row.template)}</td>
                  <td>
                    <DeliveryStatus row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.pageCount > 1 ? (
            <nav className="outbox-pagination" aria-label={t("outbox.pagination")}>
              {list.page > 1 ? <Link to={listHref(q, list.page - 1)}>{t("outbox.previous")}</Link> : null}
              <span>{t("outbox.page", { page: String(list.page), pageCount: String(list.pageCount) })}</span>
              {list.page < list.pageCount ? (
                <Link to={listHref(q, list.page + 1)}>{t("outbox.next")}</Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}

function OutboxDetail({ message, backHref }: { message: OutboxMessage | null; backHref: string }) {
  const { t } = useTranslation("email");
  const locale = useLocale();
  return (
    <section className="outbox-message" aria-labelledby="outbox-message-title">
      <p>
        <Link to={backHref}>{t("outbox.backToList")}</Link>
      </p>
      {message ? (
        <>
          <h2 id="outbox-message-title" className="section-title">
            {t("outbox.detailTitle", { id: String(message.id) })}
          </h2>
          <dl>
            <dt>{t("outbox.fields.to")}</dt>
            <dd>{message.to}</dd>
            <dt>{t("outbox.fields.subject")}</dt>
            <dd>{message.subject}</dd>
            <dt>{t("outbox.fields.createdAt")}</dt>
            <dd>{formatDateTime(locale, message.createdAt)}</dd>
            <dt>{t("outbox.columns.status")}</dt>
            <dd>
              <DeliveryStatus row={message} />
            </dd>
            {message.error ? (
              <>
                <dt>{t("outbox.fields.error")}</dt>
                <dd>{message.error}</dd>
              </>
            ) : null}
            <dt>{t("outbox.fields.template")}</dt>
            <dd>{templateLabel(t, message.template)}</dd>
            <dt>{t("outbox.fields.locale")}</dt>
            <dd>{message.locale}</dd>
          </dl>
          <h3>{t("outbox.fields.text")}</h3>
          <pre>{message.text}</pre>
        </>
      ) : (
        <h2 id="outbox-message-title" className="section-title">
          {t("outbox.notFound")}
        </h2>
      )}
    </section>
  );
}

function DeliveryStatus({ row }: { row: Pick<OutboxSummary, "sentAt" | "error"> }) {
  const { t } = useTranslation("email");
  const locale = useLocale();
  if (row.sentAt) return <>{`${t("outbox.status.sent")} · ${formatDateTime(locale, row.sentAt)}`}</>;
  if (row.error) return <span className="outbox-status--failed">{t("outbox.status.failed")}</span>;
  return <>{t("outbox.status.kept")}</>;
}

function templateLabel(t: ReturnType<typeof useTranslation<"email">>["t"], template: string): string {
  return isTemplateName(template) ? t(`outbox.templates.${template}`) : template;
}
