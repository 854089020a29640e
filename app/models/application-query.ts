import { z } from "zod";
import { applicationStatuses, type ApplicationStatus } from "../../db/schema/applications";

/**
 * The review table's state lives in the URL (shareable, back-button friendly). Every parameter is
 * parsed on its own and falls back to its default when it is garbage: a mistyped or hand-edited
 * link shows the default list, never an error page.
 */
export const APPLICATIONS_PAGE_SIZE = 25;
export const applicationSorts = ["name", "submitted", "area", "power", "score", "status"] as const;
export type ApplicationSort = (typeof applicationSorts)[number];
export type SortDirection = "asc" | "desc";

const LIMIT = 100_000;
const bound = z.coerce.number().finite().min(0).max(LIMIT).optional().catch(undefined);
const text = (max: number) =>
  z
    .string()
    .transform((value) => value.trim().slice(0, max))
    .catch("");

const ScalarParams = z.object({
  q: text(200),
  sector: z
    .string()
    .regex(/^[a-z0-9-]{1,50}$/)
    .catch(""),
  pavilion: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/)
    .catch(""),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((code) => code.toUpperCase())
    .catch(""),
  areaMin: bound,
  areaMax: bound,
  powerMin: bound,
  powerMax: bound,
  sort: z.enum(applicationSorts).catch("submitted"),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

export type ApplicationQuery = Omit<z.output<typeof ScalarParams>, "dir"> & {
  status: ApplicationStatus[];
  dir: SortDirection;
};

/** Names and dates read best newest/A-first; figures and scores biggest first. */
export function defaultDirection(sort: ApplicationSort): SortDirection {
  return sort === "name" || sort === "status" ? "asc" : "desc";
}

function isStatus(value: string): value is ApplicationStatus {
  return (applicationStatuses as readonly string[]).includes(value);
}

/** A reversed range (min above max) is read as the range the person meant. */
function ordered(min: number | undefined, max: number | undefined): [number | undefined, number | undefined] {
  return min !== undefined && max !== undefined && min > max ? [max, min] : [min, max];
}

export function parseApplicationQuery(params: URLSearchParams): ApplicationQuery {
  const scalars = Object.fromEntries([...params.keys()].map((key) => [key, params.get(key) ?? ""]));
  // Empty strings are what an untouched filter field submits: "no filter", not a parse failure.
  for (const [key, value] of Object.entries(scalars)) if (value === "") delete scalars[key];
  const parsed = ScalarParams.parse(scalars);
  const status = [...new Set(params.getAll("status").filter(isStatus))];
  const [areaMin, areaMax] = ordered(parsed.areaMin, parsed.areaMax);
  const [powerMin, powerMax] = ordered(parsed.powerMin, parsed.powerMax);
  return {
    ...parsed,
    areaMin,
    areaMax,
    powerMin,
    powerMax,
    status: applicationStatuses.filter((s) => status.includes(s)),
    dir: parsed.dir ?? defaultDirection(parsed.sort),
  };
}

export const DEFAULT_APPLICATION_QUERY: ApplicationQuery = parseApplicationQuery(new URLSearchParams());

/** The URL search of a query, without the parameters that hold their default value. */
export function applicationQuerySearch(query: ApplicationQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const status of query.status) params.append("status", status);
  for (const key of ["sector", "pavilion", "country"] as const) if (query[key]) params.set(key, query[key]);
  for (const key of ["areaMin", "areaMax", "powerMin", "powerMax"] as const) {
    const value = query[key];
    if (value !== undefined) params.set(key, String(value));
  }
  if (query.sort !== DEFAULT_APPLICATION_QUERY.sort) params.set("sort", query.sort);
  if (query.dir !== defaultDirection(query.sort)) params.set("dir", query.dir);
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `?${search}` : "?";
}

/** A link to the same list with some of its state changed; any change but paging goes back to page 1. */
export function withApplicationQuery(query: ApplicationQuery, patch: Partial<ApplicationQuery>): string {
  return applicationQuerySearch({ ...query, page: 1, ...patch });
}

/** The link a column header gives: sorted by it, or its direction flipped when it already is. */
export function sortLink(query: ApplicationQuery, sort: ApplicationSort): string {
  const dir = query.sort === sort ? (query.dir === "asc" ? "desc" : "asc") : defaultDirection(sort);
  return withApplicationQuery(query, { sort, dir });
}

/** True when the list is narrowed by anything (used to choose between the two empty states). */
export function isFiltered(query: ApplicationQuery): boolean {
  const { q, status, sector, pavilion, country, areaMin, areaMax, powerMin, powerMax } = query;
  return (
    Boolean(q || status.length || sector || pavilion || country) ||
    [areaMin, areaMax, powerMin, powerMax].some((value) => value !== undefined)
  );
}
