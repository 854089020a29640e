import { describe, expect, it } from "vitest";
import { createEditorStore, moveEntities } from "../model";
import { buildTestPlan, standRefs } from "../model/test-fixtures";
import { createWorkerValidationFeed } from "./plan-validator";
import { drainDelay, FRAME_ANSWER_EVERY_MS, type ToRuleWorker } from "./rule-worker-core";
import { inProcessWorker } from "./rule-worker.test-support";

describe("rule worker pacing during a drag (ADR 018)", () => {
  it("marks a drag's edits as frames, whose answers may wait, and nothing else (ADR 018)", () => {
    const worker = inProcessWorker();
    const feed = createWorkerValidationFeed(worker.port, []);
    const store = createEditorStore(buildTestPlan(), { validator: feed });
    worker.flush();
    store.select(standRefs("A02"));
    store.beginGesture();
    store.updateGesture(moveEntities, { dx: -1, dy: 0, snap: null });
    store.updateGesture(moveEntities, { dx: -2, dy: 0, snap: null });
    store.endGesture();
    store.dispatch(moveEntities, { refs: standRefs("A02"), dx: 0, dy: 1 });
    const stands = worker.sent.filter((m) => m.type === "stands");
    expect(stands.map((m) => m.type === "stands" && m.frame)).toEqual([true, true, false]);
  });

  it("runs a drag's frames together at most every FRAME_ANSWER_EVERY_MS, any other edit at once", () => {
    const frame: ToRuleWorker = {
      type: "stands",
      seq: 2,
      changed: ["A02"],
      at: [1],
      stands: [],
      frame: true,
    };
    const edit: ToRuleWorker = { ...frame, seq: 3, frame: false };
    const plan: ToRuleWorker = { type: "plan", seq: 4, parts: {} };
    // The first frame after a quiet spell runs at once; the next ones wait for the rest of the period.
    expect(drainDelay([frame], -Infinity, 1000)).toBe(0);
    expect(drainDelay([frame], 1000, 1016)).toBe(FRAME_ANSWER_EVERY_MS - 16);
    expect(drainDelay([frame, frame], 1000, 1099)).toBe(1);
    expect(drainDelay([frame], 1000, 1250)).toBe(0);
    // Anything else in the queue brings the run forward.
    expect(drainDelay([frame, edit], 1000, 1016)).toBe(0);
    expect(drainDelay([frame, plan], 1000, 1016)).toBe(0);
  });
});
