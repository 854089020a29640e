import { describe, expect, it } from "vitest";
import { ACTIONS, findAction, findKeyAction, performAction, type EditorAction } from "./actions";
import { moveEntities } from "./commands/move";
import { findEntity } from "./document";
import {
  createEditorState,
  finishGesture,
  previewGesture,
  runCommand,
  selectRefs,
  type EditorState,
} from "./editor-state";
import type { KeyLike } from "./keys";
import { buildTestPlan, standRefs } from "./test-fixtures";

const key = (k: string, mods: Partial<Omit<KeyLike, "key">> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

function action(name: string): EditorAction {
  const found = findAction(name);
  if (!found) throw new Error(`no action ${name}`);
  return found;
}

const fresh = () => createEditorState(buildTestPlan());
const selecting = (...ids: string[]) => selectRefs(fresh(), standRefs(...ids));
const edited = () => runCommand(selecting("A01"), moveEntities, { dx: 1, dy: 0 });
const dragging = () => previewGesture(selecting("A01"), moveEntities, { dx: 2, dy: 0 });
const asking = () => performAction(selecting("A01"), action("delete"));

const keyCases: [string, KeyLike, boolean][] = [
  ["undo", key("z", { ctrlKey: true }), true],
  ["undo", key("z", { metaKey: true }), true],
  ["undo", key("z"), false],
  ["undo", key("Z", { ctrlKey: true, shiftKey: true }), false],
  ["redo", key("Z", { ctrlKey: true, shiftKey: true }), true],
  ["redo", key("z", { metaKey: true, shiftKey: true }), true],
  ["redo", key("y", { ctrlKey: true }), true],
  ["redo", key("y"), false],
  ["delete", key("Delete"), true],
  ["delete", key("Backspace"), true],
  ["delete", key("Backspace", { ctrlKey: true }), false],
  ["duplicate", key("d", { ctrlKey: true }), true],
  ["duplicate", key("d", { metaKey: true }), true],
  ["duplicate", key("d"), false],
  ["nudgeLeft", key("ArrowLeft"), true],
  ["nudgeLeft", key("ArrowLeft", { shiftKey: true }), true],
  ["nudgeLeft", key("ArrowLeft", { ctrlKey: true, shiftKey: true }), false],
  ["nudgeRight", key("ArrowRight"), true],
  ["nudgeUp", key("ArrowUp"), true],
  ["nudgeDown", key("ArrowDown"), true],
  ["rotate", key("r"), true],
  ["rotate", key("R", { shiftKey: true }), true],
  ["rotate", key("r", { ctrlKey: true }), false],
  ["selectAll", key("a", { ctrlKey: true }), true],
  ["selectAll", key("a", { metaKey: true }), true],
  ["selectAll", key("a"), false],
  ["escape", key("Escape"), true],
  ["zoomToFit", key("!", { shiftKey: true }), true],
  ["zoomToFit", key("1", { shiftKey: true }), true],
  ["zoomToFit", key("1"), false],
  ["zoomToSelection", key("@", { shiftKey: true }), true],
  ["zoomToSelection", key("2", { shiftKey: true }), true],
  ["alignLeft", key("ArrowLeft", { ctrlKey: true, shiftKey: true }), true],
  ["alignRight", key("ArrowRight", { metaKey: true, shiftKey: true }), true],
  ["alignTop", key("ArrowUp", { ctrlKey: true, shiftKey: true }), true],
  ["alignBottom", key("ArrowDown", { ctrlKey: true, shiftKey: true }), true],
  ["alignBottom", key("ArrowDown", { ctrlKey: true }), false],
  ["alignCenterX", key("ArrowLeft", { ctrlKey: true, shiftKey: true }), false],
  ["alignCenterY", key("c"), false],
  ["distributeHorizontally", key("h", { altKey: true }), true],
  ["distributeHorizontally", key("h"), false],
  ["distributeVertically", key("v", { altKey: true }), true],
];

describe("key tests", () => {
  it.each(keyCases)("%s matches %j: %s", (name, e, expected) => {
    expect(action(name).keyTest(e)).toBe(expected);
  });

  it("no key press triggers two actions", () => {
    const presses = [
      key("z", { ctrlKey: true }),
      key("Z", { ctrlKey: true, shiftKey: true }),
      key("ArrowLeft"),
      key("ArrowLeft", { ctrlKey: true, shiftKey: true }),
      key("Delete"),
      key("Escape"),
      key("r"),
    ];
    for (const e of presses) expect(ACTIONS.filter((a) => a.keyTest(e))).toHaveLength(1);
  });
});

const enabledCases: [string, () => EditorState, boolean][] = [
  ["undo", fresh, false],
  ["undo", edited, true],
  ["undo", dragging, true], // undo during a drag cancels it
  ["redo", edited, false],
  ["redo", () => performAction(edited(), action("undo")), true],
  ["delete", fresh, false],
  ["delete", () => selecting("A01"), true],
  ["delete", dragging, false],
  ["duplicate", () => selecting("A01"), true],
  ["nudgeLeft", fresh, false],
  ["nudgeLeft", () => selecting("A01"), true],
  ["rotate", () => selecting("A01"), true],
  ["selectAll", fresh, true],
  ["escape", fresh, false],
  ["escape", () => selecting("A01"), true],
  ["escape", dragging, true],
  ["zoomToFit", fresh, true],
  ["zoomToSelection", fresh, false],
  ["zoomToSelection", () => selecting("A01"), true],
  ["alignLeft", () => selecting("A01"), false],
  ["alignLeft", () => selecting("A01", "B01"), true],
  ["distributeVertically", () => selecting("A01", "B01"), false],
  ["distributeVertically", () => selecting("A01", "A02", "B01"), true],
  ["nudgeRight", dragging, false],
  ["nudgeRight", () => selecting("A01"), true],
  ["nudgeUp", fresh, false],
  ["nudgeDown", () => selecting("A01"), true],
  ["alignRight", fresh, false],
  ["alignTop", () => selecting("A01", "B01"), true],
  ["alignBottom", () => selecting("B01"), false],
  ["alignCenterX", fresh, false],
  ["alignCenterY", () => selecting("A01", "B01"), true],
  ["nudgeUp", () => selecting("B01"), true],
  ["nudgeDown", fresh, false],
  ["duplicate", fresh, false],
  ["rotate", fresh, false],
  ["selectAll", dragging, false],
  ["redo", dragging, false],
  ["alignRight", () => selecting("A01", "A02"), true],
  ["alignTop", dragging, false],
  ["alignBottom", () => selecting("A01", "A02"), true],
  ["alignCenterX", () => selecting("A01", "A02"), true],
  ["alignCenterY", () => selecting("A01"), false],
  ["distributeHorizontally", () => selecting("A01", "A02", "A03"), true],
  ["distributeHorizontally", () => selecting("A01", "A02"), false],
];

it("every action has key-test and enabled cases, both true and false", () => {
  for (const { name } of ACTIONS) {
    const keys = keyCases.filter(([n]) => n === name).map(([, , v]) => v);
    const enabled = enabledCases.filter(([n]) => n === name).map(([, , v]) => v);
    // Toolbar-only actions (centre alignments) have no key that triggers them.
    if (!name.startsWith("alignCenter")) expect(keys, name).toContain(true);
    expect(keys.length, name).toBeGreaterThan(0);
    expect(enabled, name).toContain(true);
    // Zoom to fit always has the halls to show.
    if (name !== "zoomToFit") expect(enabled, name).toContain(false);
  }
});

describe("enabled", () => {
  it.each(enabledCases)("%s in state #%# → %s", (name, state, expected) => {
    expect(action(name).enabled(state())).toBe(expected);
  });
});

describe("perform", () => {
  const a01 = (s: EditorState) => findEntity(s.doc.plan, "stand", "A01")!;

  it.each([
    ["ArrowRight", false, 2.5, 2],
    ["ArrowRight", true, 7, 2],
    ["ArrowLeft", false, 1.5, 2],
    ["ArrowUp", true, 2, -3],
    ["ArrowDown", false, 2, 2.5],
  ])("%s (shift %s) moves A01 to (%d, %d)", (k, shiftKey, x, y) => {
    const state = selecting("A01");
    const e = key(k, { shiftKey });
    const next = findKeyAction(state, e)!.perform(state, findKeyAction(state, e)!.argsFromKey?.(e));
    expect([a01(next).x, a01(next).y]).toEqual([x, y]);
  });

  it("delete first asks, then deletes once confirmed, as one undoable step", () => {
    const asked = asking();
    expect(asked.confirm).toEqual({ action: "delete", refs: standRefs("A01") });
    expect(asked.history.undos).toEqual([]);
    expect(findEntity(asked.doc.plan, "stand", "A01")).toBeDefined();
    const done = performAction(asked, action("delete"), { confirmed: true });
    expect(findEntity(done.doc.plan, "stand", "A01")).toBeUndefined();
    expect(done.confirm).toBeNull();
    const undone = performAction(done, action("undo"));
    expect(findEntity(undone.doc.plan, "stand", "A01")).toBeDefined();
  });

  it("escape dismisses a question first, then cancels a drag, then clears the selection", () => {
    const escape = action("escape");
    expect(performAction(asking(), escape).confirm).toBeNull();
    const start = selecting("A01");
    const drag = previewGesture(previewGesture(start, moveEntities, { dx: 2, dy: 0 }), moveEntities, {
      dx: 3,
      dy: 1,
    });
    expect(a01(drag).x).toBe(5);
    const cancelled = performAction(drag, escape);
    expect(cancelled.gesture).toBeNull();
    expect(cancelled.doc).toBe(start.doc); // exactly the document at the start of the drag
    expect(cancelled.history).toEqual(start.history);
    expect(cancelled.doc.selection).toEqual(standRefs("A01"));
    expect(performAction(cancelled, escape).doc.selection).toEqual([]);
  });

  it("records nothing per frame of a drag, and one entry when it ends", () => {
    const start = runCommand(selecting("A01"), moveEntities, { dx: 0, dy: 1 });
    let drag = previewGesture(start, moveEntities, { dx: 0.5, dy: 0 });
    const marked = drag.history;
    for (let i = 2; i <= 180; i++) drag = previewGesture(drag, moveEntities, { dx: i / 2, dy: 0 });
    // The frames leave the history as the gesture's start left it: its mark above the old entries.
    expect(drag.history).toBe(marked);
    expect(marked.undos.map((entry) => entry.type)).toEqual(["diff", "mark"]);
    expect(a01(drag).x).toBe(a01(start).x + 90);
    const done = finishGesture(drag);
    expect(done.history.undos.map((entry) => entry.type)).toEqual(["diff", "diff"]);
    const undone = performAction(done, action("undo"));
    expect(undone.doc.plan).toEqual(start.doc.plan);
    expect(performAction(undone, action("redo")).doc.plan).toEqual(done.doc.plan);
  });

  it("rotates a quarter turn, Shift the other way", () => {
    const state = selecting("B01");
    const rotate = action("rotate");
    expect(rotate.perform(state, rotate.argsFromKey!(key("r"))).doc.plan.stands[3]?.rotation).toBe(90);
    expect(
      rotate.perform(state, rotate.argsFromKey!(key("R", { shiftKey: true }))).doc.plan.stands[3]?.rotation,
    ).toBe(270);
  });

  it("select all takes every stand", () => {
    const next = performAction(fresh(), action("selectAll"));
    expect(next.doc.selection).toEqual(standRefs("A01", "A02", "A03", "B01", "C01"));
  });

  it("duplicate, align and distribute go through their commands", () => {
    expect(performAction(selecting("A01"), action("duplicate")).doc.plan.stands).toHaveLength(6);
    const aligned = performAction(selecting("A01", "B01"), action("alignBottom"));
    expect(a01(aligned).y).toBe(8);
    const spread = performAction(selecting("A01", "A03", "B01"), action("distributeVertically"));
    expect(findEntity(spread.doc.plan, "stand", "A03")?.y).toBe(5);
  });

  it("zoom actions change only the view", () => {
    const state = selecting("A01");
    const fit = performAction(state, action("zoomToFit"));
    expect(fit.view).not.toEqual(state.view);
    expect(fit.doc).toBe(state.doc);
    expect(performAction(state, action("zoomToSelection")).view.scale).toBeGreaterThan(fit.view.scale);
  });

  it("a disabled action returns the state unchanged, and a disabled key finds nothing", () => {
    const state = fresh();
    expect(performAction(state, action("delete"))).toBe(state);
    expect(findKeyAction(state, key("Delete"))).toBeNull();
  });

  it("a refused command leaves the error to show and the plan untouched", () => {
    const state = selecting("A01");
    const next = performAction(state, action("alignLeft"));
    expect(next).toBe(state); // disabled with one stand
    const forced = action("alignLeft").perform(state);
    expect(forced.error).toEqual({ reason: "selection.too-few", details: { min: 2 } });
    expect(forced.doc).toBe(state.doc);
  });
});
