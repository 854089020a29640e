import { findKeyAction, STAND_PRESETS, type StandPreset } from "../model";
import type { EditorSession } from "./session";
import { EDIT_TOOLS, TOOL_KEYS, type ToolId } from "./ui-state";
import { visibleHallIds, ZOOM_STEP, zoomBy, zoomToVisibleHalls } from "./view-commands";

/** Model actions a reader (staff) may use: nothing that changes the plan. */
const READ_ONLY_ACTIONS = new Set(["escape", "zoomToFit", "zoomToSelection", "selectAll"]);
const PRESET_CODES: Readonly<Record<string, StandPreset>> = Object.fromEntries(
  (Object.keys(STAND_PRESETS) as StandPreset[]).map((preset, i) => [`Digit${i + 1}`, preset]),
);

export interface KeyInput {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly repeat: boolean;
}

export interface KeyHandlers {
  save(): void;
  /** Escape also ends the pointer interaction in progress (the model ends its gesture). */
  cancelInteraction(): void;
}

/** Typing in a field is not a command: the editor leaves those keys alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).closest !== "function") return false;
  const el = target as HTMLElement;
  return el.isContentEditable || el.closest("input, textarea, select, dialog") !== null;
}

/**
 * One key press on the editor page: the view's own keys (save, tools, presets, zoom, Space to pan,
 * select the stands of the halls on screen), then the model's actions. Returns true when the key
 * was used (the caller then prevents the browser's default).
 */
export function handleEditorKey(session: EditorSession, e: KeyInput, handlers: KeyHandlers): boolean {
  const { store, ui, canEdit } = session;
  const mod = e.ctrlKey || e.metaKey;
  if (store.getState().confirm) return false;
  if (mod && !e.altKey && e.key.toLowerCase() === "s") {
    handlers.save();
    return true;
  }
  if (e.key === " " && !mod) {
    ui.set({ spacePan: true });
    return true;
  }
  if (!mod && !e.altKey && !e.shiftKey && !e.repeat) {
    const tool = (Object.entries(TOOL_KEYS) as [ToolId, string][]).find(
      ([, key]) => key === e.key.toLowerCase(),
    );
    if (tool && (canEdit || !EDIT_TOOLS.includes(tool[0]))) {
      ui.set({ tool: tool[0] });
      return true;
    }
    const preset = PRESET_CODES[e.code];
    if (preset && canEdit) {
      ui.set({ preset, tool: ui.get().tool === "row" ? "row" : "stand" });
      return true;
    }
  }
  if (!mod && !e.altKey && (e.key === "+" || e.key === "=" || e.key === "-")) {
    zoomBy(session, e.key === "-" ? 1 / ZOOM_STEP : ZOOM_STEP);
    return true;
  }
  const action = findKeyAction(store.getState(), e);
  if (!action) return false;
  if (!canEdit && !READ_ONLY_ACTIONS.has(action.name)) return false;
  if (action.name === "escape") {
    // The model first (it aborts its gesture, which restores the document), then the pointer.
    const used = store.handleKey(e);
    handlers.cancelInteraction();
    return used;
  }
  // The halls on screen, not the whole event: other venues reuse the same coordinates.
  if (action.name === "zoomToFit") {
    zoomToVisibleHalls(session);
    return true;
  }
  if (action.name === "selectAll") {
    const halls = visibleHallIds(session);
    store.select(
      store
        .getState()
        .doc.plan.stands.filter((s) => halls.has(s.hallId))
        .map((s) => ({ kind: "stand" as const, id: s.id })),
    );
    return true;
  }
  return store.handleKey(e);
}
