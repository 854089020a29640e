import { EPS } from "../geometry/constants";
import type { Assignment } from "./assignment";
import type { AllocationInstance } from "./instance";

/**
 * Near wishes, as adjacency.wish reads them: one per unordered pair, met when some stand of one is
 * within nearDistanceM of some stand of the other. Exhibitors already placed keep their stands.
 */
export interface Wish {
  a: string;
  b: string;
}

export function nearWishes(inst: AllocationInstance): Wish[] {
  const known = new Set(inst.plan.exhibitors.map((e) => e.id));
  const seen = new Set<string>();
  const out: Wish[] = [];
  for (const e of inst.plan.exhibitors) {
    for (const other of e.near) {
      if (other === e.id || !known.has(other)) continue;
      const [a, b] = e.id < other ? [e.id, other] : [other, e.id];
      const key = `${a}\u0000${b}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ a, b });
    }
  }
  return out;
}

export class WishScore {
  private readonly position: Map<string, number>;
  /** Wish indices touching each toPlace entry. */
  readonly touching: number[][];

  constructor(
    private readonly inst: AllocationInstance,
    readonly wishes: Wish[],
  ) {
    this.position = new Map(inst.toPlace.map((t, k) => [t.exhibitor.id, k]));
    this.touching = inst.toPlace.map(() => []);
    wishes.forEach((w, i) => {
      for (const id of [w.a, w.b]) {
        const k = this.position.get(id);
        if (k !== undefined) this.touching[k]!.push(i);
      }
    });
  }

  private standsOf(id: string, a: Assignment): number[] {
    const locked = this.inst.lockedStands.get(id);
    if (locked) return locked;
    const k = this.position.get(id);
    const s = k === undefined ? -1 : a.standOf[k]!;
    return s >= 0 ? [s] : [];
  }

  met(i: number, a: Assignment): boolean {
    const w = this.wishes[i]!;
    const limit = this.inst.settings.nearDistanceM + EPS;
    for (const s of this.standsOf(w.a, a)) {
      for (const t of this.standsOf(w.b, a)) if (this.inst.site.distance(s, t) <= limit) return true;
    }
    return false;
  }

  count(a: Assignment): number {
    let n = 0;
    for (let i = 0; i < this.wishes.length; i++) if (this.met(i, a)) n++;
    return n;
  }

  /** Wishes met among those touching the given entries (each wish counted once). */
  local(ks: readonly number[], a: Assignment): number {
    const ids = new Set(ks.flatMap((k) => this.touching[k]!));
    let n = 0;
    for (const i of ids) if (this.met(i, a)) n++;
    return n;
  }

  /**
   * Wishes that could be met at all: both sides placed already or with a candidate stand — and,
   * between two exhibitors whose stands are locked, only if it is met already.
   */
  bound(a: Assignment): number {
    const locked = (id: string) => this.inst.lockedStands.has(id);
    const placeable = (id: string) => {
      if (locked(id)) return true;
      const k = this.position.get(id);
      return k !== undefined && this.inst.toPlace[k]!.candidates.length > 0;
    };
    return this.wishes.filter(
      (w, i) => placeable(w.a) && placeable(w.b) && (!locked(w.a) || !locked(w.b) || this.met(i, a)),
    ).length;
  }
}
