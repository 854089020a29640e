import type { Exhibitor, Plan } from "../model";

export type AreaFilter = "all" | "small" | "medium" | "large";
export type PowerFilter = "all" | "none" | "low" | "high";

export interface ExhibitorFilter {
  readonly query: string;
  /** "all", "none" (no pavilion) or a pavilion zone id. */
  readonly pavilion: string;
  readonly area: AreaFilter;
  readonly power: PowerFilter;
}

export const NO_FILTER: ExhibitorFilter = { query: "", pavilion: "all", area: "all", power: "all" };

/** A single-phase socket circuit tops out at 3.7 kW (T 36): above it, the exhibitor needs more. */
const SINGLE_PHASE_MAX_KW = 3.7;

export interface ExhibitorRow {
  readonly exhibitor: Exhibitor;
  /** Codes of the stands it holds, in plan order. */
  readonly stands: readonly string[];
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

function matchesArea(area: number, filter: AreaFilter): boolean {
  if (filter === "small") return area <= 9;
  if (filter === "medium") return area > 9 && area <= 18;
  if (filter === "large") return area > 18;
  return true;
}

function matchesPower(kw: number, filter: PowerFilter): boolean {
  if (filter === "none") return kw === 0;
  if (filter === "low") return kw > 0 && kw <= SINGLE_PHASE_MAX_KW;
  if (filter === "high") return kw > SINGLE_PHASE_MAX_KW;
  return true;
}

/**
 * The exhibitors of the plan (accepted applications) matching the filter: those still without a
 * stand first — they are the organiser's work list — then by name. Search ignores case and accents.
 */
export function filterExhibitors(
  plan: Plan,
  filter: ExhibitorFilter,
  collator: Intl.Collator,
): ExhibitorRow[] {
  const standsOf = new Map<string, string[]>();
  for (const s of plan.stands) {
    if (s.exhibitorId !== null) standsOf.set(s.exhibitorId, [...(standsOf.get(s.exhibitorId) ?? []), s.id]);
  }
  const query = fold(filter.query.trim());
  return plan.exhibitors
    .filter((e) => {
      if (query && !fold(e.name).includes(query) && !fold(e.id).includes(query)) return false;
      if (filter.pavilion === "none" && e.pavilionId !== null) return false;
      if (filter.pavilion !== "all" && filter.pavilion !== "none" && e.pavilionId !== filter.pavilion)
        return false;
      return matchesArea(e.requestedAreaM2, filter.area) && matchesPower(e.powerKw, filter.power);
    })
    .map((exhibitor) => ({ exhibitor, stands: standsOf.get(exhibitor.id) ?? [] }))
    .sort((a, b) => {
      const placed = Number(a.stands.length > 0) - Number(b.stands.length > 0);
      return placed || collator.compare(a.exhibitor.name, b.exhibitor.name);
    });
}

/** The HTML drag-and-drop type an exhibitor travels under, from the list to the canvas. */
export const EXHIBITOR_DRAG_TYPE = "application/x-allee-exhibitor";
