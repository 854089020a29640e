import { useCallback, useEffect, useState } from "react";
import { useFetcher } from "react-router";
import type { Violation } from "../../../floorplans/rules/types";
import type { AcknowledgementView } from "./page-data";
import { createValueStore, useSlice } from "./value-store";

type AckAnswer = { ok: true; acknowledgement: AcknowledgementView } | { ok: false; code: string };

const selectList = (s: { readonly list: readonly AcknowledgementView[] }) => s.list;

/** Acknowledged warnings: the server's list, plus those accepted on this page since it loaded. */
export function useAcknowledgements(initial: readonly AcknowledgementView[], actionPath: string) {
  const fetcher = useFetcher<AckAnswer>();
  // Answers accumulate (each new one replaces fetcher.data): they are kept in a small store.
  const [accepted] = useState(() => createValueStore({ list: initial }));
  const list = useSlice(accepted.subscribe, accepted.get, selectList);

  useEffect(() => {
    const answer = fetcher.data;
    if (fetcher.state !== "idle" || !answer?.ok) return;
    const ack = answer.acknowledgement;
    const key = `${ack.rule}:${ack.subjects.join("|")}`;
    const current = accepted.get().list;
    if (current.includes(ack)) return;
    accepted.set({ list: [...current.filter((a) => `${a.rule}:${a.subjects.join("|")}` !== key), ack] });
  }, [fetcher.state, fetcher.data, accepted]);

  const submit = fetcher.submit;
  const acknowledge = useCallback(
    (v: Violation, reason: string) => {
      void submit(
        { intent: "acknowledge", rule: v.rule, subjects: v.subjects, reason },
        { method: "post", action: actionPath, encType: "application/json" },
      );
    },
    [submit, actionPath],
  );

  const failed = fetcher.state === "idle" && fetcher.data !== undefined && !fetcher.data.ok;
  return { list, acknowledge, pending: fetcher.state !== "idle", failed };
}
