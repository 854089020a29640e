import type { Exhibitor, Plan } from "../format/schema";

// Exhibitors with their relations resolved to indices, for the exhibitor-level rules.

export const NOISE_NORMAL = 0;
export const NOISE_QUIET = 1;
export const NOISE_LOUD = 2;

export interface ExhibitorModel {
  index: number;
  id: string;
  exhibitor: Exhibitor;
  /** Exhibitors this one must keep away from: either lists the other in `avoid` (symmetric). */
  competitors: number[];
  noise: number;
  /** Indices into PlanModel.wishes of the pairs this exhibitor belongs to. */
  wishes: number[];
}

/** One `near` wish, once per pair of exhibitors (a, b are exhibitor indices). */
export interface WishPair {
  a: number;
  b: number;
}

/** Shared by the many exhibitors without relations; replaced by an own array on the first one. */
const NONE: number[] = [];

function exhibitorModel(e: Exhibitor, index: number): ExhibitorModel {
  return {
    index,
    id: e.id,
    exhibitor: e,
    competitors: NONE,
    noise: e.noise === "loud" ? NOISE_LOUD : e.noise === "quiet" ? NOISE_QUIET : NOISE_NORMAL,
    wishes: NONE,
  };
}

function add(list: number[], value: number): number[] {
  const own = list === NONE ? [] : list;
  if (!own.includes(value)) own.push(value);
  return own;
}

/**
 * Competitors are symmetric (either lists the other in `avoid`); a `near` wish is one pair
 * whoever lists whom, its members ordered by id. Unknown ids and self-references are ignored.
 */
export function buildExhibitors(plan: Plan, wishes: WishPair[]): { exhibitors: ExhibitorModel[]; exhibitorIndex: Map<string, number> } {
  const exhibitorIndex = new Map<string, number>();
  plan.exhibitors.forEach((e, i) => exhibitorIndex.set(e.id, i));
  const exhibitors = plan.exhibitors.map(exhibitorModel);
  const count = exhibitors.length;
  const seenWish = new Set<number>();
  for (const model of exhibitors) {
    for (const other of model.exhibitor.avoid) {
      const j = exhibitorIndex.get(other);
      if (j === undefined || j === model.index) continue;
      model.competitors = add(model.competitors, j);
      exhibitors[j]!.competitors = add(exhibitors[j]!.competitors, model.index);
    }
    for (const other of model.exhibitor.near) {
      const j = exhibitorIndex.get(other);
      if (j === undefined || j === model.index) continue;
      const key = Math.min(j, model.index) * count + Math.max(j, model.index);
      if (seenWish.has(key)) continue;
      seenWish.add(key);
      model.wishes = add(model.wishes, wishes.length);
      exhibitors[j]!.wishes = add(exhibitors[j]!.wishes, wishes.length);
      wishes.push(model.id < other ? { a: model.index, b: j } : { a: j, b: model.index });
    }
  }
  return { exhibitors, exhibitorIndex };
}

