import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Placement } from "../../../floorplans/allocation/types";
import { applyAllocation } from "../model/commands/apply-allocation";
import { setAllocationGhosts } from "./allocation-ghosts";
import { ALLOCATION_SECONDS, requestAllocation, type AllocationOutcome } from "./allocation-request";
import { useSettledPlan, type EditorSession } from "./session";

type Phase =
  | { kind: "idle" }
  | { kind: "solving"; started: number }
  | Extract<AllocationOutcome, { kind: "error" }>
  | {
      kind: "proposal";
      outcome: Extract<AllocationOutcome, { kind: "proposal" }>;
      pending: readonly Placement[];
    };

/**
 * « Proposer une allocation » (organisers): sends the plan being edited to the solver, shows the
 * proposal as a diff (placements with stand codes, exhibitors left out with their reasons) and as
 * ghosts on the canvas, and applies what the organiser accepts — all at once or one by one — as one
 * undoable command each time. Locked stands are never touched (the solver and the command both
 * refuse them).
 */
export function AllocationPanel({ session, slug }: { session: EditorSession; slug: string }) {
  const { t } = useTranslation("allocation");
  const plan = useSettledPlan(session);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [notice, setNotice] = useState<string | null>(null);
  const [now, setNow] = useState(0);
  const abort = useRef<AbortController | null>(null);

  const placedIds = new Set(plan.stands.flatMap((s) => (s.exhibitorId === null ? [] : [s.exhibitorId])));
  const waiting = plan.exhibitors.filter((e) => !placedIds.has(e.id)).length;
  const names = new Map(plan.exhibitors.map((e) => [e.id, e.name]));
  const labels = new Map(plan.stands.map((s) => [s.id, s.label ?? s.id]));

  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => () => setAllocationGhosts(session, []), [session]);
  useEffect(() => {
    if (phase.kind !== "solving") return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [phase.kind]);

  const show = (next: Phase) => {
    setPhase(next);
    setAllocationGhosts(session, next.kind === "proposal" ? next.pending : []);
  };

  async function propose() {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setNotice(null);
    const started = Date.now();
    setNow(started);
    show({ kind: "solving", started });
    const outcome = await requestAllocation(slug, session.store.getState().doc.plan, controller.signal);
    if (controller.signal.aborted) return;
    show(
      outcome.kind === "proposal"
        ? { kind: "proposal", outcome, pending: outcome.proposal.placements }
        : outcome,
    );
  }

  function accept(placements: readonly Placement[]) {
    if (phase.kind !== "proposal" || placements.length === 0) return;
    const result = session.store.dispatch(applyAllocation, { placements });
    if (!result.ok) {
      setNotice(t("stale"));
      return;
    }
    setNotice(t("accepted", { count: placements.length }));
    const done = new Set(placements.map((p) => p.standId));
    show({ ...phase, pending: phase.pending.filter((p) => !done.has(p.standId)) });
  }

  return (
    <section className="allocation editor-panel" aria-labelledby="allocation-title">
      <h2 id="allocation-title" className="editor-panel__title">
        {t("title")}
      </h2>
      <p className="editor-hint">{t("intro")}</p>
      {waiting === 0 && phase.kind !== "proposal" ? (
        <p className="editor-hint">{t("nobodyToPlace")}</p>
      ) : null}
      <button
        type="button"
        className="editor-button"
        onClick={() => void propose()}
        disabled={phase.kind === "solving" || waiting === 0}
      >
        {t("propose")}
      </button>
      {phase.kind === "solving" ? (
        <div role="status">
          <progress
            aria-label={t("solvingLabel")}
            max={ALLOCATION_SECONDS}
            value={Math.min(ALLOCATION_SECONDS, (now - phase.started) / 1000)}
          />
          <p>
            {t("solving", {
              elapsed: String(Math.floor((now - phase.started) / 1000)),
              limit: String(ALLOCATION_SECONDS),
            })}
          </p>
        </div>
      ) : null}
      {phase.kind === "error" ? (
        <p className="editor-alert" role="alert">
          {t(phase.message, { status: String(phase.status) })}
        </p>
      ) : null}
      {notice ? (
        <p className="editor-hint" role="status">
          {notice}
        </p>
      ) : null}
      {phase.kind === "proposal" ? (
        <ProposalView
          phase={phase}
          names={names}
          labels={labels}
          onAccept={accept}
          onDiscard={() => {
            setNotice(null);
            show({ kind: "idle" });
          }}
        />
      ) : null}
    </section>
  );
}

function ProposalView({
  phase,
  names,
  labels,
  onAccept,
  onDiscard,
}: {
  phase: Extract<Phase, { kind: "proposal" }>;
  names: Map<string, string>;
  labels: Map<string, string>;
  onAccept: (placements: readonly Placement[]) => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation("allocation");
  const { summary, details } = phase.outcome.proposal;
  const gap = summary.bound > 0 ? (100 * (summary.bound - summary.objective)) / summary.bound : 0;
  const name = (id: string) => names.get(id) ?? id;
  return (
    <div className="allocation__proposal">
      <p role="status">
        {t("summary", {
          placed: String(summary.placed),
          unplaced: String(summary.unplaced.length),
          seconds: summary.seconds.toFixed(1),
        })}
      </p>
      <p className="editor-hint">
        {t("quality", {
          objective: String(summary.objective),
          bound: String(summary.bound),
          gap: gap.toFixed(2),
          status: String(t(`status.${details.status}`)),
        })}
      </p>
      {details.nearWishesBound > 0 ? (
        <p className="editor-hint">
          {t("wishes", { met: String(details.nearWishesMet), bound: String(details.nearWishesBound) })}
        </p>
      ) : null}
      <h3>{t("placedTitle", { count: phase.pending.length })}</h3>
      {phase.pending.length === 0 ? (
        <p className="editor-hint">{t("placedEmpty")}</p>
      ) : (
        <>
          <p className="editor-hint">{t("ghostHint")}</p>
          <ul className="allocation__list">
            {phase.pending.map((p) => {
              const words = { exhibitor: name(p.exhibitorId), stand: labels.get(p.standId) ?? p.standId };
              return (
                <li key={p.standId}>
                  <span>{t("placement", words)}</span>{" "}
                  <button
                    type="button"
                    className="editor-button editor-button--small"
                    aria-label={t("acceptOneLabel", words)}
                    onClick={() => onAccept([p])}
                  >
                    {t("acceptOne")}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div className="allocation__actions">
        <button
          type="button"
          className="editor-button"
          disabled={phase.pending.length === 0}
          onClick={() => onAccept(phase.pending)}
        >
          {t("acceptAll")}
        </button>{" "}
        <button type="button" className="editor-button" onClick={onDiscard}>
          {t("discard")}
        </button>
      </div>
      <h3>{t("unplacedTitle", { count: summary.unplaced.length })}</h3>
      {summary.unplaced.length === 0 ? (
        <p className="editor-hint">{t("unplacedEmpty")}</p>
      ) : (
        <ul className="allocation__list">
          {summary.unplaced.map((u) => (
            <li key={u.exhibitorId}>
              <strong>{name(u.exhibitorId)}</strong> — {t(`reasons.${u.reason}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
