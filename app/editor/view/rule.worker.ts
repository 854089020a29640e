import { drainDelay, RuleWorkerCore, type ToRuleWorker } from "./rule-worker-core";

/**
 * The editor's rule engine, off the page's main thread (ADR 017). Messages that arrive while the
 * engine is busy are run together on the next turn: a plan message supersedes what came before it.
 * The frames of a drag are run together at most every FRAME_ANSWER_EVERY_MS (`drainDelay`, ADR 018).
 */
// The project's types are the page's (lib DOM); a worker's global needs only these two here.
const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<ToRuleWorker>) => void) | null;
};
const core = new RuleWorkerCore();
let queue: ToRuleWorker[] = [];
/** The pending run, and when it is due; null when nothing is queued. */
let timer: ReturnType<typeof setTimeout> | null = null;
let dueAt = 0;
let lastRunAt = -Infinity;

function drain(): void {
  timer = null;
  lastRunAt = performance.now();
  const batch = queue;
  queue = [];
  const answer = core.run(batch);
  if (answer) scope.postMessage(answer);
}

scope.onmessage = (event: MessageEvent<ToRuleWorker>) => {
  queue.push(event.data);
  const now = performance.now();
  const delay = drainDelay(queue, lastRunAt, now);
  // A run due later than this message needs (an edit that is not a drag frame) is brought forward.
  if (timer !== null && dueAt <= now + delay) return;
  if (timer !== null) clearTimeout(timer);
  dueAt = now + delay;
  timer = setTimeout(drain, delay);
};
