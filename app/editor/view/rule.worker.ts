import { RuleWorkerCore, type ToRuleWorker } from "./rule-worker-core";

/**
 * The editor's rule engine, off the page's main thread (ADR 017). Messages that arrive while the
 * engine is busy are run together on the next turn: a plan message supersedes what came before it.
 */
// The project's types are the page's (lib DOM); a worker's global needs only these two here.
const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<ToRuleWorker>) => void) | null;
};
const core = new RuleWorkerCore();
let queue: ToRuleWorker[] = [];
let scheduled = false;

function drain(): void {
  scheduled = false;
  const batch = queue;
  queue = [];
  const answer = core.run(batch);
  if (answer) scope.postMessage(answer);
}

scope.onmessage = (event: MessageEvent<ToRuleWorker>) => {
  queue.push(event.data);
  if (!scheduled) {
    scheduled = true;
    setTimeout(drain, 0);
  }
};
