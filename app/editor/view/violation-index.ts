import type { ViolationDiff } from "../../../floorplans/rules/engine/rule-engine";
import type { Violation } from "../../../floorplans/rules/types";
import { violationKey, violationSubjects } from "./violation-subjects";

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
 * them. `apply` returns the subjects whose level changed (what the canvas repaints): a neighbour
 * whose aisle goes from 0.9 m to 0.8 m stays red and is not repainted.
 */
export class ViolationIndex {
  errors = 0;
  warnings = 0;
  private readonly bySubject = new Map<string, Tally>();
  /** The stands' entries again, keyed by id alone: painting asks for thousands per frame. */
  private readonly byStand = new Map<string, Tally>();
  /** The violations naming each stand, by violation key: a drag frame asks for the dragged stands' own. */
  private readonly ofStand = new Map<string, Map<string, Violation>>();

  apply(diff: ViolationDiff): Set<string> {
    const touched = new Set<string>();
    const before = new Map<string, Level | null>();
    const remember = (v: Violation) => {
      for (const s of violationSubjects(v)) {
        const key = refKeyOf(s.kind, s.id);
        if (!before.has(key)) before.set(key, this.levelOf(s.kind, s.id));
      }
    };
    for (const v of diff.removed) remember(v);
    for (const v of diff.added) remember(v);
    for (const v of diff.removed) this.count(v, -1);
    for (const v of diff.added) this.count(v, 1);
    for (const [key, level] of before) {
      const [kind, id] = splitRefKey(key);
      if (this.levelOf(kind, id) !== level) touched.add(key);
    }
    return touched;
  }

  private count(v: Violation, sign: 1 | -1): void {
    const error = v.severity === "error";
    if (error) this.errors += sign;
    else this.warnings += sign;
    const vKey = violationKey(v.rule, v.subjects);
    for (const subject of violationSubjects(v)) {
      if (subject.kind === "stand") {
        let own = this.ofStand.get(subject.id);
        if (sign > 0) {
          if (!own) this.ofStand.set(subject.id, (own = new Map()));
          own.set(vKey, v);
        } else if (own?.delete(vKey) && own.size === 0) this.ofStand.delete(subject.id);
      }
      const key = refKeyOf(subject.kind, subject.id);
      const tally = this.bySubject.get(key) ?? { errors: 0, warnings: 0 };
      if (error) tally.errors += sign;
      else tally.warnings += sign;
      const byStand = subject.kind === "stand";
      if (tally.errors <= 0 && tally.warnings <= 0) {
        this.bySubject.delete(key);
        if (byStand) this.byStand.delete(subject.id);
      } else {
        this.bySubject.set(key, tally);
        if (byStand) this.byStand.set(subject.id, tally);
      }
    }
  }

  /** The worst severity naming this entity, or null. */
  levelOf(kind: string, id: string): Level | null {
    const tally = this.bySubject.get(refKeyOf(kind, id));
    if (!tally) return null;
    return tally.errors > 0 ? "error" : "warning";
  }

  standLevel(id: string): Level | null {
    const tally = this.byStand.get(id);
    if (!tally) return null;
    return tally.errors > 0 ? "error" : "warning";
  }

  /** The violations that name one of these stands, each once. */
  violationsOfStands(ids: Iterable<string>): Violation[] {
    const found = new Map<string, Violation>();
    for (const id of ids) {
      const own = this.ofStand.get(id);
      if (own) for (const [key, v] of own) found.set(key, v);
    }
    return [...found.values()];
  }

  clear(): void {
    this.errors = 0;
    this.warnings = 0;
    this.bySubject.clear();
    this.byStand.clear();
    this.ofStand.clear();
  }
}

/** "stand:A01" → ["stand", "A01"] (ids may contain colons; kinds never do). */
export function splitRefKey(key: string): [kind: string, id: string] {
  const at = key.indexOf(":");
  return [key.slice(0, at), key.slice(at + 1)];
}
