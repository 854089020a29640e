import { describe, expect, it } from "vitest";
import { moveEntities } from "./commands/move";
import { setStandProps } from "./commands/stand-props";
import { diffDocs } from "./diff";
import {
  bailToMark,
  canRedo,
  canUndo,
  countUndoable,
  createHistory,
  mark,
  recordDiff,
  redo,
  squashToMark,
  undo,
  type History,
} from "./history";
import { buildTestDoc, snapshot, standRefs } from "./test-fixtures";
import type { Command, EditorDoc } from "./types";

function run<A>(state: { doc: EditorDoc; history: History }, command: Command<A>, args: A) {
  const result = command(state.doc, args);
  if (!result.ok) throw new Error(result.error.reason);
  return { doc: result.doc, history: recordDiff(state.history, result.diff) };
}

const nudge = { refs: standRefs("A01"), dx: 0.1, dy: 0 };

describe("history", () => {
  it("undoes and redoes in order; a new change clears redo", () => {
    const doc0 = buildTestDoc();
    let s = { doc: doc0, history: createHistory() };
    s = run(s, moveEntities, nudge);
    const doc1 = s.doc;
    s = run(s, setStandProps, { ids: ["A02"], props: { covered: true } });
    const doc2 = s.doc;
    const u1 = undo(s.history, s.doc)!;
    expect(u1.doc).toEqual(doc1);
    const u2 = undo(u1.history, u1.doc)!;
    expect(u2.doc).toEqual(doc0);
    expect(undo(u2.history, u2.doc)).toBeNull();
    const r1 = redo(u2.history, u2.doc)!;
    expect(r1.doc).toEqual(doc1);
    expect(redo(redo(r1.history, r1.doc)!.history, doc2)).toBeNull();
    const branched = run({ doc: r1.doc, history: r1.history }, moveEntities, nudge);
    expect(canRedo(branched.history)).toBe(false);
  });

  it("keeps one entry per gesture after 180 intermediate moves", () => {
    const doc0 = buildTestDoc();
    let s = run({ doc: doc0, history: createHistory() }, setStandProps, {
      ids: ["A02"],
      props: { notes: "x" },
    });
    const start = s.doc;
    s = { ...s, history: mark(s.history, "drag", s.doc) };
    for (let i = 1; i <= 180; i++) {
      const r = moveEntities(s.doc, { refs: standRefs("A01", "A02"), dx: 0.05, dy: 0.02 });
      if (!r.ok) throw new Error(r.error.reason);
      s = { doc: r.doc, history: recordDiff(s.history, r.diff) };
    }
    expect(countUndoable(s.history)).toBe(181);
    const squashed = squashToMark(s.history, "drag", s.doc);
    expect(countUndoable(squashed)).toBe(2);
    expect(squashed.undos.every((e) => e.type === "diff")).toBe(true);
    const back = undo(squashed, s.doc)!;
    expect(back.doc).toEqual(start);
    expect(redo(back.history, back.doc)!.doc).toEqual(s.doc);
  });

  it("bails back to the mark exactly, with no entry and the redo stack as it was", () => {
    const doc0 = buildTestDoc(standRefs("A01"));
    let s = run({ doc: doc0, history: createHistory() }, moveEntities, nudge);
    const u = undo(s.history, s.doc)!;
    s = { doc: u.doc, history: mark(u.history, "drag", u.doc) };
    const before = snapshot(s.doc);
    const atMark = s.doc;
    for (let i = 0; i < 20; i++) s = run(s, moveEntities, { ...nudge, dy: 1 });
    expect(canRedo(s.history)).toBe(false);
    const bailed = bailToMark(s.history, "drag");
    expect(bailed.doc).toBe(atMark);
    expect(bailed.doc).toEqual(before);
    expect(canUndo(bailed.history)).toBe(false);
    expect(canRedo(bailed.history)).toBe(true);
  });

  it("a gesture that changed nothing leaves no entry and keeps redo", () => {
    const doc0 = buildTestDoc();
    const s = run({ doc: doc0, history: createHistory() }, moveEntities, nudge);
    const u = undo(s.history, s.doc)!;
    const marked = mark(u.history, "click", u.doc);
    const squashed = squashToMark(marked, "click", u.doc);
    expect(squashed.undos).toEqual([]);
    expect(canRedo(squashed)).toBe(true);
  });

  it("keeps at most `depth` entries, dropping the oldest", () => {
    let s = { doc: buildTestDoc(), history: createHistory(5) };
    const docs = [s.doc];
    for (let i = 0; i < 8; i++) {
      s = run(s, moveEntities, nudge);
      docs.push(s.doc);
    }
    expect(countUndoable(s.history)).toBe(5);
    let step = { doc: s.doc, history: s.history };
    for (let i = 0; i < 5; i++) step = undo(step.history, step.doc)!;
    expect(step.doc).toEqual(docs[3]);
    expect(undo(step.history, step.doc)).toBeNull();
  });

  it("never trims below an open mark", () => {
    let s = { doc: buildTestDoc(), history: mark(createHistory(3), "drag", buildTestDoc()) };
    for (let i = 0; i < 10; i++) s = run(s, moveEntities, nudge);
    expect(s.history.undos[0]).toMatchObject({ type: "mark", id: "drag" });
    const squashed = squashToMark(s.history, "drag", s.doc);
    expect(squashed.undos).toHaveLength(1);
  });

  it("squashes into the same change as diffing the two documents", () => {
    const doc0 = buildTestDoc();
    let s = { doc: doc0, history: mark(createHistory(), "g", doc0) };
    s = run(s, moveEntities, nudge);
    s = run(s, moveEntities, { ...nudge, dx: -0.1 });
    // Moved and moved back: nothing to undo.
    expect(squashToMark(s.history, "g", s.doc).undos).toEqual([]);
    expect(diffDocs(doc0, s.doc).plan).toEqual({});
  });

  it("refuses an unknown mark (a caller bug)", () => {
    expect(() => squashToMark(createHistory(), "nope", buildTestDoc())).toThrow(/no history mark/);
  });
});
