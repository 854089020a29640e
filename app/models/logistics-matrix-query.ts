import { z } from "zod";
import { logisticsFormKinds } from "../../db/schema/logistics";
import { checklistStatuses } from "./logistics-status";

/** The matrix's URL filters: shared by the page (links, form) and the server (filtering). */
export const MATRIX_PAGE_SIZE = 30;
/** The furthest ahead a reminder run looks for deadlines, in days. */
export const REMINDER_MAX_DAYS = 90;
export const matrixSorts = ["name", "nameDesc", "missing"] as const;

/** The matrix's filters, from the URL; anything malformed falls back to "no filter". */
export const matrixQuery = z.object({
  q: z.string().trim().max(100).catch(""),
  kind: z.enum(logisticsFormKinds).optional().catch(undefined),
  status: z.enum(checklistStatuses).optional().catch(undefined),
  /** A pavilion code, or "none" for exhibitors without one. */
  pavilion: z.string().trim().max(60).optional().catch(undefined),
  missing: z.boolean().catch(false),
  sort: z.enum(matrixSorts).catch("name"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type MatrixQuery = z.infer<typeof matrixQuery>;

export function parseMatrixQuery(params: URLSearchParams): MatrixQuery {
  return matrixQuery.parse({
    q: params.get("q") ?? "",
    kind: params.get("kind") || undefined,
    status: params.get("status") || undefined,
    pavilion: params.get("pavilion") || undefined,
    missing: params.get("missing") === "1",
    sort: params.get("sort") ?? "name",
    page: params.get("page") ?? 1,
  });
}

/** The query string of a matrix view (defaults left out), e.g. for paging links. */
export function matrixSearch(query: MatrixQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.kind) params.set("kind", query.kind);
  if (query.status) params.set("status", query.status);
  if (query.pavilion) params.set("pavilion", query.pavilion);
  if (query.missing) params.set("missing", "1");
  if (query.sort !== "name") params.set("sort", query.sort);
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}
