import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import {
  applications,
  eventForms,
  formSubmissions,
  logisticsFormKinds,
  organisations,
  type LogisticsFormKind,
} from "../../db/schema";
import { checklistStatus, checklistStatuses, type ChecklistStatus } from "./logistics-status";
import { MATRIX_PAGE_SIZE, type MatrixQuery } from "./logistics-matrix-query";

/** Only exhibitors the organisers said yes to have logistics obligations. */
const OBLIGED_STATUSES = ["accepted", "confirmed"] as const;

export interface MatrixForm {
  kind: LogisticsFormKind;
  mandatory: boolean;
  dueAt: Date;
}

export interface MatrixCell {
  kind: LogisticsFormKind;
  status: ChecklistStatus;
  submissionId: number | null;
}

export interface MatrixRow {
  applicationId: number;
  organisationName: string;
  pavilionCode: string | null;
  cells: MatrixCell[];
  /** Mandatory forms neither submitted nor approved. */
  missing: number;
}

const DONE: ReadonlySet<ChecklistStatus> = new Set(["submitted", "approved"]);

/** Every accepted exhibitor × every enabled form of the event, as the checklist would show it today. */
export function loadMatrix(eventId: number, now = new Date()) {
  const db = getDb();
  const forms: MatrixForm[] = db
    .select({
      kind: eventForms.kind,
      mandatory: eventForms.mandatory,
      dueAt: eventForms.dueAt,
      position: eventForms.position,
    })
    .from(eventForms)
    .where(and(eq(eventForms.eventId, eventId), eq(eventForms.enabled, true)))
    .all()
    .sort(
      (a, b) =>
        a.position - b.position || logisticsFormKinds.indexOf(a.kind) - logisticsFormKinds.indexOf(b.kind),
    )
    .map(({ kind, mandatory, dueAt }) => ({ kind, mandatory, dueAt }));
  const exhibitors = db
    .select({
      applicationId: applications.id,
      organisationName: organisations.name,
      pavilionCode: applications.pavilionCode,
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(and(eq(applications.eventId, eventId), inArray(applications.status, [...OBLIGED_STATUSES])))
    .all();
  const submissions = db
    .select({
      id: formSubmissions.id,
      applicationId: formSubmissions.applicationId,
      status: formSubmissions.status,
      kind: eventForms.kind,
    })
    .from(formSubmissions)
    .innerJoin(eventForms, eq(eventForms.id, formSubmissions.eventFormId))
    .where(eq(eventForms.eventId, eventId))
    .all();
  const byKey = new Map(submissions.map((s) => [`${s.applicationId}:${s.kind}`, s]));
  const rows: MatrixRow[] = exhibitors.map((exhibitor) => {
    const cells = forms.map((form) => {
      const submission = byKey.get(`${exhibitor.applicationId}:${form.kind}`);
      return {
        kind: form.kind,
        status: checklistStatus(form, submission, now),
        submissionId: submission && submission.status !== "draft" ? submission.id : null,
      };
    });
    const missing = cells.filter((cell, i) => forms[i]!.mandatory && !DONE.has(cell.status)).length;
    return { ...exhibitor, cells, missing };
  });
  return { forms, rows };
}

export type MatrixCounts = Record<LogisticsFormKind, Record<ChecklistStatus, number>>;

/** How many exhibitors are at each status, per form (over every exhibitor, whatever the filters). */
export function countMatrix(forms: MatrixForm[], rows: MatrixRow[]): Partial<MatrixCounts> {
  const counts: Partial<MatrixCounts> = {};
  forms.forEach((form, i) => {
    const perStatus = Object.fromEntries(checklistStatuses.map((s) => [s, 0])) as Record<
      ChecklistStatus,
      number
    >;
    for (const row of rows) perStatus[row.cells[i]!.status] += 1;
    counts[form.kind] = perStatus;
  });
  return counts;
}

const collator = new Intl.Collator("fr", { sensitivity: "base" });

function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Filters, sorts and pages the rows. */
export function filterMatrix(forms: MatrixForm[], rows: MatrixRow[], query: MatrixQuery) {
  const column = query.kind ? forms.findIndex((form) => form.kind === query.kind) : -1;
  const needle = folded(query.q);
  const filtered = rows.filter((row) => {
    if (needle && !folded(row.organisationName).includes(needle)) return false;
    if (
      query.pavilion === "none"
        ? row.pavilionCode !== null
        : query.pavilion && row.pavilionCode !== query.pavilion
    )
      return false;
    if (query.missing && row.missing === 0) return false;
    if (query.status) {
      const cells = column >= 0 ? [row.cells[column]!] : row.cells;
      if (!cells.some((cell) => cell.status === query.status)) return false;
    }
    if (query.kind && column < 0) return false;
    return true;
  });
  filtered.sort((a, b) => {
    if (query.sort === "missing" && a.missing !== b.missing) return b.missing - a.missing;
    const byName = collator.compare(a.organisationName, b.organisationName);
    return query.sort === "nameDesc" ? -byName : byName || a.applicationId - b.applicationId;
  });
  const total = filtered.length;
  const pageCount = Math.max(1, Math.ceil(total / MATRIX_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  return {
    rows: filtered.slice((page - 1) * MATRIX_PAGE_SIZE, page * MATRIX_PAGE_SIZE),
    total,
    page,
    pageCount,
  };
}

/** The pavilion codes of the event's accepted exhibitors (the pavilion filter's choices). */
export function matrixPavilions(rows: MatrixRow[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.pavilionCode ? [row.pavilionCode] : [])))].sort();
}
