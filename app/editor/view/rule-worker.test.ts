import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { applyEdits, basePlan, edit } from "../../../floorplans/rules/engine/edits.test-support";
import { validatePlan } from "../../../floorplans/rules/validate-plan";
import type { Violation } from "../../../floorplans/rules/types";
import { createEditorStore, moveEntities, type Plan } from "../model";
import { buildTestPlan, standRefs } from "../model/test-fixtures";
import { createWorkerValidationFeed } from "./plan-validator";
import { netDiff, type FromRuleWorker, type ToRuleWorker } from "./rule-worker-core";
import { inProcessWorker, workerSession } from "./rule-worker.test-support";
import { CHECKING_SHOWN_AFTER_MS, createEditorSession, type EditorSession } from "./session";

/** A live session on an in-process worker, under fake timers (restored after `run`). */
function withWorkerSession(
  run: (worker: ReturnType<typeof inProcessWorker>, session: EditorSession) => void,
) {
  vi.useFakeTimers();
  try {
    const { worker, session } = workerSession();
    run(worker, session);
  } finally {
    vi.useRealTimers();
  }
}

const counts = (list: readonly Violation[]) => ({
  errors: list.filter((v) => v.severity === "error").length,
  warnings: list.filter((v) => v.severity === "warning").length,
});

describe("rule worker feed (ADR 017)", () => {
  it("shows the server's verdict until the worker answers, then its own, equal to a full run", () => {
    const plan = basePlan();
    const worker = inProcessWorker();
    const initial = validatePlan(plan);
    const feed = createWorkerValidationFeed(worker.port, initial);
    feed.reset(plan);
    expect(feed.pending).toBe(true);
    expect(feed.violations()).toBe(initial);
    expect(feed.index.errors).toBe(0);
    worker.flush();
    expect(feed.pending).toBe(false);
    expect(feed.violations()).toEqual(validatePlan(plan));
    expect({ errors: feed.index.errors, warnings: feed.index.warnings }).toEqual(counts(initial));
  });

  it("follows any sequence of stand edits to a full run's result, however the answers are batched", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean()), {
          minLength: 1,
          maxLength: 12,
        }),
        (steps) => {
          let plan = basePlan();
          const worker = inProcessWorker();
          const feed = createWorkerValidationFeed(worker.port, []);
          feed.reset(plan);
          steps.forEach(([edits, answerNow], serial) => {
            const { next, changed } = applyEdits(plan, edits, serial);
            feed.update(next, changed);
            plan = next;
            if (answerNow) worker.flush();
          });
          worker.flush();
          const full = validatePlan(plan);
          expect(feed.violations()).toEqual(full);
          expect({ errors: feed.index.errors, warnings: feed.index.warnings }).toEqual(counts(full));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("sends a moved stand's position and new value, not the list of stands", () => {
    const plan = basePlan();
    const worker = inProcessWorker();
    const feed = createWorkerValidationFeed(worker.port, []);
    feed.reset(plan);
    const moved = { ...plan, stands: plan.stands.map((s) => (s.id === "S2" ? { ...s, x: s.x + 1 } : s)) };
    feed.update(moved, ["S2"]);
    const message = worker.sent.at(-1)!;
    expect(message).toMatchObject({ type: "stands", changed: ["S2"], at: [1] });
    expect(message.type === "stands" && message.stands).toHaveLength(1);
    // A removal changes the positions: the whole list goes, once.
    const removed = { ...moved, stands: moved.stands.filter((s) => s.id !== "S1") };
    feed.update(removed, ["S1"]);
    const after = worker.sent.at(-1)!;
    expect(after.type === "stands" && after.at).toBeUndefined();
    expect(after.type === "stands" && after.stands).toHaveLength(removed.stands.length);
    worker.flush();
    expect(feed.violations()).toEqual(validatePlan(removed));
  });

  it("sends only the collections an edit changed, and a later plan supersedes the ones still queued", () => {
    const plan = basePlan();
    const worker = inProcessWorker();
    const feed = createWorkerValidationFeed(worker.port, []);
    feed.reset(plan);
    worker.flush();
    expect(worker.core.rebuilds).toBe(1);
    // An exit dragged over five pointer moves while the worker was busy: five plans queue up.
    let last = plan;
    for (let step = 1; step <= 5; step++) {
      last = {
        ...last,
        exits: last.exits.map((e) => (e.id === "D1" ? { ...e, a: [9 + step, 0], b: [11 + step, 0] } : e)),
      } as Plan;
      feed.reset(last);
      const message = worker.sent.at(-1)!;
      expect(message.type === "plan" && Object.keys(message.parts)).toEqual(["exits"]);
    }
    worker.flush();
    expect(worker.core.rebuilds).toBe(2);
    expect(feed.violations()).toEqual(validatePlan(last));
  });

  it("stops, and says so, when the worker's engine fails", () => {
    const worker = inProcessWorker();
    const feed = createWorkerValidationFeed(worker.port, []);
    // Stands before any plan: the worker cannot check them.
    feed.update(basePlan(), ["S1"]);
    worker.sent.length = 0;
    worker.port.onmessage?.({
      data: worker.core.run([{ type: "stands", seq: 1, changed: ["S1"], stands: [] }])!,
    });
    expect(feed.failure).toBe("stands sent before the plan");
    expect(feed.pending).toBe(false);
    feed.update(basePlan(), ["S2"]);
    expect(worker.sent).toHaveLength(0);
  });

  it("lets the store take the worker's answer as its violations", () => {
    const plan = buildTestPlan();
    const worker = inProcessWorker();
    const feed = createWorkerValidationFeed(worker.port, []);
    const store = createEditorStore(plan, { validator: feed });
    feed.onResult(() => store.refreshViolations());
    worker.flush();
    expect(store.getState().violations).toEqual(validatePlan(plan));
    let heard = 0;
    store.subscribe(() => heard++);
    store.select(standRefs("A02"));
    store.dispatch(moveEntities, { dx: -3, dy: 0, snap: null });
    const moved = store.getState().doc.plan;
    heard = 0;
    worker.flush();
    expect(heard).toBe(1);
    expect(store.getState().violations).toEqual(validatePlan(moved));
    expect(store.getState().violations.some((v) => (v as Violation).rule === "stand.overlap")).toBe(true);
  });

  it("keeps the store's list still during a gesture and gives it the last answer when the gesture ends", () => {
    const plan = buildTestPlan();
    const worker = inProcessWorker();
    const feed = createWorkerValidationFeed(worker.port, []);
    const store = createEditorStore(plan, { validator: feed });
    worker.flush();
    store.refreshViolations();
    const before = store.getState().violations;
    store.select(standRefs("A02"));
    store.beginGesture();
    store.updateGesture(moveEntities, { dx: -3, dy: 0, snap: null });
    worker.flush();
    // The answer is the feed's at once, and the store's only when the gesture ends.
    expect(feed.violations().some((v) => v.rule === "stand.overlap")).toBe(true);
    store.updateGesture(moveEntities, { dx: -2.5, dy: 0, snap: null });
    expect(store.getState().violations).toBe(before);
    worker.flush();
    store.endGesture();
    expect(store.getState().violations).toEqual(validatePlan(store.getState().doc.plan));
  });

  it("says « checking » when an edit's results are late, never for quick ones, and stops on failure", () => {
    withWorkerSession((worker, session) => {
      worker.flush();
      const { store } = session;
      store.select([{ kind: "powerBox", id: "B2" }]);
      // Answered within the delay: nothing is said.
      store.dispatch(moveEntities, { dx: 1, dy: 0, snap: null });
      vi.advanceTimersByTime(CHECKING_SHOWN_AFTER_MS / 2);
      worker.flush();
      vi.advanceTimersByTime(CHECKING_SHOWN_AFTER_MS);
      expect(session.checks.get().checking).toBe(false);
      // Late: said after the delay, and no longer once the answer is in.
      store.dispatch(moveEntities, { dx: 1, dy: 0, snap: null });
      vi.advanceTimersByTime(CHECKING_SHOWN_AFTER_MS + 1);
      expect(session.checks.get().checking).toBe(true);
      worker.flush();
      expect(session.checks.get()).toEqual({ checking: false, failure: null });
      expect(store.getState().violations).toEqual(validatePlan(store.getState().doc.plan));
      expect(session.listed.get().violations).toBe(store.getState().violations);
      // The engine fails: the panel is told why.
      worker.port.onmessage?.({ data: { type: "failed", seq: 99, message: "out of memory" } });
      expect(session.checks.get()).toEqual({ checking: false, failure: "out of memory" });
      session.dispose();
      expect(worker.terminated).toBe(true);
    });
  });

  it("carries on with the engine in the page when the worker cannot run (its script gone after a deploy)", async () => {
    const plan = basePlan();
    const worker = inProcessWorker();
    const feed = createWorkerValidationFeed(worker.port, []);
    feed.reset(plan);
    worker.flush();
    const moved = { ...plan, stands: plan.stands.map((s) => (s.id === "S2" ? { ...s, x: 30, y: 26 } : s)) };
    feed.update(moved, ["S2"]);
    const posted = worker.sent.length;
    worker.port.onerror?.({ type: "error" });
    expect(worker.terminated).toBe(true);
    expect(feed.mode).toBe("inline");
    await Promise.resolve();
    expect(feed.pending).toBe(false);
    expect(feed.violations()).toEqual(validatePlan(moved));
    expect({ errors: feed.index.errors, warnings: feed.index.warnings }).toEqual(counts(validatePlan(moved)));
    // Later edits, of stands or of anything else, are checked in the page, after the edit.
    const removed = { ...moved, stands: moved.stands.filter((s) => s.id !== "S1") };
    feed.update(removed, ["S1"]);
    expect(feed.pending).toBe(true);
    await Promise.resolve();
    expect(feed.violations()).toEqual(validatePlan(removed));
    const exitMoved = {
      ...removed,
      exits: removed.exits.map((e) => (e.id === "D1" ? { ...e, a: [15, 0], b: [17, 0] } : e)),
    } as Plan;
    feed.reset(exitMoved);
    await Promise.resolve();
    expect(feed.violations()).toEqual(validatePlan(exitMoved));
    expect(worker.sent).toHaveLength(posted);
  });

  it("stops the worker of a session released and not retained again within the turn (StrictMode remounts)", () => {
    withWorkerSession((worker, session) => {
      session.retain();
      // Development's StrictMode: unmounted and mounted again at once.
      session.release();
      session.retain();
      vi.runAllTimers();
      expect(worker.terminated).toBe(false);
      // Really left behind.
      session.release();
      expect(worker.terminated).toBe(false);
      vi.runAllTimers();
      expect(worker.terminated).toBe(true);
    });
  });

  it("starts the browser's worker only once the page retains the session, and runs inline if it cannot", async () => {
    const started: FakeWorker[] = [];
    let refuse = false;
    class FakeWorker {
      readonly inner = inProcessWorker();
      onmessage: ((event: { data: FromRuleWorker }) => void) | null = null;
      onerror: ((event: unknown) => void) | null = null;
      constructor() {
        if (refuse) throw new Error("blocked");
        started.push(this);
        this.inner.port.onmessage = (event) => this.onmessage?.(event);
      }
      postMessage(message: ToRuleWorker) {
        this.inner.port.postMessage(message);
      }
      terminate() {
        this.inner.port.terminate();
      }
    }
    vi.stubGlobal("Worker", FakeWorker);
    try {
      const options = { version: 1, canEdit: true, liveValidation: true };
      // Built and thrown away (StrictMode's second useMemo call): no worker.
      createEditorSession(buildTestPlan(), options);
      const session = createEditorSession(buildTestPlan(), options);
      expect(started).toHaveLength(0);
      session.retain();
      expect(started).toHaveLength(1);
      // The plan posted when the session was built was handed over.
      started[0]!.inner.flush();
      expect(session.store.getState().violations).toEqual(validatePlan(buildTestPlan()));
      expect(session.validation?.mode).toBe("worker");
      session.dispose();
      expect(started[0]!.inner.terminated).toBe(true);

      refuse = true;
      const refused = createEditorSession(buildTestPlan(), options);
      refused.retain();
      expect(refused.validation?.mode).toBe("inline");
      await Promise.resolve();
      expect(refused.store.getState().violations).toEqual(validatePlan(buildTestPlan()));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("terminates the worker on dispose", () => {
    const worker = inProcessWorker();
    const feed = createWorkerValidationFeed(worker.port, []);
    feed.dispose();
    expect(worker.terminated).toBe(true);
  });
});

describe("netDiff", () => {
  const v = (subjects: string[], distance: number): Violation => ({
    rule: "exit.too-far",
    severity: "error",
    subjects,
    data: { standId: subjects[0]!, distanceM: distance },
  });

  it("drops the violations a rebuild removed and added again unchanged", () => {
    const diff = netDiff({
      removed: [v(["A"], 60), v(["B"], 70)],
      added: [v(["A"], 60), v(["B"], 71), v(["C"], 55)],
    });
    expect(diff.removed).toEqual([v(["B"], 70)]);
    expect(diff.added).toEqual([v(["B"], 71), v(["C"], 55)]);
  });
});
