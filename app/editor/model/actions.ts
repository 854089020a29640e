import { canRedo, canUndo } from "./history";
import {
  abortGesture,
  redoEdit,
  runCommand,
  selectRefs,
  setView,
  undoEdit,
  type EditorState,
} from "./editor-state";
import { alignEntities, distributeEntities, type AlignEdge, type DistributeAxis } from "./commands/arrange";
import { deleteEntities } from "./commands/delete";
import { duplicateEntities } from "./commands/duplicate";
import { moveEntities } from "./commands/move";
import { rotateEntities } from "./commands/rotate";
import { refsOf } from "./document";
import { isKey, isModKey, isPlainKey, isShiftDigit, hasMod, type KeyLike } from "./keys";
import { DEFAULT_ROTATION_STEP } from "./snapping";
import { zoomToFit, zoomToSelection } from "./view";

/**
 * Every user intent behind a shortcut or a toolbar button, after excalidraw's actions: one name,
 * the key that triggers it, when it is available, and what it does (a new state, never an effect).
 */
export type ActionArgs = Readonly<Record<string, unknown>>;

export interface EditorAction {
  readonly name: string;
  keyTest(e: KeyLike): boolean;
  enabled(state: EditorState): boolean;
  perform(state: EditorState, args?: ActionArgs): EditorState;
  /** Arguments a key press carries (Shift for ten grid steps…). */
  argsFromKey?(e: KeyLike): ActionArgs;
}

const never = () => false;
const idle = (s: EditorState) => s.gesture === null;
const hasSelection = (min: number) => (s: EditorState) => idle(s) && s.doc.selection.length >= min;

const undoAction: EditorAction = {
  name: "undo",
  keyTest: (e) => isModKey(e, "z"),
  enabled: (s) => s.gesture !== null || canUndo(s.history),
  perform: undoEdit,
};

const redoAction: EditorAction = {
  name: "redo",
  keyTest: (e) => isModKey(e, "z", true) || isModKey(e, "y"),
  enabled: (s) => idle(s) && canRedo(s.history),
  perform: redoEdit,
};

/** Deleting loses assignments: the first perform only asks; the view confirms with `{ confirmed: true }`. */
const deleteAction: EditorAction = {
  name: "delete",
  keyTest: (e) => isPlainKey(e, "Delete", "Backspace") && !e.shiftKey,
  enabled: (s) => hasSelection(1)(s) || s.confirm?.action === "delete",
  perform: (s, args) => {
    if (args?.confirmed === true)
      return runCommand(s, deleteEntities, { refs: s.confirm?.refs ?? s.doc.selection });
    return { ...s, confirm: { action: "delete", refs: s.doc.selection } };
  },
};

const duplicateAction: EditorAction = {
  name: "duplicate",
  keyTest: (e) => isModKey(e, "d"),
  enabled: hasSelection(1),
  perform: (s) => runCommand(s, duplicateEntities, {}),
};

const ARROWS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] } as const;

/** Arrow keys move by one grid step, ten with Shift, exactly (no snapping: the step is the grid). */
function nudgeAction(key: keyof typeof ARROWS): EditorAction {
  const [ux, uy] = ARROWS[key];
  return {
    name: `nudge${key.slice("Arrow".length)}`,
    keyTest: (e) => isPlainKey(e, key),
    enabled: hasSelection(1),
    argsFromKey: (e) => ({ steps: e.shiftKey ? 10 : 1 }),
    perform: (s, args) => {
      const steps = typeof args?.steps === "number" ? args.steps : 1;
      const d = steps * s.settings.gridM;
      return runCommand(s, moveEntities, { dx: ux * d, dy: uy * d, snap: null });
    },
  };
}

const rotateAction: EditorAction = {
  name: "rotate",
  keyTest: (e) => isPlainKey(e, "r"),
  enabled: hasSelection(1),
  argsFromKey: (e) => ({ by: e.shiftKey ? -DEFAULT_ROTATION_STEP : DEFAULT_ROTATION_STEP }),
  perform: (s, args) => {
    const by = typeof args?.by === "number" ? args.by : DEFAULT_ROTATION_STEP;
    return runCommand(s, rotateEntities, { by, step: DEFAULT_ROTATION_STEP });
  },
};

/** Select all takes the stands: obstacles, doors and zones are the venue, rarely edited together. */
const selectAllAction: EditorAction = {
  name: "selectAll",
  keyTest: (e) => isModKey(e, "a"),
  enabled: (s) => idle(s) && s.doc.plan.stands.length > 0,
  perform: (s) => selectRefs(s, refsOf(s.doc.plan, "stand")),
};

/** Escape undoes the least: a pending question, else the drag in progress, else the selection. */
const escapeAction: EditorAction = {
  name: "escape",
  keyTest: (e) => e.key === "Escape",
  enabled: (s) => s.confirm !== null || s.gesture !== null || s.doc.selection.length > 0,
  perform: (s) => {
    if (s.confirm) return { ...s, confirm: null };
    if (s.gesture) return abortGesture(s);
    return selectRefs(s, []);
  },
};

const zoomToFitAction: EditorAction = {
  name: "zoomToFit",
  keyTest: (e) => isShiftDigit(e, "1"),
  enabled: () => true,
  perform: (s) => setView(s, zoomToFit(s.view, s.doc)),
};

const zoomToSelectionAction: EditorAction = {
  name: "zoomToSelection",
  keyTest: (e) => isShiftDigit(e, "2"),
  enabled: (s) => s.doc.selection.length > 0,
  perform: (s) => setView(s, zoomToSelection(s.view, s.doc)),
};

/** Ctrl/Cmd+Shift+arrow aligns, as in excalidraw; centre alignments are toolbar-only. */
function alignAction(edge: AlignEdge, arrow: string | null): EditorAction {
  return {
    name: `align${edge[0]!.toUpperCase()}${edge.slice(1)}`,
    keyTest: arrow === null ? never : (e) => hasMod(e) && e.shiftKey && !e.altKey && e.key === arrow,
    enabled: hasSelection(2),
    perform: (s) => runCommand(s, alignEntities, { edge }),
  };
}

/** Alt+H / Alt+V, as in excalidraw. */
function distributeAction(axis: DistributeAxis, key: string): EditorAction {
  return {
    name: axis === "horizontal" ? "distributeHorizontally" : "distributeVertically",
    keyTest: (e) => e.altKey && !hasMod(e) && !e.shiftKey && isKey(e, key),
    enabled: hasSelection(3),
    perform: (s) => runCommand(s, distributeEntities, { axis }),
  };
}

export const ACTIONS: readonly EditorAction[] = [
  undoAction,
  redoAction,
  deleteAction,
  duplicateAction,
  nudgeAction("ArrowLeft"),
  nudgeAction("ArrowRight"),
  nudgeAction("ArrowUp"),
  nudgeAction("ArrowDown"),
  rotateAction,
  selectAllAction,
  escapeAction,
  zoomToFitAction,
  zoomToSelectionAction,
  alignAction("left", "ArrowLeft"),
  alignAction("right", "ArrowRight"),
  alignAction("top", "ArrowUp"),
  alignAction("bottom", "ArrowDown"),
  alignAction("centerX", null),
  alignAction("centerY", null),
  distributeAction("horizontal", "h"),
  distributeAction("vertical", "v"),
];

export function findAction(name: string): EditorAction | undefined {
  return ACTIONS.find((action) => action.name === name);
}

/** The action a key press triggers now, if any (a matching but disabled action does not). */
export function findKeyAction(state: EditorState, e: KeyLike): EditorAction | null {
  const action = ACTIONS.find((a) => a.keyTest(e));
  return action && action.enabled(state) ? action : null;
}

/** Performs an action if it is enabled; otherwise the state is returned as is. */
export function performAction(state: EditorState, action: EditorAction, args?: ActionArgs): EditorState {
  return action.enabled(state) ? action.perform(state, args) : state;
}
