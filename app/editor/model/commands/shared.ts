import { failWith } from "../changes";
import { findEntity, isSameRef } from "../document";
import type { CommandResult, EditorDoc, EntityKind, EntityRef, Plan, Stand } from "../types";

export type Failure = Extract<CommandResult, { ok: false }>;
export type Resolved<T> = { ok: true; value: T } | Failure;

export function resolved<T>(value: T): Resolved<T> {
  return { ok: true, value };
}

/** A failure usable both as a CommandResult and as a Resolved<T>. */
export function rejected(...args: Parameters<typeof failWith>): Failure {
  return failWith(...args) as Failure;
}

/**
 * The entities a command acts on: the given refs, or the selection when none are given. Every ref
 * must name an entity (a stale ref means the view is out of date: better refuse than half-apply).
 */
export function resolveRefs(
  doc: EditorDoc,
  refs: readonly EntityRef[] | undefined,
  kinds?: readonly EntityKind[],
): Resolved<EntityRef[]> {
  const source = refs ?? doc.selection;
  const unique = source.filter((ref, i) => source.findIndex((other) => isSameRef(other, ref)) === i);
  const wanted = kinds ? unique.filter((ref) => kinds.includes(ref.kind)) : unique;
  if (wanted.length === 0) return rejected("selection.empty");
  const missing = wanted.find((ref) => findEntity(doc.plan, ref.kind, ref.id) === undefined);
  if (missing) return rejected("entity.not-found", { kind: missing.kind, id: missing.id });
  return resolved(wanted);
}

/** Stand ids given, or the selected stands. */
export function resolveStandIds(doc: EditorDoc, ids: readonly string[] | undefined): Resolved<string[]> {
  const refs = ids?.map((id) => ({ kind: "stand" as const, id }));
  const result = resolveRefs(doc, refs, ["stand"]);
  return result.ok ? resolved(result.value.map((ref) => ref.id)) : result;
}

export function requireStand(plan: Plan, id: string): Resolved<Stand> {
  const stand = findEntity(plan, "stand", id);
  return stand ? resolved(stand) : rejected("entity.not-found", { kind: "stand", id });
}

export function areFinite(...values: readonly unknown[]): boolean {
  return values.every((v) => typeof v === "number" && Number.isFinite(v));
}

/**
 * A stand under a new code. The label follows when it was the old code (the usual case: the
 * fascia shows the code); a label written by hand is the organiser's and is kept.
 */
export function recodeStand(stand: Stand, code: string): Stand {
  if (stand.id === code) return stand;
  const followsCode = stand.label === undefined || stand.label === stand.id;
  const next: Stand = { ...stand, id: code };
  if (followsCode && stand.label !== undefined) next.label = code;
  return next;
}

/** Returns a copy without the keys whose value is undefined (plans serialise without them). */
export function withoutUndefined<T extends object>(value: T): T {
  const copy = { ...value } as Record<string, unknown>;
  for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key];
  return copy as T;
}
