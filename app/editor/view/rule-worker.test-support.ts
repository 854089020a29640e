import type { RuleWorkerPort } from "./plan-validator";
import { buildTestPlan } from "../model/test-fixtures";
import { RuleWorkerCore, type FromRuleWorker, type ToRuleWorker } from "./rule-worker-core";
import { createEditorSession } from "./session";

/**
 * The worker, in-process: messages are copied as postMessage copies them and wait until `flush`,
 * which runs everything that arrived together (as the worker does when it was busy) and delivers
 * the answer, copied too.
 */
export function inProcessWorker() {
  const core = new RuleWorkerCore();
  let inbox: ToRuleWorker[] = [];
  const sent: ToRuleWorker[] = [];
  let terminated = false;
  const port: RuleWorkerPort = {
    postMessage(message) {
      if (terminated) throw new Error("posted to a terminated worker");
      const copy = structuredClone(message);
      inbox.push(copy);
      sent.push(copy);
    },
    onmessage: null,
    onerror: null,
    terminate() {
      terminated = true;
    },
  };
  return {
    core,
    port,
    sent,
    get terminated() {
      return terminated;
    },
    flush() {
      const batch = inbox;
      inbox = [];
      const answer: FromRuleWorker | null = core.run(batch);
      if (answer) port.onmessage?.({ data: structuredClone(answer) });
    },
  };
}

/** A live editor session on the test plan, its rule worker in-process (ADR 017). */
export function workerSession() {
  const worker = inProcessWorker();
  const session = createEditorSession(buildTestPlan(), {
    version: 1,
    canEdit: true,
    liveValidation: true,
    ruleWorker: worker.port,
  });
  return { worker, session };
}
