import { findKeyAction, performAction, type ActionArgs, type EditorAction } from "./actions";
import { changedCollections, changedStandIds, diffDocs } from "./diff";
import {
  abortGesture,
  applyGestureResult,
  applyResult,
  createEditorState,
  finishGesture,
  markSaved,
  openGesture,
  redoEdit,
  selectRefs,
  setGridStep,
  setView,
  startGesture,
  undoEdit,
  type EditorState,
  type EditorStateOptions,
} from "./editor-state";
import { canRedo, canUndo } from "./history";
import type { KeyLike } from "./keys";
import type { Command, CommandResult, EntityRef, Plan } from "./types";
import type { ViewState } from "./view";

/**
 * What the store needs from the rule engine (the lead wires `createRuleEngine` behind it). It is
 * told after every applied change, gesture frames included, so violations show while dragging.
 */
export interface PlanValidator {
  reset(plan: Plan): void;
  /** `frame`: the edit is a frame of a gesture, soon followed by another (the answer may wait). */
  update(plan: Plan, changedStandIds: string[], frame?: boolean): void;
  violations(): readonly unknown[];
  /**
   * The results come later than the edit (the rule worker, ADR 017): the store then takes the
   * list only between gestures (at the end of one, and through refreshViolations), not on each move.
   */
  readonly deferred?: boolean;
}

export interface EditorStoreOptions extends EditorStateOptions {
  readonly validator?: PlanValidator;
}

export interface EditorStore {
  getState(): EditorState;
  subscribe(listener: () => void): () => void;
  dispatch<A>(command: Command<A>, args: A): CommandResult;
  beginGesture(): void;
  /** Applies `command` to the document as it was when the gesture began (args are totals since then). */
  updateGesture<A>(command: Command<A>, args: A): CommandResult;
  endGesture(): void;
  cancelGesture(): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  perform(action: EditorAction, args?: ActionArgs): void;
  /** Performs the action bound to the key; true when one ran (the view then prevents the default). */
  handleKey(e: KeyLike): boolean;
  select(refs: readonly EntityRef[]): void;
  setView(view: ViewState): void;
  setGrid(gridM: number): void;
  markSaved(version: number, plan?: Plan): void;
  /**
   * Takes the validator's violations again: one that answers later (the rule worker, ADR 017)
   * has this called when its results arrive while no gesture is under way (during one, each move
   * takes them). Listeners hear of it only when the list changed.
   */
  refreshViolations(): void;
  readonly dirty: boolean;
  readonly version: number | null;
}

/**
 * A tiny framework-agnostic store (React reads it through useSyncExternalStore). The state is an
 * immutable value: getState returns the same object until something changes.
 */
export function createEditorStore(plan: Plan, options: EditorStoreOptions = {}): EditorStore {
  const { validator } = options;
  let state = createEditorState(plan, options);
  if (validator) {
    validator.reset(plan);
    state = { ...state, violations: validator.violations() };
  }
  const listeners = new Set<() => void>();

  /**
   * Only the rule engine's incremental path is told about stand changes; a change to anything
   * else (a box, a zone, an obstacle) can affect any stand, so the engine starts over.
   */
  function revalidate(prev: EditorState, next: EditorState): EditorState {
    if (!validator) return next;
    if (prev.doc.plan !== next.doc.plan) {
      const diff = diffDocs(prev.doc, next.doc);
      const collections = changedCollections(diff);
      if (collections.length > 0) {
        if (collections.every((key) => key === "stands"))
          validator.update(next.doc.plan, changedStandIds(diff), next.gesture !== null);
        else validator.reset(next.doc.plan);
      }
    }
    // A validator that answers later (the rule worker, ADR 017) may have new results since the
    // last change: every change outside a gesture takes them (the same list, by identity, when
    // there are none). During a gesture its listeners read it directly.
    if (validator.deferred && next.gesture !== null) return next;
    const violations = validator.violations();
    return violations === next.violations ? next : { ...next, violations };
  }

  function commit(next: EditorState): void {
    if (next === state) return;
    const prev = state;
    state = revalidate(prev, next);
    for (const listener of [...listeners]) listener();
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(command, args) {
      const settled = finishGesture(state);
      const result = command(settled.doc, args);
      commit(applyResult(settled, result));
      return result;
    },
    beginGesture: () => commit(startGesture(state)),
    updateGesture(command, args) {
      const open = openGesture(state);
      const result = command(open.gesture.base, args);
      commit(applyGestureResult(open, result));
      return result;
    },
    endGesture: () => commit(finishGesture(state)),
    cancelGesture: () => commit(abortGesture(state)),
    undo: () => commit(undoEdit(state)),
    redo: () => commit(redoEdit(state)),
    canUndo: () => state.gesture !== null || canUndo(state.history),
    canRedo: () => state.gesture === null && canRedo(state.history),
    perform: (action, args) => commit(performAction(state, action, args)),
    handleKey(e) {
      const action = findKeyAction(state, e);
      if (!action) return false;
      commit(action.perform(state, action.argsFromKey?.(e)));
      return true;
    },
    select: (refs) => commit(selectRefs(state, refs)),
    setView: (view) => commit(setView(state, view)),
    setGrid: (gridM) => commit(setGridStep(state, gridM)),
    markSaved: (version, saved) => commit(markSaved(state, version, saved)),
    refreshViolations() {
      if (!validator) return;
      const violations = validator.violations();
      if (violations === state.violations) return;
      state = { ...state, violations };
      for (const listener of [...listeners]) listener();
    },
    get dirty() {
      return state.dirty;
    },
    get version() {
      return state.version;
    },
  };
}
