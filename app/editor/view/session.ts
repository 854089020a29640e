import type { Violation } from "../../../floorplans/rules/types";
import { createEditorStore, type EditorState, type EditorStore, type Plan } from "../model";
import {
  createValidationFeed,
  createWorkerValidationFeed,
  type RuleWorkerPort,
  type ValidationFeed,
} from "./plan-validator";
import { createUiStore, type UiStore } from "./ui-state";
import { createValueStore, useSlice, type ValueStore } from "./value-store";
import { countViolations, type ViolationCounts } from "./violation-counts";
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
   * The violations for the panel's list: at once when idle and when a drag ends; during a drag, when
   * the pointer rests (`held` meanwhile). The canvas shows every violation as the drag goes; a list
   * of up to 200 items re-sorted and re-laid out under a moving pointer helps no one read it, and
   * cost about a tenth of the drag's main-thread time (ADR 019).
   */
  readonly listed: ValueStore<ListedViolations>;
  /**
   * The panel's error and warning counts: with the list when idle, and at most every
   * COUNTS_THROTTLE_MS during a drag, so that the numbers follow the gesture.
   */
  readonly counts: ValueStore<ViolationCounts>;
  /**
   * Where the pointer is, in metres (null when it is off the canvas). A store of its own: it
   * changes on every pointer move, and only the cursor readout, which paints it without React,
   * listens to it.
   */
  readonly cursor: ValueStore<{ readonly at: XY | null }>;
  /**
   * The rule worker's state for the panel (ADR 017): `checking` once an edit has waited more than
   * CHECKING_SHOWN_AFTER_MS for its results (a whole check of a large plan), and why live checking
   * stopped (`failure`: the worker's engine failed), or null.
   */
  readonly checks: ValueStore<{ readonly checking: boolean; readonly failure: string | null }>;
  readonly canEdit: boolean;
  /** Stops the rule worker at once. */
  dispose(): void;
  /**
   * The page holds the session (`retain`, when mounted: the rule worker starts then) or lets go of
   * it (`release`, when unmounted): released and not retained again within the same turn, it is
   * disposed. React's StrictMode unmounts and mounts a component again at once in development;
   * that must not stop the worker of a session still on screen.
   */
  retain(): void;
  release(): void;
}

export const COUNTS_THROTTLE_MS = 200;
/** During a gesture, the list is refreshed once the pointer has rested this long (ADR 019). */
export const LIST_SETTLE_MS = 300;

export interface ListedViolations {
  readonly violations: readonly Violation[];
  /**
   * A gesture is moving things and the list is the one from before its last moves: it is refreshed
   * when the pointer rests LIST_SETTLE_MS, and when the gesture ends.
   */
  readonly held: boolean;
}

/** Results quicker than this (every stand edit) never show « checking »: it would only flicker. */
export const CHECKING_SHOWN_AFTER_MS = 300;

export interface SessionOptions {
  readonly version: number;
  readonly canEdit: boolean;
  /** The table view works without the rule engine: the server's verdict comes with each save. */
  readonly liveValidation: boolean;
  /**
   * The server's verdict on this same plan: what the violations panel shows until the rule worker
   * has checked the plan itself (a few hundred milliseconds after the page opens).
   */
  readonly initialViolations?: readonly Violation[];
  /** The rule worker to use instead of starting one (tests run its logic in-process). */
  readonly ruleWorker?: RuleWorkerPort;
}

/**
 * The rule engine's worker (ADR 017), where the browser has Web Workers; elsewhere (tests under
 * Node, jsdom) the engine runs inline, with the same results. The worker starts when the page
 * first retains the session: a session React builds and throws away (StrictMode calls `useMemo`
 * twice in development) never starts one. Messages posted before are handed over then.
 */
function lazyRuleWorker(): (RuleWorkerPort & { start(): void }) | null {
  if (typeof Worker === "undefined") return null;
  let worker: RuleWorkerPort | null = null;
  let stopped = false;
  const waiting: Parameters<RuleWorkerPort["postMessage"]>[0][] = [];
  const port = {
    onmessage: null as RuleWorkerPort["onmessage"],
    onerror: null as RuleWorkerPort["onerror"],
    postMessage(message: Parameters<RuleWorkerPort["postMessage"]>[0]) {
      if (worker) worker.postMessage(message);
      else if (!stopped) waiting.push(message);
    },
    terminate() {
      stopped = true;
      worker?.terminate();
    },
    start() {
      if (worker || stopped) return;
      try {
        worker = new Worker(new URL("./rule.worker.ts", import.meta.url), {
          type: "module",
        }) as unknown as RuleWorkerPort;
      } catch (error) {
        port.onerror?.(error);
        return;
      }
      worker.onmessage = (event) => port.onmessage?.(event);
      worker.onerror = (event) => port.onerror?.(event);
      for (const message of waiting.splice(0)) worker.postMessage(message);
    },
  };
  return port;
}

let sessions = 0;

export function createEditorSession(plan: Plan, options: SessionOptions): EditorSession {
  const lazy = options.liveValidation && !options.ruleWorker ? lazyRuleWorker() : null;
  const worker = options.liveValidation ? (options.ruleWorker ?? lazy) : null;
  const validation = worker
    ? createWorkerValidationFeed(worker, options.initialViolations ?? [])
    : options.liveValidation
      ? createValidationFeed()
      : null;
  const store = createEditorStore(plan, { version: options.version, validator: validation ?? undefined });
  const checks = createValueStore<{ readonly checking: boolean; readonly failure: string | null }>({
    checking: false,
    failure: null,
  });
  const settled = createValueStore({ plan });
  const listed = createValueStore<ListedViolations>({
    violations: store.getState().violations as readonly Violation[],
    held: false,
  });
  const counts = createValueStore(countViolations(listed.get().violations));
  // The validator's own list: with the rule worker it may be newer than the store's (ADR 017).
  const current = () =>
    validation ? validation.violations() : (store.getState().violations as readonly Violation[]);
  // The list last counted: a move that changed no violation is not counted again. (The store
  // tells its listeners of equal counts neither: `set` compares each field.)
  let counted: readonly Violation[] = listed.get().violations;
  const setCounts = (violations: readonly Violation[]) => {
    if (violations === counted) return;
    counted = violations;
    counts.set(countViolations(violations));
  };
  let counting: ReturnType<typeof setTimeout> | null = null;
  let settling: ReturnType<typeof setTimeout> | null = null;
  /** The list and the counts, now. */
  const publish = () => {
    if (counting) clearTimeout(counting);
    if (settling) clearTimeout(settling);
    counting = settling = null;
    const violations = current();
    listed.set({ violations, held: false });
    setCounts(violations);
  };
  const countSoon = () => {
    counting ??= setTimeout(() => {
      counting = null;
      setCounts(current());
    }, COUNTS_THROTTLE_MS);
  };
  /** Each move of a gesture holds the list, and puts off its refresh until the pointer rests. */
  const hold = () => {
    listed.set({ held: true });
    if (settling) clearTimeout(settling);
    settling = setTimeout(publish, LIST_SETTLE_MS);
  };
  let seen = store.getState().doc.plan;
  store.subscribe(() => {
    const state = store.getState();
    const moved = state.doc.plan !== seen;
    seen = state.doc.plan;
    if (state.gesture === null) {
      settled.set({ plan: state.doc.plan });
      publish();
      return;
    }
    if (moved) hold();
    // The inline engine's list changed with this move (the worker's comes with its answers).
    if (state.violations !== counted) countSoon();
  });
  // The worker's answers come after the edit. Between gestures the store takes the new list at
  // once; during one, the next move takes it, and the counts are refreshed on their timer (the
  // list when the pointer rests): no store notification (and no React work) per answer.
  if (worker && validation) {
    // « Checking »: set when an edit's results are late, cleared when nothing is outstanding.
    let late: ReturnType<typeof setTimeout> | null = null;
    store.subscribe(() => {
      if (late === null && validation.pending) {
        late = setTimeout(() => {
          late = null;
          if (validation.pending) checks.set({ checking: true });
        }, CHECKING_SHOWN_AFTER_MS);
      }
    });
    validation.onResult(() => {
      const outstanding = validation.pending;
      if (!outstanding && late !== null) {
        clearTimeout(late);
        late = null;
      }
      checks.set({ checking: outstanding && checks.get().checking, failure: validation.failure });
      if (store.getState().gesture === null) store.refreshViolations();
      // The pointer rests mid-gesture and the list was shown: a late answer (a whole check) joins it.
      else if (!listed.get().held) publish();
      else countSoon();
    });
  }
  const dispose = () => validation?.dispose();
  let releasing: ReturnType<typeof setTimeout> | null = null;
  return {
    id: ++sessions,
    store,
    validation,
    ui: createUiStore(plan.halls[0]?.id ?? ""),
    settled,
    listed,
    counts,
    cursor: createValueStore<{ readonly at: XY | null }>({ at: null }),
    checks,
    canEdit: options.canEdit,
    dispose,
    retain() {
      if (releasing !== null) clearTimeout(releasing);
      releasing = null;
      lazy?.start();
    },
    release() {
      if (releasing === null) releasing = setTimeout(dispose, 0);
    },
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

const selectFailure = (s: { readonly failure: string | null }) => s.failure;
const selectChecking = (s: { readonly checking: boolean }) => s.checking;

export function useChecksFailure(session: EditorSession): string | null {
  return useSlice(session.checks.subscribe, session.checks.get, selectFailure);
}

export function useChecking(session: EditorSession): boolean {
  return useSlice(session.checks.subscribe, session.checks.get, selectChecking);
}

const selectListed = (s: ListedViolations) => s.violations;
const selectHeld = (s: ListedViolations) => s.held;

export function useListedViolations(session: EditorSession): readonly Violation[] {
  return useSlice(session.listed.subscribe, session.listed.get, selectListed);
}

export function useListHeld(session: EditorSession): boolean {
  return useSlice(session.listed.subscribe, session.listed.get, selectHeld);
}

const selectCounts = (s: ViolationCounts) => s;

export function useViolationCounts(session: EditorSession): ViolationCounts {
  return useSlice(session.counts.subscribe, session.counts.get, selectCounts);
}
