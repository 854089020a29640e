import {
  createRuleEngine,
  type RuleEngine,
  type ViolationDiff,
} from "../../../floorplans/rules/engine/rule-engine";
import { sameViolation, ViolationBook } from "../../../floorplans/rules/engine/violation-book";
import type { Violation } from "../../../floorplans/rules/types";
import type { Plan, PlanValidator, Stand } from "../model";
import { netDiff, type FromRuleWorker, type ToRuleWorker } from "./rule-worker-core";
import { violationKey } from "./violation-subjects";
import { ViolationIndex } from "./violation-index";

/**
 * The store's validator, backed by the incremental rule engine (the same rules the server runs
 * on save). Each update's ViolationDiff goes to the index and then to listeners — the canvas
 * restyles only the subjects in it.
 */
export interface ValidationFeed extends PlanValidator {
  /** "worker": the engine runs in a Web Worker and answers a moment later (ADR 017). */
  readonly mode: "inline" | "worker";
  readonly index: ViolationIndex;
  violations(): readonly Violation[];
  /** Called after each update with the subjects ("stand:A01"…) whose level may have changed. */
  subscribe(listener: (touched: ReadonlySet<string>) => void): () => void;
  /** Called whenever new results have been applied, even when no level changed (a width did). */
  onResult(listener: () => void): () => void;
  /** Edits sent to the worker and not answered yet (always false inline). */
  readonly pending: boolean;
  /** Why live checking stopped (the worker's engine threw), or null. */
  readonly failure: string | null;
  dispose(): void;
}

/** The part of a Worker the feed uses (a test passes an in-process stand-in). */
export interface RuleWorkerPort {
  postMessage(message: ToRuleWorker): void;
  onmessage: ((event: { data: FromRuleWorker }) => void) | null;
  /** The worker could not run: its script failed to load (a deploy replaced it) or to start. */
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

function listenerSet<A extends unknown[]>() {
  const listeners = new Set<(...args: A) => void>();
  return {
    add(listener: (...args: A) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    call(...args: A) {
      for (const listener of [...listeners]) listener(...args);
    },
  };
}

/** The engine in the page itself: each edit is checked before the store's listeners run. */
export function createValidationFeed(): ValidationFeed {
  let engine: RuleEngine | null = null;
  const index = new ViolationIndex();
  const touchedListeners = listenerSet<[ReadonlySet<string>]>();
  const resultListeners = listenerSet<[]>();
  const emit = (diff: ViolationDiff) => {
    const touched = index.apply(diff);
    if (touched.size > 0) touchedListeners.call(touched);
    resultListeners.call();
  };
  const feed: ValidationFeed = {
    mode: "inline",
    index,
    reset(plan: Plan) {
      if (engine) {
        emit(engine.rebuild(plan));
        return;
      }
      engine = createRuleEngine(plan);
      emit({ added: [...engine.violations()], removed: [] });
    },
    update(plan: Plan, changedStandIds: string[]) {
      if (!engine) feed.reset(plan);
      else emit(engine.updateStands(plan, changedStandIds));
    },
    violations: () => engine?.violations() ?? [],
    subscribe: touchedListeners.add,
    onResult: resultListeners.add,
    pending: false,
    failure: null,
    dispose() {
      engine = null;
    },
  };
  return feed;
}

/**
 * Every violation, from the worker's diffs: by content (a violation crosses the worker boundary as
 * a copy, so identity means nothing) and sorted as validatePlan sorts them.
 */
class ViolationMirror {
  private readonly book = new ViolationBook();
  private readonly all = new Map<string, Violation[]>();
  /** Diffs not in the sorted list yet: it is read a few times a second, answers come every move. */
  private unsorted: ViolationDiff[] = [];

  apply(diff: ViolationDiff): void {
    for (const v of diff.removed) {
      const key = violationKey(v.rule, v.subjects);
      const same = this.all.get(key);
      // The mirror holds exactly what the worker's engine held before this diff: a lone violation
      // under the key is the one removed, without comparing data.
      const at = !same ? -1 : same.length === 1 ? 0 : same.findIndex((w) => sameViolation(w, v));
      if (!same || at < 0) continue;
      same.splice(at, 1);
      if (same.length === 0) this.all.delete(key);
    }
    for (const v of diff.added) {
      const key = violationKey(v.rule, v.subjects);
      const same = this.all.get(key);
      if (same) same.push(v);
      else this.all.set(key, [v]);
    }
    this.unsorted.push(diff);
  }

  list(): readonly Violation[] {
    if (this.unsorted.length > 0) {
      // In order: a violation one diff adds, a later one may remove.
      for (const diff of this.unsorted) this.book.record(diff);
      this.unsorted = [];
    }
    return this.book.sortedList(() => [...this.all.values()].flat());
  }
}

/**
 * The engine in a Web Worker (ADR 017): a stand drag sends the moved stands and goes on; the
 * answer (the diffs) arrives a moment later and reaches the index, the list and the listeners then.
 * Until the first answer, `violations()` is `initial` (the server's verdict on the same plan) and
 * the index is empty, so the canvas shows no outlines rather than stale ones. If the worker cannot
 * run at all (its script is gone after a deploy, say), the feed carries on with the engine in the
 * page, from the last plan it sent, answering after each edit as the worker would.
 */
export function createWorkerValidationFeed(
  port: RuleWorkerPort,
  initial: readonly Violation[],
): ValidationFeed {
  const index = new ViolationIndex();
  const mirror = new ViolationMirror();
  const touchedListeners = listenerSet<[ReadonlySet<string>]>();
  const resultListeners = listenerSet<[]>();
  let sent = 0;
  let answered = 0;
  let answeredOnce = false;
  let failure: string | null = null;
  let known: Plan | null = null;
  /** Where each stand of `known` sits: a drag sends positions, not the whole list. */
  let positions = new Map<string, number>();

  const post = (message: ToRuleWorker) => {
    if (failure !== null) return;
    port.postMessage(message);
  };
  const learn = (plan: Plan, reindex: boolean) => {
    if (reindex) positions = new Map(plan.stands.map((s, i) => [s.id, i]));
    known = plan;
  };

  /** The worker could not run: the engine in the page takes over (created with the first plan). */
  let workerGone = false;
  let fallback: RuleEngine | null = null;
  const answerInline = (seq: number, check: () => ViolationDiff) => {
    let data: FromRuleWorker;
    try {
      data = { type: "diffs", seq, diffs: [check()] };
    } catch (error) {
      data = { type: "failed", seq, message: error instanceof Error ? error.message : String(error) };
    }
    // After the edit's own commit, as an answer from the worker would come.
    queueMicrotask(() => receive(data));
  };

  const receive = (data: FromRuleWorker) => {
    answered = data.seq;
    if (data.type === "failed") {
      failure = data.message;
      resultListeners.call();
      return;
    }
    answeredOnce = true;
    const touched = new Set<string>();
    for (const diff of data.diffs) {
      mirror.apply(diff);
      for (const key of index.apply(diff)) touched.add(key);
    }
    if (touched.size > 0) touchedListeners.call(touched);
    resultListeners.call();
  };
  port.onmessage = ({ data }) => receive(data);
  port.onerror = () => {
    if (workerGone || failure !== null) return;
    workerGone = true;
    port.onmessage = null;
    port.onerror = null;
    port.terminate();
    const plan = known;
    if (!plan) return;
    // From what the page shows now (the worker's last answer, or nothing) to the plan's full check.
    const shown = answeredOnce ? [...mirror.list()] : [];
    answerInline(sent, () => {
      fallback = createRuleEngine(plan);
      return netDiff({ added: [...fallback.violations()], removed: shown });
    });
  };

  const feed: ValidationFeed = {
    get mode() {
      return workerGone ? "inline" : "worker";
    },
    deferred: true,
    index,
    reset(plan: Plan) {
      if (workerGone) {
        if (failure !== null) return;
        known = plan;
        answerInline(++sent, () => {
          if (fallback) return netDiff(fallback.rebuild(plan));
          fallback = createRuleEngine(plan);
          return { added: [...fallback.violations()], removed: [] };
        });
        return;
      }
      const parts: Partial<Record<keyof Plan, unknown>> = {};
      const keys = new Set([...Object.keys(plan), ...Object.keys(known ?? {})] as (keyof Plan)[]);
      for (const key of keys) if (!known || known[key] !== plan[key]) parts[key] = plan[key];
      post({ type: "plan", seq: ++sent, parts: parts as Partial<Plan> });
      learn(plan, plan.stands !== known?.stands);
    },
    update(plan: Plan, changedStandIds: string[], frame = false) {
      if (!known) {
        feed.reset(plan);
        return;
      }
      if (workerGone) {
        if (failure !== null) return;
        known = plan;
        answerInline(++sent, () => {
          if (!fallback) throw new Error("no plan checked before this edit");
          return fallback.updateStands(plan, changedStandIds);
        });
        return;
      }
      const at: number[] = [];
      const stands: Stand[] = [];
      let inPlace = plan.stands.length === known.stands.length;
      for (const id of changedStandIds) {
        if (!inPlace) break;
        const position = positions.get(id);
        const stand = position === undefined ? undefined : plan.stands[position];
        if (stand?.id !== id) inPlace = false;
        else {
          at.push(position!);
          stands.push(stand);
        }
      }
      post(
        inPlace
          ? { type: "stands", seq: ++sent, changed: changedStandIds, at, stands, frame }
          : { type: "stands", seq: ++sent, changed: changedStandIds, stands: plan.stands, frame },
      );
      learn(plan, !inPlace);
    },
    violations: () => (answeredOnce ? mirror.list() : initial),
    subscribe: touchedListeners.add,
    onResult: resultListeners.add,
    get pending() {
      return failure === null && answered < sent;
    },
    get failure() {
      return failure;
    },
    dispose() {
      port.onmessage = null;
      port.onerror = null;
      port.terminate();
      fallback = null;
    },
  };
  return feed;
}
