import { findById } from "./id-index";
import {
  COLLECTION_OF,
  type EditorDoc,
  type EntityKind,
  type EntityRef,
  type Exit,
  type Obstacle,
  type Plan,
  type PowerBox,
  type Stand,
  type Zone,
} from "./types";

export interface EntityOfKind {
  stand: Stand;
  obstacle: Obstacle;
  exit: Exit;
  powerBox: PowerBox;
  zone: Zone;
}
export type Entity = EntityOfKind[EntityKind];

export const ENTITY_KINDS: readonly EntityKind[] = ["stand", "obstacle", "exit", "powerBox", "zone"];

export function createEditorDoc(plan: Plan, selection: readonly EntityRef[] = []): EditorDoc {
  return { plan, selection };
}

export function entitiesOf<K extends EntityKind>(plan: Plan, kind: K): readonly EntityOfKind[K][] {
  return plan[COLLECTION_OF[kind]] as unknown as readonly EntityOfKind[K][];
}

export function findEntity<K extends EntityKind>(
  plan: Plan,
  kind: K,
  id: string,
): EntityOfKind[K] | undefined {
  return findById(entitiesOf(plan, kind), id);
}

export function findStand(plan: Plan, id: string): Stand | undefined {
  return findById(plan.stands, id);
}

export function refKey(ref: EntityRef): string {
  return `${ref.kind}:${ref.id}`;
}

export function isSameRef(a: EntityRef, b: EntityRef): boolean {
  return a.kind === b.kind && a.id === b.id;
}

export function isSelected(doc: EditorDoc, ref: EntityRef): boolean {
  return doc.selection.some((selected) => isSameRef(selected, ref));
}

export function selectedIds(doc: EditorDoc, kind: EntityKind): string[] {
  return doc.selection.filter((ref) => ref.kind === kind).map((ref) => ref.id);
}

export function refsOf(plan: Plan, kind: EntityKind): EntityRef[] {
  return entitiesOf(plan, kind).map((entity) => ({ kind, id: entity.id }));
}

/**
 * Replaces items by id (the map is keyed by the id before replacement). The array is copied only
 * when something is actually replaced, and untouched items keep their identity: the view redraws
 * only the shapes whose object changed.
 */
export function replaceById<T extends { readonly id: string }>(
  items: readonly T[],
  replacements: ReadonlyMap<string, T>,
): readonly T[] {
  let next: T[] | null = null;
  items.forEach((item, i) => {
    const replacement = replacements.get(item.id);
    if (replacement === undefined || replacement === item) return;
    next ??= [...items];
    next[i] = replacement;
  });
  return next ?? items;
}

/** The document with one entity replaced (same document when `next` is the current object). */
export function replaceEntity<K extends EntityKind>(
  doc: EditorDoc,
  kind: K,
  id: string,
  next: EntityOfKind[K],
): EditorDoc {
  const key = COLLECTION_OF[kind];
  const items = entitiesOf(doc.plan, kind);
  const replaced = replaceById(items, new Map([[id, next]]));
  if (replaced === items) return doc;
  return { ...doc, plan: { ...doc.plan, [key]: replaced } };
}

/** A selection with only the refs that still name an entity (after an undo, a delete…). */
export function pruneSelection(plan: Plan, selection: readonly EntityRef[]): readonly EntityRef[] {
  const kept = selection.filter((ref) => findEntity(plan, ref.kind, ref.id) !== undefined);
  return kept.length === selection.length ? selection : kept;
}
