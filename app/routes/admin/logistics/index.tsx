import { data, Form, Link } from "react-router";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { checklistStatuses } from "~/models/logistics-status";
import { EmptyState } from "~/components/empty-state";
import { readFormFields } from "~/components/form/form.server";
import { MatrixTable } from "~/components/logistics-review/matrix-table";
import { Pager } from "~/components/logistics-review/pager";
import { RemindersPanel, type RemindersActionData } from "~/components/logistics-review/reminders-panel";
import { useLocale } from "~/components/use-locale";
import { formatNumber } from "~/i18n/format";
import { requireRole } from "~/models/auth.server";
import { publicOrigin } from "~/models/email.server";
import { requireEvent } from "~/models/event.server";
import { countMatrix, filterMatrix, loadMatrix, matrixPavilions } from "~/models/logistics-matrix.server";
import {
  matrixSearch,
  matrixSorts,
  parseMatrixQuery,
  REMINDER_MAX_DAYS,
} from "~/models/logistics-matrix-query";
import { sendReminders } from "~/models/logistics-reminders.server";
import { countWaitingByKind } from "~/models/logistics-review.server";
import authStyles from "../../auth/auth.css?url";
import reviewStyles from "~/styles/review.css?url";
import logisticsStyles from "~/components/logistics-review/logistics-review.css?url";
import type { Route } from "./+types/index";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: authStyles },
  { rel: "stylesheet", href: reviewStyles },
  { rel: "stylesheet", href: logisticsStyles },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireRole(request, "organiser", "staff");
  const event = requireEvent(params.slug);
  const query = parseMatrixQuery(new URL(request.url).searchParams);
  const { forms, rows } = loadMatrix(event.id);
  return {
    event: { slug: event.slug, name: event.name, timezone: event.timezone },
    query,
    forms,
    exhibitorCount: rows.length,
    counts: countMatrix(forms, rows),
    pavilions: matrixPavilions(rows),
    page: filterMatrix(forms, rows, query),
    waiting: Object.values(countWaitingByKind(event.id)).reduce((sum, n) => sum + n, 0),
    isOrganiser: user.role === "organiser",
  };
}

const RemindersForm = z.object({
  intent: z.enum(["preview", "send"]),
  days: z.coerce.number().int().min(0).max(REMINDER_MAX_DAYS),
});

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireRole(request, "organiser");
  const event = requireEvent(params.slug);
  const { raw } = await readFormFields(request);
  const parsed = RemindersForm.safeParse(raw);
  if (!parsed.success) return data<RemindersActionData>({ kind: "invalid" }, { status: 400 });
  const { intent, days } = parsed.data;
  const run = await sendReminders({
    eventId: event.id,
    days,
    origin: publicOrigin(request),
    userId: user.id,
    dryRun: intent === "preview",
  });
  if (!run) throw new Response("Event not found", { status: 404 });
  return data<RemindersActionData>({
    kind: intent === "preview" ? "preview" : "sent",
    days,
    sent: run.sent,
    skipped: run.skipped,
    candidates: run.candidates.map((c) => ({
      applicationId: c.applicationId,
      organisationName: c.organisationName,
      kinds: c.forms.map((f) => f.kind),
      alreadyToday: c.alreadyToday,
    })),
  });
}

export default function LogisticsMatrix({ loaderData, actionData }: Route.ComponentProps) {
  const { event, query, forms, exhibitorCount, counts, pavilions, page, waiting, isOrganiser } = loaderData;
  const { t } = useTranslation(["logisticsReview", "common"]);
  const locale = useLocale();
  const base = `/admin/events/${event.slug}/logistics`;
  const filtered = matrixSearch({ ...query, page: 1, sort: "name" }) !== "";
  return (
    <>
      <title>{`${t("matrix.title")} · ${event.name} · ${t("common:appName")}`}</title>
      <header className="page__header review-header">
        <div>
          <p className="page__eyebrow">{event.name}</p>
          <h1 className="page__title">{t("matrix.title")}</h1>
          <p className="page__meta">{t("matrix.intro")}</p>
        </div>
        <div className="lr-links">
          <Link to={`${base}/review`}>
            {t("matrix.reviewLink", { count: waiting, value: formatNumber(locale, waiting) })}
          </Link>
          {isOrganiser ? <Link to={`${base}/settings`}>{t("matrix.settingsLink")}</Link> : null}
        </div>
      </header>
      {forms.length === 0 ? (
        <EmptyState title={t("matrix.noFormsTitle")}>
          <p>{t("matrix.noFormsBody")}</p>
        </EmptyState>
      ) : exhibitorCount === 0 ? (
        <EmptyState title={t("matrix.emptyTitle")}>
          <p>{t("matrix.emptyBody")}</p>
        </EmptyState>
      ) : (
        <>
          <Form method="get" className="review-filters" role="search" aria-label={t("matrix.filters")}>
            <div className="form-field review-filters__search">
              <label htmlFor="matrix-q" className="form-field__label">
                {t("matrix.search")}
              </label>
              <input
                id="matrix-q"
                name="q"
                type="search"
                className="form-field__input"
                defaultValue={query.q}
                maxLength={100}
                placeholder={t("matrix.searchPlaceholder")}
              />
            </div>
            <div className="form-field">
              <label htmlFor="matrix-kind" className="form-field__label">
                {t("matrix.form")}
              </label>
              <select
                id="matrix-kind"
                name="kind"
                className="form-field__input"
                defaultValue={query.kind ?? ""}
              >
                <option value="">{t("matrix.anyForm")}</option>
                {forms.map((form) => (
                  <option key={form.kind} value={form.kind}>
                    {t(`kinds.${form.kind}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor="matrix-status" className="form-field__label">
                {t("matrix.status")}
              </label>
              <select
                id="matrix-status"
                name="status"
                className="form-field__input"
                defaultValue={query.status ?? ""}
                aria-describedby="matrix-status-hint"
              >
                <option value="">{t("matrix.anyStatus")}</option>
                {checklistStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`status.${status}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor="matrix-pavilion" className="form-field__label">
                {t("matrix.pavilion")}
              </label>
              <select
                id="matrix-pavilion"
                name="pavilion"
                className="form-field__input"
                defaultValue={query.pavilion ?? ""}
              >
                <option value="">{t("matrix.anyPavilion")}</option>
                <option value="none">{t("matrix.noPavilion")}</option>
                {pavilions.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor="matrix-sort" className="form-field__label">
                {t("matrix.sort")}
              </label>
              <select id="matrix-sort" name="sort" className="form-field__input" defaultValue={query.sort}>
                {matrixSorts.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`matrix.sorts.${sort}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label className="form-field__label">
                <input type="checkbox" name="missing" value="1" defaultChecked={query.missing} />{" "}
                {t("matrix.missingOnly")}
              </label>
            </div>
            <p id="matrix-status-hint" className="form-field__hint review-filters__search">
              {t("matrix.statusHint")}
            </p>
            <div className="review-filters__actions">
              <button type="submit" className="button">
                {t("matrix.apply")}
              </button>
              {filtered || query.sort !== "name" ? <Link to={base}>{t("matrix.reset")}</Link> : null}
            </div>
          </Form>
          <p role="status" className="review-total">
            {t("matrix.total", { count: page.total, value: formatNumber(locale, page.total) })}
          </p>
          {page.total === 0 ? (
            <EmptyState title={t("matrix.noMatchTitle")}>
              <p>{t("matrix.noMatchBody")}</p>
            </EmptyState>
          ) : (
            <MatrixTable
              forms={forms}
              rows={page.rows}
              counts={counts}
              base={base}
              timeZone={event.timezone}
            />
          )}
          <Pager
            page={page.page}
            pageCount={page.pageCount}
            hrefFor={(target) => matrixSearch({ ...query, page: target }) || "?"}
            labels="matrix"
          />
        </>
      )}
      <RemindersPanel isOrganiser={isOrganiser} result={actionData} />
    </>
  );
}
