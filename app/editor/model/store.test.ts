import { describe, expect, it } from "vitest";
import { findAction } from "./actions";
import { addStand } from "./commands/add-stands";
import { moveEntities } from "./commands/move";
import { setStandProps } from "./commands/stand-props";
import { findEntity } from "./document";
import { gestureMovesMoreThanStands } from "./editor-state";
import { countUndoable } from "./history";
import { createEditorStore, type PlanValidator } from "./store";
import { buildTestPlan, standRefs } from "./test-fixtures";
import type { Plan } from "./types";

/** A stand-in for the rule engine: flags stands left of x = 0, and records how it was called. */
function recordingValidator() {
  const calls: (["reset"] | ["update", string[]])[] = [];
  let plan: Plan | null = null;
  const validator: PlanValidator = {
    reset(p) {
      plan = p;
      calls.push(["reset"]);
    },
    update(p, ids) {
      plan = p;
      calls.push(["update", ids]);
    },
    violations: () =>
      (plan?.stands ?? [])
        .filter((s) => s.x < 0)
        .map((s) => ({ rule: "stand.outside-hall", subjects: [s.id] })),
  };
  return { validator, calls };
}

const a01 = (plan: Plan) => findEntity(plan, "stand", "A01")!;

describe("editor store", () => {
  it("applies commands, tells listeners, and records them for undo and redo", () => {
    const store = createEditorStore(buildTestPlan(), { version: 7 });
    let notified = 0;
    const unsubscribe = store.subscribe(() => notified++);
    expect(store.canUndo()).toBe(false);
    const result = store.dispatch(moveEntities, { refs: standRefs("A01"), dx: 1, dy: 0 });
    expect(result.ok).toBe(true);
    expect(a01(store.getState().doc.plan).x).toBe(3);
    expect(notified).toBe(1);
    expect([store.canUndo(), store.canRedo(), store.dirty, store.version]).toEqual([true, false, true, 7]);
    store.undo();
    expect(a01(store.getState().doc.plan).x).toBe(2);
    expect([store.canUndo(), store.canRedo(), store.dirty]).toEqual([false, true, false]);
    store.redo();
    expect(a01(store.getState().doc.plan).x).toBe(3);
    unsubscribe();
    store.undo();
    expect(notified).toBe(3);
  });

  it("returns a refused command's error and changes nothing", () => {
    const store = createEditorStore(buildTestPlan());
    const before = store.getState();
    const result = store.dispatch(setStandProps, { ids: ["A02"], props: { code: "A01" } });
    expect(result).toMatchObject({ ok: false, error: { reason: "code.duplicate" } });
    expect(store.getState().doc).toBe(before.doc);
    expect(store.getState().error).toEqual({ reason: "code.duplicate", details: { code: "A01" } });
    expect(store.canUndo()).toBe(false);
  });

  it("keeps the same state object when nothing changes (useSyncExternalStore relies on it)", () => {
    const store = createEditorStore(buildTestPlan());
    const state = store.getState();
    store.select([]);
    store.undo();
    store.endGesture();
    expect(store.getState()).toBe(state);
  });

  it("makes one history entry of a gesture, however many frames it had", () => {
    const store = createEditorStore(buildTestPlan());
    store.select(standRefs("A01", "A02"));
    store.beginGesture();
    for (let i = 1; i <= 180; i++)
      store.updateGesture(moveEntities, { dx: i * 0.1, dy: i * 0.05, snap: 0.5 });
    store.endGesture();
    const state = store.getState();
    expect(countUndoable(state.history)).toBe(1);
    // Totals since the start, snapped: 18 m right, 9 m down.
    expect([a01(state.doc.plan).x, a01(state.doc.plan).y]).toEqual([20, 11]);
    store.undo();
    expect(store.getState().doc.plan).toEqual(buildTestPlan());
  });

  it("restores the document exactly when a gesture is cancelled", () => {
    const store = createEditorStore(buildTestPlan());
    store.dispatch(addStand, { x: 12, y: 12 });
    const atStart = store.getState().doc;
    store.beginGesture();
    store.updateGesture(moveEntities, { dx: 3, dy: 0 });
    store.updateGesture(moveEntities, { dx: 5, dy: 1 });
    store.cancelGesture();
    expect(store.getState().doc).toBe(atStart);
    expect(countUndoable(store.getState().history)).toBe(1);
    expect(store.getState().gesture).toBeNull();
  });

  it("undo during a drag cancels the drag", () => {
    const store = createEditorStore(buildTestPlan());
    store.select(standRefs("A01"));
    store.beginGesture();
    store.updateGesture(moveEntities, { dx: 3, dy: 0 });
    expect(store.canUndo()).toBe(true);
    store.undo();
    expect(a01(store.getState().doc.plan).x).toBe(2);
    expect(store.getState().gesture).toBeNull();
  });

  it("tells the validator which stands changed, frames of a drag included", () => {
    const { validator, calls } = recordingValidator();
    const store = createEditorStore(buildTestPlan(), { validator });
    expect(calls).toEqual([["reset"]]);
    store.select(standRefs("A01"));
    store.beginGesture();
    store.updateGesture(moveEntities, { dx: -3, dy: 0 });
    expect(store.getState().violations).toEqual([{ rule: "stand.outside-hall", subjects: ["A01"] }]);
    store.updateGesture(moveEntities, { dx: -4, dy: 0 });
    store.cancelGesture();
    expect(store.getState().violations).toEqual([]);
    expect(calls.slice(1)).toEqual([
      ["update", ["A01"]],
      ["update", ["A01"]],
      ["update", ["A01"]],
    ]);
  });

  it("restarts the validator when something other than stands changes", () => {
    const { validator, calls } = recordingValidator();
    const store = createEditorStore(buildTestPlan(), { validator });
    store.dispatch(moveEntities, { refs: [{ kind: "powerBox", id: "B1" }], dx: 1, dy: 1 });
    store.select(standRefs("A02"));
    expect(calls).toEqual([["reset"], ["reset"]]);
  });

  it("performs actions and handles keys", () => {
    const store = createEditorStore(buildTestPlan());
    expect(
      store.handleKey({ key: "Delete", ctrlKey: false, metaKey: false, shiftKey: false, altKey: false }),
    ).toBe(false);
    store.select(standRefs("A01"));
    const right = { key: "ArrowRight", ctrlKey: false, metaKey: false, shiftKey: true, altKey: false };
    expect(store.handleKey(right)).toBe(true);
    expect(a01(store.getState().doc.plan).x).toBe(7);
    store.handleKey({ ...right, key: "z", shiftKey: false, metaKey: true });
    expect(a01(store.getState().doc.plan).x).toBe(2);
    store.perform(findAction("delete")!);
    expect(store.getState().confirm).not.toBeNull();
  });

  it("tracks the saved version and whether the plan differs from it", () => {
    const store = createEditorStore(buildTestPlan(), { version: 1 });
    store.dispatch(moveEntities, { refs: standRefs("A01"), dx: 1, dy: 0 });
    const sent = store.getState().doc.plan;
    store.dispatch(moveEntities, { refs: standRefs("A01"), dx: 1, dy: 0 });
    store.markSaved(2, sent); // the save answered after another edit
    expect([store.dirty, store.version]).toEqual([true, 2]);
    store.undo();
    expect(store.dirty).toBe(false);
  });

  it("adjusts the grid and refuses an impossible one", () => {
    const store = createEditorStore(buildTestPlan());
    store.setGrid(0.25);
    expect(store.getState().settings.gridM).toBe(0.25);
    store.setGrid(-1);
    expect(store.getState().settings.gridM).toBe(0.25);
    expect(store.getState().error?.reason).toBe("value.invalid");
  });
});

describe("gestureMovesMoreThanStands", () => {
  it("says whether the gesture under way changed a door, box, obstacle or zone, not only stands", () => {
    const store = createEditorStore(buildTestPlan());
    expect(gestureMovesMoreThanStands(store.getState())).toBe(false);
    store.select(standRefs("A02"));
    store.beginGesture();
    store.updateGesture(moveEntities, { dx: 1, dy: 0, snap: null });
    expect(gestureMovesMoreThanStands(store.getState())).toBe(false);
    store.endGesture();
    store.select([{ kind: "powerBox", id: "B2" }]);
    store.beginGesture();
    expect(gestureMovesMoreThanStands(store.getState())).toBe(false);
    store.updateGesture(moveEntities, { dx: 1, dy: 0, snap: null });
    expect(gestureMovesMoreThanStands(store.getState())).toBe(true);
    store.endGesture();
    expect(gestureMovesMoreThanStands(store.getState())).toBe(false);
  });
});
