import type { Violation } from "../../../floorplans/rules/types";
import { createEditorStore, type EditorState, type EditorStore, type Plan } from "../model";
import { createValidationFeed, type ValidationFeed } from "./plan-validator";
import { createUiStore, type UiStore } from "./ui-state";
import { createValueStore, useSlice, type ValueStore } from "./value-store";
import type { UiState } from "./ui-state";
import type { XY } from "../model";

/** Everything one open plan needs: the document store, the live rule engine and the view state. */
export interface EditorSession {
  /** Distinguishes sessions (a reload starts a new one; components keyed on it start afresh). */
  readonly id: number;
  readonly store: EditorStore;
  readonly validation: ValidationFeed | null;
  readonly ui: UiStore;
  /**
   * The plan as of the last moment no drag was under way. Lists that do not follow a drag (the
   * exhibitors, the table) read this one, so a pointer move does not re-render them.
   */
  readonly settled: ValueStore<{ readonly plan: Plan }>;
  /**
   * The violations for the panel: at once when idle, at most every LIST_THROTTLE_MS during a drag
   * (the canvas and the counts follow every frame; re-laying out a long list each frame does not
   * help anyone read it).
   */
  readonly listed: ValueStore<{ readonly violations: readonly Violation[] }>;
  /**
   * Where the pointer is, in metres (null when it is off the canvas). A store of its own: it
   * changes on every pointer move, and only the cursor readout, which paints it without React,
   * listens to it.
   */
  readonly cursor: ValueStore<{ readonly at: XY | null }>;
  readonly canEdit: boolean;
}

export const LIST_THROTTLE_MS = 200;

export interface SessionOptions {
  readonly version: number;
  readonly canEdit: boolean;
  /** The table view works without the rule engine: the server's verdict comes with each save. */
  readonly liveValidation: boolean;
}

let sessions = 0;

export function createEditorSession(plan: Plan, options: SessionOptions): EditorSession {
  const validation = options.liveValidation ? createValidationFeed() : null;
  const store = createEditorStore(plan, { version: options.version, validator: validation ?? undefined });
  const settled = createValueStore({ plan });
  const listed = createValueStore({ violations: store.getState().violations as readonly Violation[] });
  let pending: ReturnType<typeof setTimeout> | null = null;
  const publish = () => {
    pending = null;
    listed.set({ violations: store.getState().violations as readonly Violation[] });
  };
  store.subscribe(() => {
    const state = store.getState();
    if (state.gesture === null) {
      settled.set({ plan: state.doc.plan });
      if (pending) clearTimeout(pending);
      publish();
    } else if (!pending && state.violations !== listed.get().violations) {
      pending = setTimeout(publish, LIST_THROTTLE_MS);
    }
  });
  return {
    id: ++sessions,
    store,
    validation,
    ui: createUiStore(plan.halls[0]?.id ?? ""),
    settled,
    listed,
    cursor: createValueStore<{ readonly at: XY | null }>({ at: null }),
    canEdit: options.canEdit,
  };
}

export function useEditorState<R>(session: EditorSession, selector: (state: EditorState) => R): R {
  return useSlice(session.store.subscribe, session.store.getState, selector);
}

export function useUi<R>(session: EditorSession, selector: (state: UiState) => R): R {
  return useSlice(session.ui.subscribe, session.ui.get, selector);
}

const selectPlan = (s: { readonly plan: Plan }) => s.plan;

export function useSettledPlan(session: EditorSession): Plan {
  return useSlice(session.settled.subscribe, session.settled.get, selectPlan);
}

const selectListed = (s: { readonly violations: readonly Violation[] }) => s.violations;

export function useListedViolations(session: EditorSession): readonly Violation[] {
  return useSlice(session.listed.subscribe, session.listed.get, selectListed);
}
