import type { Violation } from "../types";
import { compareViolationsStrictly, sortViolations } from "../violation";

export function sameViolation(a: Violation, b: Violation): boolean {
  if (a === b) return true;
  if (a.rule !== b.rule || a.subjects.length !== b.subjects.length) return false;
  for (let i = 0; i < a.subjects.length; i++) if (a.subjects[i] !== b.subjects[i]) return false;
  const ka = Object.keys(a.data);
  if (ka.length !== Object.keys(b.data).length) return false;
  for (const k of ka) if (a.data[k] !== b.data[k]) return false;
  return true;
}

export interface ViolationDiff {
  added: Violation[];
  removed: Violation[];
}

/** Bound on a diff applied to the sorted list in place; past it, re-sorting everything is cheaper. */
const IN_PLACE_LIMIT = 512;

/**
 * Records what changed during one update (buckets swapped for new contents) and keeps the
 * sorted list of every violation up to date by binary-search splices, or drops it to be
 * re-sorted on demand after a large change.
 */
export class ViolationBook {
  added: Violation[] = [];
  removed: Violation[] = [];
  private sorted: Violation[] | null = null;
  /** The sorted list was handed out: copy before the next splice (callers keep snapshots). */
  private shared = false;

  /** New contents of a bucket; returns the bucket to keep (the old one when nothing changed). */
  swap(old: Violation[] | undefined, next: Violation[]): Violation[] | undefined {
    if (old && old.length === next.length) {
      let same = true;
      for (let i = 0; i < old.length && same; i++) same = sameViolation(old[i]!, next[i]!);
      if (same) return old;
    }
    if (old) for (const v of old) this.removed.push(v);
    if (next.length === 0) return undefined;
    const kept = next.slice();
    for (const v of kept) this.added.push(v);
    return kept;
  }

  drop(old: Violation[] | undefined): void {
    if (old) for (const v of old) this.removed.push(v);
  }

  /** Ends an update: applies its diff to the sorted list and hands the diff over. */
  commit(): ViolationDiff {
    const diff = { added: this.added, removed: this.removed };
    this.added = [];
    this.removed = [];
    if (this.sorted === null) return diff;
    if (diff.added.length + diff.removed.length > IN_PLACE_LIMIT) {
      this.sorted = null;
      return diff;
    }
    if (this.shared) {
      this.sorted = this.sorted.slice();
      this.shared = false;
    }
    const list = this.sorted;
    for (const v of diff.removed) {
      for (let i = lowerBound(list, v); i < list.length && compareViolationsStrictly(list[i]!, v) === 0; i++) {
        if (sameViolation(list[i]!, v)) {
          list.splice(i, 1);
          break;
        }
      }
    }
    for (const v of diff.added) list.splice(lowerBound(list, v), 0, v);
    return diff;
  }

  /**
   * Applies a diff found elsewhere (the editor's copy of a rule engine that runs in a worker): the
   * sorted list follows it as it follows this book's own updates.
   */
  record(diff: ViolationDiff): void {
    for (const v of diff.removed) this.removed.push(v);
    for (const v of diff.added) this.added.push(v);
    this.commit();
  }

  reset(): void {
    this.sorted = null;
    this.added = [];
    this.removed = [];
  }

  /** Every violation, sorted; `collect` gathers them when the list must be rebuilt. */
  sortedList(collect: () => Violation[]): readonly Violation[] {
    if (this.sorted === null) this.sorted = sortViolations(collect());
    this.shared = true;
    return this.sorted;
  }
}

function lowerBound(list: Violation[], v: Violation): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareViolationsStrictly(list[mid]!, v) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
