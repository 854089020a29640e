import { isDeepEqual } from "./equal";
import { positionsOf, samePositions } from "./id-index";
import {
  COLLECTION_KEYS,
  type CollectionDiff,
  type CollectionKey,
  type DocDiff,
  type EditorDoc,
  type Placed,
  type Plan,
  type PlanDiff,
} from "./types";

interface Identified {
  readonly id: string;
}
type AnyCollectionDiff = CollectionDiff<Identified>;

export const EMPTY_DIFF: DocDiff = { plan: {} };

function collectionDiffOf(diff: PlanDiff, key: CollectionKey): AnyCollectionDiff | undefined {
  return diff[key] as AnyCollectionDiff | undefined;
}

function isEmptyCollectionDiff(d: AnyCollectionDiff): boolean {
  return d.added.length === 0 && d.removed.length === 0 && d.updated.length === 0;
}

export function isEmptyDiff(diff: DocDiff): boolean {
  if (diff.selection) return false;
  return COLLECTION_KEYS.every((key) => {
    const d = collectionDiffOf(diff.plan, key);
    return d === undefined || isEmptyCollectionDiff(d);
  });
}

/**
 * Removals and updates are matched by id against the array before the change (all at once, so
 * codes can be swapped in one diff); additions are then inserted at their final indices in
 * ascending order. Untouched items keep their identity; a history that does not fit the document
 * is a bug, so it throws instead of guessing.
 */
function applyCollectionDiff(items: readonly Identified[], d: AnyCollectionDiff): Identified[] {
  if (d.removed.length === 0 && d.added.length === 0) return applyUpdates(items, d.updated);
  const removed = new Set(d.removed.map((r) => r.value.id));
  const updated = new Map(d.updated.map((u) => [u.before.id, u.after]));
  let matched = 0;
  const next: Identified[] = [];
  for (const item of items) {
    if (removed.has(item.id)) {
      matched++;
      continue;
    }
    const after = updated.get(item.id);
    if (after !== undefined) matched++;
    next.push(after ?? item);
  }
  if (matched !== removed.size + updated.size) throw new Error("diff does not fit the document");
  const added = [...d.added].sort((a, b) => a.index - b.index);
  for (const { index, value } of added) {
    if (index > next.length) throw new Error("diff does not fit the document");
    next.splice(index, 0, value);
  }
  return next;
}

/**
 * Only replacements (a drag frame, an edit): the array is copied and the few changed items put
 * at their places, found through the id index — no pass that rebuilds the array item by item.
 */
function applyUpdates(items: readonly Identified[], updated: AnyCollectionDiff["updated"]): Identified[] {
  const at = positionsOf(items);
  const next = items.slice();
  let renamed = false;
  for (const { before, after } of updated) {
    const index = at.get(before.id);
    if (index === undefined) throw new Error("diff does not fit the document");
    next[index] = after;
    if (after.id !== before.id) renamed = true;
  }
  if (!renamed) samePositions(items, next);
  return next;
}

export function applyDiff(doc: EditorDoc, diff: DocDiff): EditorDoc {
  let plan: Plan = doc.plan;
  for (const key of COLLECTION_KEYS) {
    const d = collectionDiffOf(diff.plan, key);
    if (!d || isEmptyCollectionDiff(d)) continue;
    const items = plan[key] as readonly Identified[];
    plan = { ...plan, [key]: applyCollectionDiff(items, d) };
  }
  const selection = diff.selection ? diff.selection.after : doc.selection;
  if (plan === doc.plan && selection === doc.selection) return doc;
  return { plan, selection };
}

export function invertDiff(diff: DocDiff): DocDiff {
  const plan: Record<string, AnyCollectionDiff> = {};
  for (const key of COLLECTION_KEYS) {
    const d = collectionDiffOf(diff.plan, key);
    if (!d) continue;
    plan[key] = {
      added: d.removed,
      removed: d.added,
      updated: d.updated.map(({ before, after }) => ({ before: after, after: before })),
    };
  }
  const selection = diff.selection && { before: diff.selection.after, after: diff.selection.before };
  return selection ? { plan, selection } : { plan };
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * The diff that turns `before` into `after`, found by id and identity (deep-equal replacements are
 * not changes). Used to squash a gesture into one entry. Commands never reorder a collection, but
 * should the survivors' order differ, the collection is recorded as replaced wholesale, which still
 * applies and inverts exactly.
 */
function diffCollection(
  before: readonly Identified[],
  after: readonly Identified[],
): AnyCollectionDiff | null {
  if (before === after) return null;
  const inPlace = diffInPlace(before, after);
  if (inPlace !== undefined) return inPlace;
  const afterById = new Map(after.map((item) => [item.id, item]));
  const beforeIds = new Set(before.map((item) => item.id));
  const survivorsBefore = before.filter((item) => afterById.has(item.id)).map((item) => item.id);
  const survivorsAfter = after.filter((item) => beforeIds.has(item.id)).map((item) => item.id);
  const place = (value: Identified, index: number): Placed<Identified> => ({ index, value });
  if (!sameOrder(survivorsBefore, survivorsAfter)) {
    return { added: after.map(place), removed: before.map(place), updated: [] };
  }
  const removed = before.map(place).filter((p) => !afterById.has(p.value.id));
  const added = after.map(place).filter((p) => !beforeIds.has(p.value.id));
  const updated = before.flatMap((item) => {
    const next = afterById.get(item.id);
    return next === undefined || next === item || isDeepEqual(item, next)
      ? []
      : [{ before: item, after: next }];
  });
  const d = { added, removed, updated };
  return isEmptyCollectionDiff(d) ? null : d;
}

/**
 * The common case, cheaply: same length and, wherever the objects differ, the same id — items
 * replaced in place (a drag frame over thousands of stands changes one or a few). Identity is
 * compared position by position; undefined means "not this case", for the general algorithm.
 */
function diffInPlace(
  before: readonly Identified[],
  after: readonly Identified[],
): AnyCollectionDiff | null | undefined {
  if (before.length !== after.length) return undefined;
  const updated: { before: Identified; after: Identified }[] = [];
  for (let i = 0; i < before.length; i++) {
    const b = before[i]!;
    const a = after[i]!;
    if (a === b) continue;
    if (a.id !== b.id) return undefined;
    if (!isDeepEqual(b, a)) updated.push({ before: b, after: a });
  }
  return updated.length === 0 ? null : { added: [], removed: [], updated };
}

export function diffDocs(before: EditorDoc, after: EditorDoc): DocDiff {
  const plan: Record<string, AnyCollectionDiff> = {};
  if (before.plan !== after.plan) {
    for (const key of COLLECTION_KEYS) {
      const d = diffCollection(before.plan[key] as Identified[], after.plan[key] as Identified[]);
      if (d) plan[key] = d;
    }
  }
  const selectionChanged =
    before.selection !== after.selection && !isDeepEqual(before.selection, after.selection);
  return selectionChanged
    ? { plan, selection: { before: before.selection, after: after.selection } }
    : { plan };
}

/** Stand ids to revalidate: added, removed, and both the old and new id of an updated stand. */
export function changedStandIds(diff: DocDiff): string[] {
  const d = diff.plan.stands;
  if (!d) return [];
  const ids = new Set<string>();
  for (const { value } of d.removed) ids.add(value.id);
  for (const { before, after } of d.updated) ids.add(before.id).add(after.id);
  for (const { value } of d.added) ids.add(value.id);
  return [...ids];
}

/** The plan collections a diff touches (selection aside). */
export function changedCollections(diff: DocDiff): CollectionKey[] {
  return COLLECTION_KEYS.filter((key) => {
    const d = collectionDiffOf(diff.plan, key);
    return d !== undefined && !isEmptyCollectionDiff(d);
  });
}
