import { useCallback, useEffect, useRef } from "react";
import { useFetcher } from "react-router";
import type { Plan } from "../model";
import { useEditorState, type EditorSession } from "./session";

/** Autosave waits this long after the last change (and never fires during a drag). */
export const AUTOSAVE_DELAY_MS = 3000;
/** A due autosave that meets a drag or a save in flight tries again this much later. */
const RETRY_MS = 500;

export interface ServerProblem {
  readonly path: string;
  readonly message: string;
}

/** What the plan action answers to a save (see plan-action.server.ts). */
export type SaveAnswer =
  | { intent: "save"; ok: true; version: number; errors: number; warnings: number }
  | { ok: false; code: string; currentVersion?: number; problems?: ServerProblem[] };

export type SaveStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "saving" }
  | { readonly kind: "saved"; readonly errors: number; readonly warnings: number }
  | { readonly kind: "conflict"; readonly currentVersion: number; readonly mine: number }
  | { readonly kind: "failed"; readonly code: string; readonly problems: readonly ServerProblem[] };

export interface PlanSaver {
  readonly status: SaveStatus;
  save(): void;
}

interface Sent {
  readonly plan: Plan;
  /** The fetcher's answer before this request: not to be taken for this request's answer. */
  readonly previous: SaveAnswer | undefined;
}

function statusOf(state: string, answer: SaveAnswer | undefined, version: number | null): SaveStatus {
  if (state !== "idle") return { kind: "saving" };
  if (!answer) return { kind: "idle" };
  if (answer.ok) return { kind: "saved", errors: answer.errors, warnings: answer.warnings };
  if (answer.code === "stale")
    return { kind: "conflict", currentVersion: answer.currentVersion ?? 0, mine: version ?? 0 };
  return { kind: "failed", code: answer.code, problems: answer.problems ?? [] };
}

/**
 * Saving, by button or by autosave: posts `{ intent: "save", version, plan }` to the plan action
 * and, on success, tells the store which plan the server now holds at which version (edits made
 * while the request was in flight stay unsaved, and their own autosave follows). A conflict
 * stops saving: only the organiser decides what becomes of their changes.
 */
export function usePlanSaver(session: EditorSession, actionPath: string, autosave: boolean): PlanSaver {
  const fetcher = useFetcher<SaveAnswer>();
  const { store } = session;
  const version = useEditorState(session, (s) => s.version);
  const status = statusOf(fetcher.state, fetcher.data, version);
  const sent = useRef<Sent | null>(null);
  const latest = useRef({ submit: fetcher.submit, answer: fetcher.data, conflict: false });
  useEffect(() => {
    latest.current = { submit: fetcher.submit, answer: fetcher.data, conflict: status.kind === "conflict" };
  });

  const save = useCallback(() => {
    const state = store.getState();
    const { submit, answer, conflict } = latest.current;
    if (!session.canEdit || sent.current || state.version === null || conflict) return;
    sent.current = { plan: state.doc.plan, previous: answer };
    void submit(
      { intent: "save", version: state.version, plan: state.doc.plan },
      { method: "post", action: actionPath, encType: "application/json" },
    );
  }, [store, actionPath, session.canEdit]);

  // The answer arrives: the store learns the new version (a conflict or a refusal changes nothing).
  useEffect(() => {
    const answer = fetcher.data;
    const request = sent.current;
    if (fetcher.state !== "idle" || !answer || !request || answer === request.previous) return;
    sent.current = null;
    if (answer.ok) store.markSaved(answer.version, request.plan);
  }, [fetcher.state, fetcher.data, store]);

  useEffect(() => {
    if (!autosave || !session.canEdit) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const tick = () => {
      timer = null;
      const state = store.getState();
      if (!state.dirty || latest.current.conflict) return;
      // Never in the middle of a drag, nor on top of a save in flight.
      if (state.gesture !== null || sent.current) timer = setTimeout(tick, RETRY_MS);
      else save();
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
  }, [store, autosave, session.canEdit, save]);

  return { status, save };
}
