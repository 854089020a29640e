import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { standStatuses, type StandStatus } from "../../../../floorplans/format/schema";
import { findAction, setStandProps } from "../../model";
import { CommandErrorMessage } from "../command-error";
import { PlanViews } from "../editor-page";
import { planActionPath, type PlanPageData } from "../page-data";
import { LeaveGuard } from "../leave-guard";
import { SaveBar } from "../save-bar";
import { createEditorSession, useEditorState, type EditorSession } from "../session";
import { usePlanSaver } from "../use-plan-saver";
import { PlanTableRow } from "./plan-table-row";
import {
  pageCount,
  PAGE_SIZE,
  queryStands,
  TABLE_COLUMNS,
  type TableColumn,
  type TableSort,
} from "./stand-table";

/**
 * The plan as a table, for keyboard and screen-reader users and for bulk edits. It needs no
 * canvas: the same editor store and commands, the same save action as the canvas view.
 */
export function PlanTablePage({ data }: { data: PlanPageData }) {
  const { t } = useTranslation("editor");
  // Pure and deterministic: created on the server too, so the table is in the first HTML.
  const session = useMemo(
    () =>
      createEditorSession(data.plan, { version: data.version, canEdit: data.canEdit, liveValidation: false }),
    [data.plan, data.version, data.canEdit],
  );
  return (
    <div className="plan-editor">
      <header className="plan-editor__header">
        <div>
          <p className="page__eyebrow">{data.event.name}</p>
          <h1 className="page__title">{t("tableTitle")}</h1>
        </div>
        <PlanViews slug={data.event.slug} />
      </header>
      {!data.canEdit ? <p className="editor-notice">{t("readOnly")}</p> : null}
      <TableWorkspace key={session.id} session={session} slug={data.event.slug} />
    </div>
  );
}

function TableWorkspace({ session, slug }: { session: EditorSession; slug: string }) {
  const { t } = useTranslation(["editor", "common"]);
  const locale = useLocale();
  const saver = usePlanSaver(session, planActionPath(slug), true);
  const plan = useEditorState(session, (s) => s.doc.plan);
  const selection = useEditorState(session, (s) => s.doc.selection);
  const canUndo = useEditorState(session, (s) => findAction("undo")!.enabled(s));
  const canRedo = useEditorState(session, (s) => findAction("redo")!.enabled(s));
  const [hallId, setHallId] = useState("");
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<TableSort>({ column: "code", direction: "ascending" });
  const [page, setPage] = useState(1);
  const [bulkStatus, setBulkStatus] = useState<StandStatus>("reserved");
  const collator = useMemo(() => new Intl.Collator(locale), [locale]);
  const rows = useMemo(
    () => queryStands(plan, { hallId, search, sort }, collator),
    [plan, hallId, search, sort, collator],
  );
  const exhibitors = useMemo(
    () => [...plan.exhibitors].sort((a, b) => collator.compare(a.name, b.name)),
    [plan.exhibitors, collator],
  );
  const hallNames = useMemo(() => new Map(plan.halls.map((h) => [h.id, h.name])), [plan.halls]);
  const selected = useMemo(
    () => new Set(selection.filter((r) => r.kind === "stand").map((r) => r.id)),
    [selection],
  );
  const pages = pageCount(rows.length);
  const current = Math.min(page, pages);
  const shown = rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const sortBy = (column: TableColumn) =>
    setSort((s) => ({
      column,
      direction: s.column === column && s.direction === "ascending" ? "descending" : "ascending",
    }));
  const perform = (name: "undo" | "redo") => session.store.perform(findAction(name)!);
  const allShownSelected = shown.length > 0 && shown.every((s) => selected.has(s.id));
  return (
    <>
      <SaveBar session={session} saver={saver} publisher={null} slug={slug} />
      <LeaveGuard session={session} />
      <CommandErrorMessage session={session} />
      <div className="plan-table__controls">
        <label className="editor-field">
          <span>{t("table.filterHall")}</span>
          <select
            value={hallId}
            onChange={(e) => {
              setHallId(e.currentTarget.value);
              setPage(1);
            }}
          >
            <option value="">{t("table.allHalls")}</option>
            {plan.halls.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </select>
        </label>
        <label className="editor-field">
          <span>{t("table.search")}</span>
          <input
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
          />
        </label>
        {session.canEdit ? (
          <>
            <form
              className="inspector__bulk"
              onSubmit={(e) => {
                e.preventDefault();
                if (selected.size > 0)
                  session.store.dispatch(setStandProps, {
                    ids: [...selected],
                    props: { status: bulkStatus },
                  });
              }}
            >
              <label className="editor-field">
                <span>{t("table.bulkStatus")}</span>
                <select
                  value={bulkStatus}
                  onChange={(e) => setBulkStatus(e.currentTarget.value as StandStatus)}
                >
                  {standStatuses.map((s) => (
                    <option key={s} value={s}>
                      {t(`common:standStatus.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="editor-button" disabled={selected.size === 0}>
                {t("table.apply")}
              </button>
            </form>
            <button
              type="button"
              className="editor-button"
              disabled={!canUndo}
              onClick={() => perform("undo")}
            >
              {t("actions.undo")}
            </button>
            <button
              type="button"
              className="editor-button"
              disabled={!canRedo}
              onClick={() => perform("redo")}
            >
              {t("actions.redo")}
            </button>
          </>
        ) : null}
        <p className="editor-hint" role="status">
          {t("table.count", { shown: String(rows.length), total: String(plan.stands.length) })}
          {selected.size > 0 ? ` · ${t("table.selected", { n: String(selected.size) })}` : ""}
        </p>
      </div>
      <table className="data-table plan-table">
        <caption className="visually-hidden">{t("table.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t("table.selectPage")}
                checked={allShownSelected}
                onChange={() => {
                  const ids = new Set(selected);
                  for (const s of shown) {
                    if (allShownSelected) ids.delete(s.id);
                    else ids.add(s.id);
                  }
                  session.store.select([...ids].map((id) => ({ kind: "stand" as const, id })));
                }}
              />
            </th>
            {TABLE_COLUMNS.map((column) => (
              <th key={column} scope="col" aria-sort={sort.column === column ? sort.direction : undefined}>
                <button type="button" onClick={() => sortBy(column)}>
                  {t(`table.${column}`)}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((stand) => (
            <PlanTableRow
              key={stand.id}
              session={session}
              stand={stand}
              hallName={hallNames.get(stand.hallId) ?? stand.hallId}
              selected={selected.has(stand.id)}
              exhibitors={exhibitors}
            />
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p>{t("table.empty")}</p> : null}
      <nav className="plan-table__pager" aria-label={t("table.caption")}>
        <button
          type="button"
          className="editor-button"
          disabled={current <= 1}
          onClick={() => setPage(current - 1)}
        >
          {t("table.previous")}
        </button>
        <span>{t("table.page", { page: String(current), pages: String(pages) })}</span>
        <button
          type="button"
          className="editor-button"
          disabled={current >= pages}
          onClick={() => setPage(current + 1)}
        >
          {t("table.next")}
        </button>
      </nav>
    </>
  );
}
