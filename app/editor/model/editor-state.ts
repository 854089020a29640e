import { createEditorDoc, pruneSelection } from "./document";
import { isDeepEqual } from "./equal";
import {
  bailToMark,
  createHistory,
  mark,
  recordDiff,
  redo,
  squashToMark,
  undo,
  type History,
  type Step,
} from "./history";
import { DEFAULT_GRID_M, parseGridStep } from "./snapping";
import type { Command, CommandError, CommandResult, EditorDoc, EntityRef, Plan } from "./types";
import { createViewState, type ViewState } from "./view";

/**
 * The whole editor as one immutable value, and the pure transitions between its versions. The
 * store only holds the current value and tells listeners and the validator; actions are
 * functions from one value to the next.
 */
export interface EditorSettings {
  /** Grid step in metres (snapping is suspended while Alt is held). */
  readonly gridM: number;
}

export interface GestureState {
  readonly markId: string;
  /** The document when the gesture began: every update is computed from it, not from the last frame. */
  readonly base: EditorDoc;
}

/** The view must ask before this is done (deleting stands loses their assignments). */
export interface ConfirmRequest {
  readonly action: "delete";
  readonly refs: readonly EntityRef[];
}

export interface EditorState {
  readonly doc: EditorDoc;
  readonly history: History;
  readonly gesture: GestureState | null;
  readonly settings: EditorSettings;
  readonly view: ViewState;
  readonly confirm: ConfirmRequest | null;
  /** Why the last command was refused (cleared by the next one that succeeds). */
  readonly error: CommandError | null;
  /** The plan differs from the one last loaded or saved. */
  readonly dirty: boolean;
  /** Server version of the plan this edit is based on (a save from an old version is refused). */
  readonly version: number | null;
  readonly savedPlan: Plan;
  readonly violations: readonly unknown[];
  readonly gestureCount: number;
}

export interface EditorStateOptions {
  readonly version?: number | null;
  readonly historyDepth?: number;
  readonly gridM?: number;
  readonly view?: ViewState;
}

export function createEditorState(plan: Plan, options: EditorStateOptions = {}): EditorState {
  return {
    doc: createEditorDoc(plan),
    history: createHistory(options.historyDepth),
    gesture: null,
    settings: { gridM: parseGridStep(options.gridM ?? DEFAULT_GRID_M) ?? DEFAULT_GRID_M },
    view: options.view ?? createViewState(),
    confirm: null,
    error: null,
    dirty: false,
    version: options.version ?? null,
    savedPlan: plan,
    violations: [],
    gestureCount: 0,
  };
}

function withDoc(state: EditorState, doc: EditorDoc): EditorState {
  if (doc === state.doc) return state;
  const dirty = doc.plan === state.savedPlan ? false : !isDeepEqual(doc.plan, state.savedPlan);
  return { ...state, doc, dirty };
}

/** A command's outcome folded into the state: recorded for undo, or kept as the error to show. */
export function applyResult(state: EditorState, result: CommandResult): EditorState {
  if (!result.ok) return { ...state, error: result.error };
  const cleared =
    state.error === null && state.confirm === null ? state : { ...state, error: null, confirm: null };
  return { ...withDoc(cleared, result.doc), history: recordDiff(cleared.history, result.diff) };
}

export function runCommand<A>(state: EditorState, command: Command<A>, args: A): EditorState {
  const settled = finishGesture(state);
  return applyResult(settled, command(settled.doc, args));
}

export function startGesture(state: EditorState): EditorState {
  const settled = finishGesture(state);
  const markId = `gesture-${settled.gestureCount + 1}`;
  return {
    ...settled,
    gestureCount: settled.gestureCount + 1,
    gesture: { markId, base: settled.doc },
    history: mark(settled.history, markId, settled.doc),
  };
}

/** The gesture in progress, opened if there is none (a drag may start with its first move). */
export function openGesture(state: EditorState): EditorState & { gesture: GestureState } {
  const open = state.gesture ? state : startGesture(state);
  return open as EditorState & { gesture: GestureState };
}

/**
 * One frame of a drag: the command is applied to the gesture's starting document, so args are
 * totals since the drag began (snapping a total delta works; snapping each frame's delta would not).
 */
export function previewGesture<A>(state: EditorState, command: Command<A>, args: A): EditorState {
  const open = openGesture(state);
  return applyGestureResult(open, command(open.gesture.base, args));
}

/**
 * A frame's result: shown, not recorded. The gesture's mark holds the document it started from,
 * which is all that squashing (one entry for the whole gesture, when it ends) and bailing back
 * need; a diff per frame would only be thrown away, after copying the undo stack on every
 * pointer move.
 */
export function applyGestureResult(state: EditorState, result: CommandResult): EditorState {
  if (!result.ok) return { ...state, error: result.error };
  return { ...withDoc(state, result.doc), error: null };
}

export function finishGesture(state: EditorState): EditorState {
  if (!state.gesture) return state;
  return { ...state, gesture: null, history: squashToMark(state.history, state.gesture.markId, state.doc) };
}

export function abortGesture(state: EditorState): EditorState {
  if (!state.gesture) return state;
  const { history, doc } = bailToMark(state.history, state.gesture.markId);
  return { ...withDoc(state, doc), gesture: null, history, error: null };
}

function applyStep(state: EditorState, step: Step | null): EditorState {
  if (!step) return state;
  // Selection changes are not recorded: an undo may otherwise leave a ref to a removed entity.
  const selection = pruneSelection(step.doc.plan, step.doc.selection);
  const doc = selection === step.doc.selection ? step.doc : { ...step.doc, selection };
  return { ...withDoc(state, doc), history: step.history, error: null, confirm: null };
}

/** Undo during a drag cancels the drag: the gesture was never recorded, so that is what undoing it means. */
export function undoEdit(state: EditorState): EditorState {
  if (state.gesture) return abortGesture(state);
  return applyStep(state, undo(state.history, state.doc));
}

export function redoEdit(state: EditorState): EditorState {
  if (state.gesture) return state;
  return applyStep(state, redo(state.history, state.doc));
}

/** Selecting is not an edit: no history entry, the plan is untouched. */
export function selectRefs(state: EditorState, refs: readonly EntityRef[]): EditorState {
  if (isDeepEqual(refs, state.doc.selection)) return state;
  return { ...state, doc: { ...state.doc, selection: refs } };
}

export function setView(state: EditorState, view: ViewState): EditorState {
  return isDeepEqual(view, state.view) ? state : { ...state, view };
}

export function setGridStep(state: EditorState, gridM: number): EditorState {
  const valid = parseGridStep(gridM);
  if (valid === null) return { ...state, error: { reason: "value.invalid", details: { field: "grid" } } };
  return valid === state.settings.gridM ? state : { ...state, settings: { ...state.settings, gridM: valid } };
}

/**
 * After a successful save: `plan` (the one sent, by default the current one) is the server's at
 * `version`. Edits made while the request was in flight keep the document dirty.
 */
export function markSaved(state: EditorState, version: number, plan: Plan = state.doc.plan): EditorState {
  const dirty = state.doc.plan === plan ? false : !isDeepEqual(state.doc.plan, plan);
  return { ...state, savedPlan: plan, dirty, version };
}

/**
 * Whether the gesture under way has changed more than stands (a door, a power box, an obstacle, a
 * zone or a hall): the canvas then redraws the floor and the overlay as it goes. False when no
 * gesture is under way.
 */
export function gestureMovesMoreThanStands(state: EditorState): boolean {
  const { gesture, doc } = state;
  if (gesture === null) return false;
  const base = gesture.base.plan;
  return (
    doc.plan.exits !== base.exits ||
    doc.plan.powerBoxes !== base.powerBoxes ||
    doc.plan.zones !== base.zones ||
    doc.plan.obstacles !== base.obstacles ||
    doc.plan.halls !== base.halls
  );
}
