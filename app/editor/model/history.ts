import { applyDiff, diffDocs, invertDiff, isEmptyDiff } from "./diff";
import type { DocDiff, EditorDoc } from "./types";

/**
 * Undo history as a stack of diffs with marks, after tldraw: a gesture puts a mark on the stack
 * when it starts, and at the end either squashes what was recorded above it (the editor records
 * nothing during a gesture: the mark's document suffices) into one entry or bails back to the mark. The history is an immutable value: every function
 * returns a new one, so it can sit in the editor state and be compared by identity.
 */
export const DEFAULT_HISTORY_DEPTH = 200;

export type HistoryEntry =
  | { readonly type: "diff"; readonly diff: DocDiff }
  /** The document and redo stack as they were at the mark: bailing back restores both exactly. */
  | {
      readonly type: "mark";
      readonly id: string;
      readonly doc: EditorDoc;
      readonly redos: readonly DocDiff[];
    };

export interface History {
  readonly undos: readonly HistoryEntry[];
  readonly redos: readonly DocDiff[];
  /** Most undoable entries kept; the oldest go first. */
  readonly depth: number;
}

export function createHistory(depth = DEFAULT_HISTORY_DEPTH): History {
  return { undos: [], redos: [], depth: Math.max(1, Math.floor(depth)) };
}

export function countUndoable(history: History): number {
  return history.undos.filter((entry) => entry.type === "diff").length;
}

export function canUndo(history: History): boolean {
  return history.undos.some((entry) => entry.type === "diff");
}

export function canRedo(history: History): boolean {
  return history.redos.length > 0;
}

/** Drops the oldest diffs beyond the depth; never a mark, which an open gesture still needs. */
function trim(undos: readonly HistoryEntry[], depth: number): readonly HistoryEntry[] {
  let excess = undos.filter((entry) => entry.type === "diff").length - depth;
  let start = 0;
  while (excess > 0 && undos[start]?.type === "diff") {
    start++;
    excess--;
  }
  return start === 0 ? undos : undos.slice(start);
}

/** A new change: pushed for undo, and the redo stack is gone (its future no longer exists). */
export function recordDiff(history: History, diff: DocDiff): History {
  if (isEmptyDiff(diff)) return history;
  const undos = trim([...history.undos, { type: "diff", diff }], history.depth);
  return { ...history, undos, redos: [] };
}

export function mark(history: History, id: string, doc: EditorDoc): History {
  return { ...history, undos: [...history.undos, { type: "mark", id, doc, redos: history.redos }] };
}

function findMark(history: History, id: string) {
  for (let i = history.undos.length - 1; i >= 0; i--) {
    const entry = history.undos[i]!;
    if (entry.type === "mark" && entry.id === id) return { index: i, entry };
  }
  // A gesture that ends without having begun is a bug in the caller, not a user action.
  throw new Error(`no history mark ${JSON.stringify(id)}`);
}

/**
 * Replaces the mark and everything recorded since by one entry: the change from the document at
 * the mark to `doc`. A gesture that changed nothing leaves no entry and keeps the redo stack.
 */
export function squashToMark(history: History, id: string, doc: EditorDoc): History {
  const { index, entry } = findMark(history, id);
  const diff = diffDocs(entry.doc, doc);
  const below = history.undos.slice(0, index);
  if (isEmptyDiff(diff)) return { ...history, undos: below, redos: entry.redos };
  return { ...history, undos: trim([...below, { type: "diff", diff }], history.depth), redos: [] };
}

/** Forgets everything since the mark and gives back the document exactly as it was then. */
export function bailToMark(history: History, id: string): { history: History; doc: EditorDoc } {
  const { index, entry } = findMark(history, id);
  return {
    history: { ...history, undos: history.undos.slice(0, index), redos: entry.redos },
    doc: entry.doc,
  };
}

export interface Step {
  readonly history: History;
  readonly doc: EditorDoc;
  /** The diff just applied to the document (inverse of the entry for an undo). */
  readonly diff: DocDiff;
}

/** Undoes the latest entry; marks left on top (gestures that changed nothing) are dropped. */
export function undo(history: History, doc: EditorDoc): Step | null {
  let top = history.undos.length - 1;
  while (top >= 0 && history.undos[top]!.type === "mark") top--;
  const entry = history.undos[top];
  if (!entry || entry.type !== "diff") return null;
  const diff = invertDiff(entry.diff);
  return {
    history: { ...history, undos: history.undos.slice(0, top), redos: [...history.redos, entry.diff] },
    doc: applyDiff(doc, diff),
    diff,
  };
}

export function redo(history: History, doc: EditorDoc): Step | null {
  const diff = history.redos.at(-1);
  if (!diff) return null;
  return {
    history: {
      ...history,
      undos: trim([...history.undos, { type: "diff", diff }], history.depth),
      redos: history.redos.slice(0, -1),
    },
    doc: applyDiff(doc, diff),
    diff,
  };
}
