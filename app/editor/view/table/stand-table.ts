import type { Plan, Stand } from "../../model";

export const TABLE_COLUMNS = ["code", "hall", "size", "area", "status", "exhibitor", "powerBox"] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
export interface TableSort {
  readonly column: TableColumn;
  readonly direction: "ascending" | "descending";
}

export interface TableQuery {
  /** "" for every hall. */
  readonly hallId: string;
  readonly search: string;
  readonly sort: TableSort;
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** Codes sort as people read them: A2 before A10. */
const CODE_COLLATOR = new Intl.Collator("fr", { numeric: true, sensitivity: "base" });

/**
 * The stands to show, filtered by hall and by a search on code, label and exhibitor name, and
 * sorted by one column (ties by code, so the order is stable).
 */
export function queryStands(plan: Plan, query: TableQuery, collator: Intl.Collator): Stand[] {
  const exhibitorName = new Map(plan.exhibitors.map((e) => [e.id, e.name]));
  const hallName = new Map(plan.halls.map((h) => [h.id, h.name]));
  const search = fold(query.search.trim());
  const rows = plan.stands.filter((s) => {
    if (query.hallId && s.hallId !== query.hallId) return false;
    if (!search) return true;
    const exhibitor = s.exhibitorId ? (exhibitorName.get(s.exhibitorId) ?? "") : "";
    return [s.id, s.label ?? "", exhibitor].some((text) => fold(text).includes(search));
  });
  const value = (s: Stand): string | number => {
    switch (query.sort.column) {
      case "code":
        return s.id;
      case "hall":
        return hallName.get(s.hallId) ?? s.hallId;
      case "size":
        return s.width * 1000 + s.depth;
      case "area":
        return s.width * s.depth;
      case "status":
        return s.status ?? "available";
      case "exhibitor":
        return s.exhibitorId ? (exhibitorName.get(s.exhibitorId) ?? s.exhibitorId) : "";
      case "powerBox":
        return s.powerBoxId ?? "";
    }
  };
  const sign = query.sort.direction === "ascending" ? 1 : -1;
  return rows.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const byValue =
      typeof va === "number" && typeof vb === "number"
        ? va - vb
        : query.sort.column === "code"
          ? CODE_COLLATOR.compare(String(va), String(vb))
          : collator.compare(String(va), String(vb));
    return sign * byValue || CODE_COLLATOR.compare(a.id, b.id);
  });
}

export const PAGE_SIZE = 50;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}
