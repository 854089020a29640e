import type { Plan, Stand } from "../../../floorplans/format/schema";
import {
  createRuleEngine,
  type RuleEngine,
  type ViolationDiff,
} from "../../../floorplans/rules/engine/rule-engine";
import type { Violation } from "../../../floorplans/rules/types";

/**
 * What the editor tells the rule worker (ADR 017). Each message carries a sequence number; the
 * worker's answer names the last one it has taken into account.
 *
 * - `plan`: the plan's collections that changed since the last message (all of them the first
 *   time); the engine starts over on the new plan. Dragging an exit sends the exits only.
 * - `stands`: only stands changed (`changed`, as the store's diff lists them). With `at`, the
 *   stands at those positions are replaced by `stands` (a drag: same stands, same order);
 *   without it, `stands` is the whole new list (stands were added or removed).
 */
export type ToRuleWorker =
  | { readonly type: "plan"; readonly seq: number; readonly parts: Partial<Plan> }
  | {
      readonly type: "stands";
      readonly seq: number;
      readonly changed: readonly string[];
      readonly at?: readonly number[];
      readonly stands: readonly Stand[];
      /** A frame of a gesture (a drag): its answer may wait for the next ones (`drainDelay`). */
      readonly frame?: boolean;
    };

/**
 * During a drag the page takes the rules' answers at most this often: the engine checks the
 * latest position of the dragged stands ten times a second, not sixty, and the page handles ten
 * answers instead of sixty (ADR 018). Any other edit is answered at once.
 */
export const FRAME_ANSWER_EVERY_MS = 100;

/**
 * How long the worker waits before running what it has queued: nothing for any edit but a
 * gesture frame; for frames only, until FRAME_ANSWER_EVERY_MS after the last run. Frames run
 * together: placing each frame's stands and checking the changed ones once gives the result of
 * checking every frame in turn (the engine is incremental, and exact).
 */
export function drainDelay(queue: readonly ToRuleWorker[], lastRunAt: number, now: number): number {
  const framesOnly = queue.every((message) => message.type === "stands" && message.frame === true);
  return framesOnly ? Math.max(0, lastRunAt + FRAME_ANSWER_EVERY_MS - now) : 0;
}

/**
 * The worker's answer: the diffs to apply in order, up to message `seq` included. `failed` says
 * the engine threw: the editor stops showing live results rather than wrong ones.
 */
export type FromRuleWorker =
  | { readonly type: "diffs"; readonly seq: number; readonly diffs: readonly ViolationDiff[] }
  | { readonly type: "failed"; readonly seq: number; readonly message: string };

function contentKey(v: Violation): string {
  return `${v.rule}\u0000${v.subjects.join("\u0001")}\u0000${JSON.stringify(v.data)}`;
}

/**
 * A rebuild reports every old violation removed and every new one added. Most are the same on
 * both sides (an exit moved changes a few distances): the pairs are dropped, so the message and the
 * editor's work are the size of what really changed. Equal content is equal for every consumer
 * (the index and the sorted list match violations by content, not identity).
 */
export function netDiff(diff: ViolationDiff): ViolationDiff {
  if (diff.added.length === 0 || diff.removed.length === 0) return diff;
  const removed = new Map<string, Violation[]>();
  for (const v of diff.removed) {
    const key = contentKey(v);
    const same = removed.get(key);
    if (same) same.push(v);
    else removed.set(key, [v]);
  }
  const added: Violation[] = [];
  for (const v of diff.added) {
    const same = removed.get(contentKey(v));
    if (same && same.length > 0) same.pop();
    else added.push(v);
  }
  return { added, removed: [...removed.values()].flat() };
}

/**
 * The rule worker's logic, without the worker (tests run it in-process). `run` takes every message
 * that arrived since the last run: everything before the last `plan` message is superseded by it,
 * and the stand edits after it are checked together — while the engine was busy with one plan,
 * the editor may have sent several; only the latest state matters, and the diffs lead there.
 */
export class RuleWorkerCore {
  private plan: Plan | null = null;
  private engine: RuleEngine | null = null;
  /** Engine starts and rebuilds so far: what coalescing saves shows in tests. */
  rebuilds = 0;

  run(messages: readonly ToRuleWorker[]): FromRuleWorker | null {
    const last = messages[messages.length - 1];
    if (!last) return null;
    let from = 0;
    for (let i = messages.length - 1; i >= 0; i--) {
      if (messages[i]!.type === "plan") {
        from = i;
        break;
      }
    }
    const diffs: ViolationDiff[] = [];
    const changed = new Set<string>();
    try {
      for (let i = from; i < messages.length; i++) {
        const message = messages[i]!;
        if (message.type === "plan") {
          this.plan = { ...(this.plan ?? {}), ...message.parts } as Plan;
          this.rebuilds += 1;
          if (this.engine) diffs.push(netDiff(this.engine.rebuild(this.plan)));
          else {
            this.engine = createRuleEngine(this.plan);
            diffs.push({ added: [...this.engine.violations()], removed: [] });
          }
          continue;
        }
        if (!this.plan) throw new Error("stands sent before the plan");
        this.plan = { ...this.plan, stands: placeStands(this.plan.stands, message) };
        for (const id of message.changed) changed.add(id);
      }
      if (changed.size > 0) diffs.push(this.engine!.updateStands(this.plan!, changed));
    } catch (error) {
      // The next plan message starts afresh.
      this.plan = null;
      this.engine = null;
      return {
        type: "failed",
        seq: last.seq,
        message: error instanceof Error ? error.message : String(error),
      };
    }
    return {
      type: "diffs",
      seq: last.seq,
      diffs: diffs.filter((d) => d.added.length > 0 || d.removed.length > 0),
    };
  }
}

function placeStands(current: readonly Stand[], message: Extract<ToRuleWorker, { type: "stands" }>): Stand[] {
  if (!message.at) return [...message.stands];
  if (message.at.length !== message.stands.length)
    throw new Error("stand positions and stands differ in number");
  const next = current.slice();
  message.at.forEach((position, i) => {
    if (position < 0 || position >= next.length) throw new Error(`no stand at position ${position}`);
    next[position] = message.stands[i]!;
  });
  return next;
}
