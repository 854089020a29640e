import type { ViolationDiff } from "../../../floorplans/rules/engine/rule-engine";
import type { Violation } from "../../../floorplans/rules/types";
import { violationSubjects } from "./violation-subjects";

export type Level = "error" | "warning";

interface Tally {
  errors: number;
  warnings: number;
}

function refKeyOf(kind: string, id: string): string {
  return `${kind}:${id}`;
}

/**
 * Counts of errors and warnings, overall and per subject, kept up to date from the rule engine's
 * diffs alone: a drag frame that changes two violations costs two updates, not a pass over all of
 * them. `apply` returns the subjects whose level may have changed (what the canvas restyles).
 */
export class ViolationIndex {
  errors = 0;
  warnings = 0;
  private readonly bySubject = new Map<string, Tally>();

  apply(diff: ViolationDiff): Set<string> {
    const touched = new Set<string>();
    for (const v of diff.removed) this.count(v, -1, touched);
    for (const v of diff.added) this.count(v, 1, touched);
    return touched;
  }

  private count(v: Violation, sign: 1 | -1, touched: Set<string>): void {
    const error = v.severity === "error";
    if (error) this.errors += sign;
    else this.warnings += sign;
    for (const subject of violationSubjects(v)) {
      const key = refKeyOf(subject.kind, subject.id);
      touched.add(key);
      const tally = this.bySubject.get(key) ?? { errors: 0, warnings: 0 };
      if (error) tally.errors += sign;
      else tally.warnings += sign;
      if (tally.errors <= 0 && tally.warnings <= 0) this.bySubject.delete(key);
      else this.bySubject.set(key, tally);
    }
  }

  /** The worst severity naming this entity, or null. */
  levelOf(kind: string, id: string): Level | null {
    const tally = this.bySubject.get(refKeyOf(kind, id));
    if (!tally) return null;
    return tally.errors > 0 ? "error" : "warning";
  }

  clear(): void {
    this.errors = 0;
    this.warnings = 0;
    this.bySubject.clear();
  }
}

/** "stand:A01" → ["stand", "A01"] (ids may contain colons; kinds never do). */
export function splitRefKey(key: string): [kind: string, id: string] {
  const at = key.indexOf(":");
  return [key.slice(0, at), key.slice(at + 1)];
}
