import type { EditorStore, Plan } from "../model";

/**
 * Saving without React: one request and what became of it, and the controller that decides when
 * to send one. Kept apart from the hook (use-plan-saver.ts) so that every answer the server — or
 * the network — can give is tested on its own.
 */

export interface ServerProblem {
  readonly path: string;
  readonly message: string;
}

/** What became of one save request. */
export type SaveResult =
  | { readonly kind: "saved"; readonly version: number; readonly errors: number; readonly warnings: number }
  /** Someone saved after us (409 `stale`): nothing was written. */
  | { readonly kind: "conflict"; readonly currentVersion: number }
  /** Refused (400, 403, 413…) or an answer that is not the route's (a 500 page, a proxy's error). */
  | { readonly kind: "failed"; readonly code: string; readonly problems: readonly ServerProblem[] }
  /** The request never got an answer: the edits are still only in the page. */
  | { readonly kind: "offline" }
  /** No session any more (401, or a redirect to the login page): the edits are still only in the page. */
  | { readonly kind: "signedOut" };

export interface SaveBody {
  readonly intent: "save";
  readonly version: number;
  readonly plan: Plan;
}

/** The save resource route of a plan page (`/admin/events/:slug/plan` → `…/plan/save`). */
export function planSavePath(planPath: string): string {
  return `${planPath.replace(/\/+$/, "")}/save`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function problemsOf(value: unknown): ServerProblem[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isObject)
    .map((p) => ({ path: String(p.path ?? ""), message: String(p.message ?? "") }));
}

/**
 * Classifies the answer to a save request (`fetch` with `redirect: "manual"`): the route's JSON
 * (see app/routes/admin/plan/save.ts), or anything else in its place.
 */
export async function classifySaveResponse(response: Response): Promise<SaveResult> {
  // A redirect (to the login page, from anything in front of the route) is not followed by
  // `redirect: "manual"`: the browser gives an opaque answer instead.
  const redirected = response.status >= 300 && response.status < 400;
  if (response.type === "opaqueredirect" || redirected || response.status === 401)
    return { kind: "signedOut" };
  const type = response.headers.get("Content-Type") ?? "";
  let json: unknown = undefined;
  if (/\bjson\b/i.test(type)) {
    try {
      json = await response.json();
    } catch (error) {
      // The body was cut off by the network: the answer never arrived whole.
      if (error instanceof TypeError) return { kind: "offline" };
      json = undefined;
    }
  }
  if (!isObject(json)) return { kind: "failed", code: `http-${response.status}`, problems: [] };
  if (response.ok && json.ok === true && typeof json.version === "number") {
    return {
      kind: "saved",
      version: json.version,
      errors: typeof json.errors === "number" ? json.errors : 0,
      warnings: typeof json.warnings === "number" ? json.warnings : 0,
    };
  }
  const code = typeof json.code === "string" ? json.code : `http-${response.status}`;
  if (code === "unauthenticated") return { kind: "signedOut" };
  if (code === "stale") {
    return {
      kind: "conflict",
      currentVersion: typeof json.currentVersion === "number" ? json.currentVersion : 0,
    };
  }
  return { kind: "failed", code, problems: problemsOf(json.problems) };
}

/**
 * Posts a save and classifies what comes back. Never throws: a request that fails on the way
 * (network down, server unreachable) is `offline`, to be tried again.
 */
export async function sendSave(
  url: string,
  body: SaveBody,
  fetchImpl: typeof fetch = fetch,
): Promise<SaveResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
      redirect: "manual",
      credentials: "same-origin",
    });
  } catch (error) {
    if (error instanceof TypeError) return { kind: "offline" };
    return { kind: "failed", code: "client-error", problems: [] };
  }
  return classifySaveResponse(response);
}

/**
 * What the save bar shows: nothing yet, a request on its way, or the last request's result (a
 * conflict with the version these edits were based on, for the download of « mes modifications »).
 */
export type SaveStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "saving" }
  | Exclude<SaveResult, { kind: "conflict" }>
  | (Extract<SaveResult, { kind: "conflict" }> & { readonly mine: number });

function statusOf(result: SaveResult, mine: number): SaveStatus {
  return result.kind === "conflict" ? { ...result, mine } : result;
}

type SaverStore = Pick<EditorStore, "getState" | "markSaved">;

/**
 * Sends the store's plan when there is something to save, one request at a time, and keeps the
 * status. On success the store learns which plan the server now holds at which version (edits made
 * while the request was in flight stay unsaved). Nothing is lost on failure: the plan stays in the
 * store, dirty. A conflict stops saving (only the organiser decides what becomes of their changes);
 * so does a lost session, until the user asks to save again.
 */
export class PlanSaveController {
  private status: SaveStatus = { kind: "idle" };
  private inFlight: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: SaverStore,
    private readonly url: string,
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  readonly getStatus = (): SaveStatus => this.status;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A request is on its way. */
  get busy(): boolean {
    return this.inFlight !== null;
  }

  /** Autosave waits for the user: after a conflict (for good) or a lost session (until they save). */
  get waitsForUser(): boolean {
    return this.status.kind === "conflict" || this.status.kind === "signedOut";
  }

  /** Saves now, if there is something to save and nothing in the way; resolves once answered. */
  readonly save = (): Promise<void> => {
    if (this.inFlight) return this.inFlight;
    if (this.status.kind === "conflict") return Promise.resolve();
    const state = this.store.getState();
    if (!state.dirty || state.version === null) {
      // Nothing left to save (undone back to the saved plan): nothing is waiting for the network.
      if (this.status.kind === "offline" || this.status.kind === "signedOut") this.set({ kind: "idle" });
      return Promise.resolve();
    }
    const { plan } = state.doc;
    const version = state.version;
    // While offline, a retry keeps saying so rather than flashing « Enregistrement… » every few seconds.
    if (this.status.kind !== "offline") this.set({ kind: "saving" });
    const request = sendSave(this.url, { intent: "save", version, plan }, this.fetchImpl).then((result) => {
      this.inFlight = null;
      if (result.kind === "saved") this.store.markSaved(result.version, plan);
      this.set(statusOf(result, version));
    });
    this.inFlight = request;
    return request;
  };

  private set(status: SaveStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
