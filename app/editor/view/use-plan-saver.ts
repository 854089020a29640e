import { useEffect, useMemo, useSyncExternalStore } from "react";
import { PlanSaveController, planSavePath, type SaveStatus } from "./plan-save";
import type { EditorSession } from "./session";

export type { SaveStatus, ServerProblem } from "./plan-save";

/** Autosave waits this long after the last change (and never fires during a drag). */
export const AUTOSAVE_DELAY_MS = 3000;
/** A due autosave that meets a drag or a save in flight tries again this much later. */
const RETRY_MS = 500;
/** While the network is down, a save is tried again this often (and as soon as the browser is back online). */
export const OFFLINE_RETRY_MS = 5000;

export interface PlanSaver {
  readonly status: SaveStatus;
  save(): void;
}

/**
 * Saving, by button or by autosave: posts `{ intent: "save", version, plan }` with `fetch` to the
 * save resource route beside `planPath` (`…/plan/save`), never through a fetcher, so that neither
 * a network failure (the route's error page) nor a lost session (a redirect to the login page)
 * can take the page, and its unsaved edits, away. Nothing is sent while there is nothing to save.
 * Offline, the save is tried again every few seconds and when the browser is back online; after a
 * lost session, when the user saves again; after a conflict, never (see PlanSaveController).
 */
export function usePlanSaver(session: EditorSession, planPath: string, autosave: boolean): PlanSaver {
  const { store, canEdit } = session;
  const controller = useMemo(() => new PlanSaveController(store, planSavePath(planPath)), [store, planPath]);
  const status = useSyncExternalStore(controller.subscribe, controller.getStatus, controller.getStatus);
  const offline = status.kind === "offline";

  const save = useMemo(
    () => () => {
      if (canEdit) void controller.save();
    },
    [controller, canEdit],
  );

  // Offline: try again every few seconds, and at once when the browser says the network is back.
  useEffect(() => {
    if (!offline || !canEdit) return;
    const retry = () => {
      if (store.getState().gesture === null) void controller.save();
    };
    const timer = setInterval(retry, OFFLINE_RETRY_MS);
    window.addEventListener("online", retry);
    return () => {
      clearInterval(timer);
      window.removeEventListener("online", retry);
    };
  }, [offline, canEdit, controller, store]);

  useEffect(() => {
    if (!autosave || !canEdit) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const tick = () => {
      timer = null;
      const state = store.getState();
      if (!state.dirty || controller.waitsForUser) return;
      // Never in the middle of a drag, nor on top of a save in flight.
      if (state.gesture !== null || controller.busy) timer = setTimeout(tick, RETRY_MS);
      else void controller.save();
    };
    let plan = store.getState().doc.plan;
    const unsubscribe = store.subscribe(() => {
      const next = store.getState().doc.plan;
      if (next === plan) return;
      plan = next;
      if (timer) clearTimeout(timer);
      timer = setTimeout(tick, AUTOSAVE_DELAY_MS);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [store, autosave, canEdit, controller]);

  return { status, save };
}
