import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { validatePlan } from "../../../floorplans/rules/validate-plan";
import { moveEntities } from "../model";
import { buildTestPlan, standRefs } from "../model/test-fixtures";
import { inProcessWorker } from "./rule-worker.test-support";
import { COUNTS_THROTTLE_MS, createEditorSession, type EditorSession } from "./session";
import { countViolations } from "./violation-counts";

const overlaps = (s: EditorSession) =>
  s.listed.get().violations.filter((v) => v.rule === "stand.overlap").length;

/** The same journey with the engine in the page and in the rule worker (ADR 017). */
const engines = {
  inline: () => ({
    session: createEditorSession(buildTestPlan(), { version: 1, canEdit: true, liveValidation: true }),
    answer: () => undefined,
  }),
  worker: () => {
    const worker = inProcessWorker();
    const session = createEditorSession(buildTestPlan(), {
      version: 1,
      canEdit: true,
      liveValidation: true,
      ruleWorker: worker.port,
    });
    worker.flush();
    session.store.refreshViolations();
    return { session, answer: () => worker.flush() };
  },
};

describe("the violations panel's list and counts during a drag", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  for (const [name, start] of Object.entries(engines)) {
    it(`keeps the list still while the counts follow the drag, and lists the drop at once (${name})`, () => {
      const { session, answer } = start();
      const { store } = session;
      const before = session.listed.get().violations;
      expect(session.counts.get()).toEqual(countViolations(before));
      const errorsBefore = session.counts.get().errors;
      let listNotices = 0;
      let countNotices = 0;
      session.listed.subscribe(() => listNotices++);
      session.counts.subscribe(() => countNotices++);

      // A02 dragged onto A01: an overlap, found during the drag.
      store.select(standRefs("A02"));
      store.beginGesture();
      store.updateGesture(moveEntities, { dx: -3, dy: 0, snap: null });
      answer();
      store.updateGesture(moveEntities, { dx: -2.5, dy: 0, snap: null });
      answer();
      // Within the throttle, nothing is published yet.
      expect(session.counts.get().errors).toBe(errorsBefore);
      vi.advanceTimersByTime(COUNTS_THROTTLE_MS);
      expect(session.counts.get().errors).toBeGreaterThan(errorsBefore);
      expect(countNotices).toBe(1);
      // The list has not moved, however long the drag goes on.
      store.updateGesture(moveEntities, { dx: -2.4, dy: 0, snap: null });
      answer();
      vi.advanceTimersByTime(10 * COUNTS_THROTTLE_MS);
      expect(session.listed.get().violations).toBe(before);
      expect(listNotices).toBe(0);
      expect(overlaps(session)).toBe(0);

      // The drop lists the overlap at once, with counts that agree with the list.
      store.endGesture();
      answer();
      const dropped = validatePlan(store.getState().doc.plan);
      expect(session.listed.get().violations).toEqual(dropped);
      expect(overlaps(session)).toBeGreaterThan(0);
      expect(session.counts.get()).toEqual(countViolations(dropped));
      session.dispose();
    });
  }

  it("does not publish counts that did not change", () => {
    const { session } = engines.inline();
    const { store } = session;
    let countNotices = 0;
    session.counts.subscribe(() => countNotices++);
    store.select(standRefs("A02"));
    store.beginGesture();
    store.updateGesture(moveEntities, { dx: -2.5, dy: 0, snap: null });
    vi.advanceTimersByTime(COUNTS_THROTTLE_MS);
    expect(countNotices).toBe(1);
    // Still over A01, by another width: the overlap is a new violation, the counts are the same.
    const listed = store.getState().violations;
    store.updateGesture(moveEntities, { dx: -2, dy: 0, snap: null });
    expect(store.getState().violations).not.toBe(listed);
    vi.advanceTimersByTime(COUNTS_THROTTLE_MS);
    expect(countNotices).toBe(1);
    session.dispose();
  });
});
