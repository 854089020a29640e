import { applyDiff } from "./diff";
import { findById, positionsOf } from "./id-index";
import { isSameRef, type Entity, type EntityOfKind } from "./document";
import { isDeepEqual } from "./equal";
import {
  COLLECTION_OF,
  KIND_OF,
  type CollectionDiff,
  type CollectionItems,
  type CollectionKey,
  type CommandError,
  type CommandErrorReason,
  type CommandResult,
  type DocDiff,
  type EditorDoc,
  type EntityRef,
} from "./types";

interface Identified {
  readonly id: string;
}

interface Staged {
  readonly removed: Set<string>;
  readonly updated: Map<string, Identified>;
  readonly added: Identified[];
}

/**
 * What a command intends to change, collected before anything is applied. `commit` turns it into
 * a diff and applies that diff, so a command's result and its redo go through the same code.
 */
export class PlanChanges {
  private readonly staged = new Map<CollectionKey, Staged>();
  private selection: readonly EntityRef[] | null = null;

  constructor(readonly doc: EditorDoc) {}

  private stagedFor(key: CollectionKey): Staged {
    let s = this.staged.get(key);
    if (!s) {
      s = { removed: new Set(), updated: new Map(), added: [] };
      this.staged.set(key, s);
    }
    return s;
  }

  /** Replaces the item whose id is `id` now (`after.id` may differ: a stand renumbered). */
  update<K extends CollectionKey>(key: K, id: string, after: CollectionItems[K]): this {
    this.stagedFor(key).updated.set(id, after);
    return this;
  }

  add<K extends CollectionKey>(key: K, value: CollectionItems[K]): this {
    this.stagedFor(key).added.push(value);
    return this;
  }

  remove(key: CollectionKey, id: string): this {
    this.stagedFor(key).removed.add(id);
    return this;
  }

  /** The item as this change set leaves it so far (undefined when removed or unknown). */
  current<K extends CollectionKey>(key: K, id: string): CollectionItems[K] | undefined {
    const s = this.staged.get(key);
    if (s?.removed.has(id)) return undefined;
    const items = this.doc.plan[key] as unknown as readonly CollectionItems[K][];
    return (s?.updated.get(id) as CollectionItems[K] | undefined) ?? findById(items, id);
  }

  /** `update` by entity ref, for commands that handle several kinds alike. */
  updateEntity<K extends EntityRef["kind"]>(kind: K, id: string, after: EntityOfKind[K]): this {
    return this.update(COLLECTION_OF[kind], id, after as never);
  }

  addEntity<K extends EntityRef["kind"]>(kind: K, value: EntityOfKind[K]): this {
    return this.add(COLLECTION_OF[kind], value as never);
  }

  currentEntity<K extends EntityRef["kind"]>(kind: K, id: string): EntityOfKind[K] | undefined {
    return this.current(COLLECTION_OF[kind], id) as Entity | undefined as EntityOfKind[K] | undefined;
  }

  select(refs: readonly EntityRef[]): this {
    this.selection = refs;
    return this;
  }

  /** The diff of everything staged, applied to the document. */
  commit(): CommandResult {
    const plan: Record<string, CollectionDiff<Identified>> = {};
    const renamed: EntityRef[][] = [];
    const gone: EntityRef[] = [];
    for (const [key, s] of this.staged) {
      const items = this.doc.plan[key] as readonly Identified[];
      const kind = KIND_OF[key];
      const at = positionsOf(items);
      const unknown = [...s.updated.keys(), ...s.removed].filter((id) => !at.has(id));
      if (unknown.length > 0) throw new Error(`change to unknown ${key}: ${unknown.join(", ")}`);
      // In collection order, as the diff has always listed them (a few ids, not a pass over all items).
      const indices = (ids: Iterable<string>) => [...ids].map((id) => at.get(id)!).sort((a, b) => a - b);
      const removed = indices(s.removed).map((index) => ({ index, value: items[index]! }));
      const updated = indices(s.updated.keys()).flatMap((index) => {
        const before = items[index]!;
        const after = s.updated.get(before.id)!;
        // A replacement equal to what is there is no change: the stand keeps its identity.
        if (after === before || isDeepEqual(before, after)) return [];
        if (kind && after.id !== before.id)
          renamed.push([
            { kind, id: before.id },
            { kind, id: after.id },
          ]);
        return [{ before, after }];
      });
      if (kind) gone.push(...removed.map(({ value }) => ({ kind, id: value.id })));
      const keptLength = items.length - removed.length;
      const added = s.added.map((value, k) => ({ index: keptLength + k, value }));
      if (added.length + removed.length + updated.length > 0) plan[key] = { added, removed, updated };
    }
    const diff: DocDiff = { plan };
    const before = this.doc.selection;
    const after = this.selection ?? followSelection(before, gone, renamed);
    const withSelection = isDeepEqual(before, after) ? diff : { ...diff, selection: { before, after } };
    return { ok: true, doc: applyDiff(this.doc, withSelection), diff: withSelection };
  }
}

/** The selection after a change that did not set it: deleted entities leave it, renamed ones follow. */
function followSelection(
  selection: readonly EntityRef[],
  gone: readonly EntityRef[],
  renamed: readonly EntityRef[][],
): readonly EntityRef[] {
  return selection.flatMap((ref) => {
    if (gone.some((g) => isSameRef(g, ref))) return [];
    const pair = renamed.find(([from]) => from !== undefined && isSameRef(from, ref));
    return [pair?.[1] ?? ref];
  });
}

export function startChanges(doc: EditorDoc): PlanChanges {
  return new PlanChanges(doc);
}

export function failWith(reason: CommandErrorReason, details?: CommandError["details"]): CommandResult {
  return { ok: false, error: details ? { reason, details } : { reason } };
}

/** A command that changes nothing (a zero move, assigning the exhibitor already there). */
export function unchanged(doc: EditorDoc): CommandResult {
  return { ok: true, doc, diff: { plan: {} } };
}
