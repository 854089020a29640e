import type { Violation } from "../../../floorplans/rules/types";
import type { EntityKind } from "../model";

/** What a violation names: plan entities, and also halls and exhibitors (not selectable on the canvas). */
export type SubjectKind = EntityKind | "hall" | "exhibitor";
export interface Subject {
  readonly kind: SubjectKind;
  readonly id: string;
}

/**
 * Ids are unique per kind only (RULES.md), so a subject's kind is read from the key that holds it
 * in the violation's data (standId, boxId…), never guessed from the id: stand "B1" and box "B1"
 * may both exist.
 */
const KEY_KIND: Readonly<Record<string, SubjectKind>> = {
  standId: "stand",
  otherStandId: "stand",
  boxId: "powerBox",
  exitId: "exit",
  obstacleId: "obstacle",
  zoneId: "zone",
  hallId: "hall",
  exhibitorId: "exhibitor",
  otherExhibitorId: "exhibitor",
};

export function violationSubjects(v: Violation): Subject[] {
  const found: Subject[] = [];
  const add = (kind: SubjectKind, id: unknown) => {
    if (typeof id !== "string" || !v.subjects.includes(id)) return;
    if (!found.some((s) => s.kind === kind && s.id === id)) found.push({ kind, id });
  };
  for (const [key, value] of Object.entries(v.data)) {
    const kind = KEY_KIND[key];
    if (kind) add(kind, value);
  }
  const otherKind = v.data.otherKind;
  if (typeof otherKind === "string" && otherKind in { stand: 1, obstacle: 1, zone: 1, hall: 1 }) {
    add(otherKind as SubjectKind, v.data.otherId);
  }
  return found;
}

/** The stands a violation is about (what the canvas colours red or amber). */
export function violationStandIds(v: Violation): string[] {
  return violationSubjects(v).flatMap((s) => (s.kind === "stand" ? [s.id] : []));
}

/** Same rule and same subjects: how an acknowledgement is matched to a violation. */
export function violationKey(rule: string, subjects: readonly string[]): string {
  return `${rule}:${[...subjects].sort().join("|")}`;
}
