import { useState } from "react";
import { data, Link } from "react-router";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { EmptyState } from "~/components/empty-state";
import { readFormFields } from "~/components/form/form.server";
import { ApplicationsTable, type Selection } from "~/components/review/applications-table";
import {
  BulkBar,
  BulkConfirmation,
  BulkResult,
  bulkTargets,
  type BulkActionData,
  type RefusedRow,
} from "~/components/review/bulk-panel";
import { FilterForm } from "~/components/review/filter-form";
import { Pagination } from "~/components/review/pagination";
import { StatusChips } from "~/components/review/status-chips";
import { formatNumber } from "~/i18n/format";
import { useLocale } from "~/components/use-locale";
import { decideApplications } from "~/models/application-decision.server";
import { applicationQuerySearch, isFiltered, parseApplicationQuery } from "~/models/application-query";
import {
  countApplicationsByStatus,
  getApplicationFilterOptions,
  listApplications,
} from "~/models/application-review.server";
import { MESSAGE_MAX_LENGTH, previewTransitions } from "~/models/application-transition.server";
import { requireRole } from "~/models/auth.server";
import { publicOrigin } from "~/models/email.server";
import { requireEvent } from "~/models/event.server";
import authStyles from "../../auth/auth.css?url";
import reviewStyles from "~/styles/review.css?url";
import type { Route } from "./+types/index";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: authStyles },
  { rel: "stylesheet", href: reviewStyles },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireRole(request, "organiser", "staff");
  const event = requireEvent(params.slug);
  const query = parseApplicationQuery(new URL(request.url).searchParams);
  return {
    event: { slug: event.slug, name: event.name },
    query,
    list: listApplications(event.id, query),
    counts: countApplicationsByStatus(event.id, query),
    options: getApplicationFilterOptions(event.id),
    canDecide: user.role === "organiser",
  };
}

// At most a few pages' worth per run: a bigger body is a mistake or an abuse.
const BulkForm = z.object({
  intent: z.enum(["preview", "apply"]),
  to: z.enum(bulkTargets),
  ids: z.array(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER)).max(500),
  message: z.string().max(MESSAGE_MAX_LENGTH).optional(),
});

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireRole(request, "organiser");
  const event = requireEvent(params.slug);
  const { raw, form } = await readFormFields(request);
  const parsed = BulkForm.safeParse({ ...raw, ids: form.getAll("ids") });
  if (!parsed.success) return data<BulkActionData>({ kind: "invalid", error: "invalid" }, { status: 400 });
  const { intent, to, message } = parsed.data;
  const ids = [...new Set(parsed.data.ids)];
  if (ids.length === 0)
    return data<BulkActionData>({ kind: "invalid", error: "noneSelected" }, { status: 400 });

  const preview = previewTransitions({ eventId: event.id, applicationIds: ids, to });
  const names = new Map(preview.map((row) => [row.applicationId, row.organisationName]));
  const missing: RefusedRow[] = ids
    .filter((id) => !names.has(id))
    .map((id) => ({ id, name: "", from: null, reason: "not_found" }));
  if (intent === "preview")
    return data<BulkActionData>({
      kind: "preview",
      to,
      valid: preview
        .filter((row) => row.allowed)
        .map((row) => ({ id: row.applicationId, name: row.organisationName })),
      refused: [
        ...preview
          .filter((row) => !row.allowed)
          .map((row) => ({
            id: row.applicationId,
            name: row.organisationName,
            from: row.from,
            reason: "not_allowed" as const,
          })),
        ...missing,
      ],
    });

  const result = await decideApplications({
    eventId: event.id,
    applicationIds: ids,
    to,
    by: user.id,
    message,
    origin: publicOrigin(request),
  });
  const body: BulkActionData = {
    kind: "done",
    to,
    applied: result.applied.map((row) => ({
      id: row.applicationId,
      name: names.get(row.applicationId) ?? "",
    })),
    refused: result.refused.map((row) => ({
      id: row.applicationId,
      name: names.get(row.applicationId) ?? "",
      from: row.from,
      reason: row.reason,
    })),
    emailed: result.emailed,
  };
  // Nothing applied and something refused is a conflict; a partial run is a success with a report.
  return data(body, { status: result.applied.length === 0 ? 409 : 200 });
}

export default function ApplicationsIndex({ loaderData, actionData }: Route.ComponentProps) {
  const { event, query, list, counts, options, canDecide } = loaderData;
  const { t } = useTranslation(["review", "admin", "common"]);
  const locale = useLocale();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [doneFor, setDoneFor] = useState<unknown>(null);
  // A finished bulk run clears the ticks: the rows it moved may have left the filtered list.
  if (actionData?.kind === "done" && doneFor !== actionData) {
    setDoneFor(actionData);
    setSelected(new Set());
  }
  const selection: Selection = {
    selected,
    toggle: (id) =>
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    setAll: (ids, on) =>
      setSelected((current) => {
        const next = new Set(current);
        for (const id of ids)
          if (on) next.add(id);
          else next.delete(id);
        return next;
      }),
  };
  const column = t(`list.columns.${query.sort}`);
  const caption = `${t("list.caption", { event: event.name })}, ${t("list.captionSorted", { column, direction: t(`list.directions.${query.dir}`) })}`;
  const exportSearch = applicationQuerySearch({ ...query, page: 1 });
  return (
    <>
      <title>{`${t("list.title")} · ${event.name} · ${t("common:appName")}`}</title>
      <header className="page__header review-header">
        <div>
          <p className="page__eyebrow">{event.name}</p>
          <h1 className="page__title">{t("list.title")}</h1>
        </div>
        <div className="review-header__links">
          <a
            href={`/admin/events/${event.slug}/applications/export.csv${exportSearch === "?" ? "" : exportSearch}`}
            className="button button--outline"
            aria-describedby="review-export-hint"
          >
            {t("list.exportCsv")}
          </a>
          <p id="review-export-hint" className="review-header__hint">
            {t("list.exportHint")}
          </p>
          {canDecide ? (
            <Link to={`/admin/events/${event.slug}/email-templates`}>{t("list.templatesLink")}</Link>
          ) : null}
        </div>
      </header>
      <StatusChips query={query} counts={counts} />
      <FilterForm query={query} options={options} />
      {actionData?.kind === "preview" ? <BulkConfirmation data={actionData} /> : null}
      {actionData?.kind === "done" ? <BulkResult data={actionData} /> : null}
      {list.total === 0 ? (
        isFiltered(query) ? (
          <EmptyState title={t("list.noMatchTitle")}>
            <p>{t("list.noMatchBody")}</p>
          </EmptyState>
        ) : (
          <EmptyState title={t("list.emptyTitle")}>
            <p>{t("list.emptyBody")}</p>
          </EmptyState>
        )
      ) : (
        <>
          <p role="status" className="review-total">
            {t("list.total", { count: list.total, value: formatNumber(locale, list.total) })}
          </p>
          <ApplicationsTable
            rows={list.rows}
            query={{ ...query, page: list.page }}
            caption={caption}
            selection={canDecide ? selection : undefined}
          />
          <Pagination query={query} page={list.page} pageCount={list.pageCount} />
          {canDecide ? (
            <BulkBar
              selectedCount={list.rows.filter((row) => selected.has(row.id)).length}
              error={
                actionData?.kind === "invalid"
                  ? t(actionData.error === "noneSelected" ? "bulk.noneSelected" : "errors.invalid")
                  : null
              }
            />
          ) : null}
        </>
      )}
    </>
  );
}
