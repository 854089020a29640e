import { useCallback, useState, useSyncExternalStore } from "react";
import { useFetcher } from "react-router";
import type { EditorStore } from "../model";

type PublishAnswer =
  | { ok: true; publishedVersion: number }
  | { ok: false; code: string; errors?: number; currentVersion?: number };

export type PublishStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "published"; readonly version: number }
  | { readonly kind: "refused"; readonly errors: number }
  | { readonly kind: "stale"; readonly currentVersion: number }
  | { readonly kind: "failed" };

function statusOf(answer: PublishAnswer | undefined): PublishStatus {
  if (!answer) return { kind: "idle" };
  if (answer.ok) return { kind: "published", version: answer.publishedVersion };
  if (answer.code === "has-errors") return { kind: "refused", errors: answer.errors ?? 0 };
  if (answer.code === "stale") return { kind: "stale", currentVersion: answer.currentVersion ?? 0 };
  return { kind: "failed" };
}

/**
 * Publishing the saved version (the server refuses while it has errors). Its answer speaks of the
 * version it was asked for: once a later save makes another version, the answer is no longer shown
 * (« Publication refusée : 8 erreur(s) » would be about a plan that is not there any more).
 */
export function usePublisher(store: EditorStore, actionPath: string, initialPublished: number | null) {
  const fetcher = useFetcher<PublishAnswer>();
  const version = useSyncExternalStore(
    store.subscribe,
    () => store.getState().version,
    () => store.getState().version,
  );
  const [askedFor, setAskedFor] = useState<number | null>(null);
  const status =
    fetcher.state === "idle" && askedFor === version ? statusOf(fetcher.data) : ({ kind: "idle" } as const);
  const published = fetcher.data?.ok ? fetcher.data.publishedVersion : initialPublished;
  const submit = fetcher.submit;
  const publish = useCallback(() => {
    const version = store.getState().version;
    if (version === null) return;
    setAskedFor(version);
    void submit(
      { intent: "publish", version },
      { method: "post", action: actionPath, encType: "application/json" },
    );
  }, [store, submit, actionPath]);
  return { published, status, publish, pending: fetcher.state !== "idle" };
}
