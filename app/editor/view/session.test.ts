import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { validatePlan } from "../../../floorplans/rules/validate-plan";
import { moveEntities } from "../model";
import { buildTestPlan, standRefs } from "../model/test-fixtures";
import { workerSession } from "./rule-worker.test-support";
import { COUNTS_THROTTLE_MS, createEditorSession, LIST_SETTLE_MS, type EditorSession } from "./session";
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
    const { worker, session } = workerSession();
    worker.flush();
    session.store.refreshViolations();
    return { session, worker, answer: () => worker.flush() };
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
    it(`holds the list while the pointer moves, counts on, lists on a rest and at the drop (${name})`, () => {
      const { session, answer } = start();
      const { store } = session;
      const before = session.listed.get().violations;
      expect(session.counts.get()).toEqual(countViolations(before));
      const errorsBefore = session.counts.get().errors;
      let countNotices = 0;
      session.counts.subscribe(() => countNotices++);
      const frame = (dx: number) => {
        store.updateGesture(moveEntities, { dx, dy: 0, snap: null });
        answer();
        vi.advanceTimersByTime(LIST_SETTLE_MS / 3);
      };

      // A02 dragged onto A01, the pointer never resting: an overlap, counted during the drag.
      store.select(standRefs("A02"));
      store.beginGesture();
      expect(session.listed.get().held).toBe(false);
      frame(-3);
      expect(session.listed.get().held).toBe(true);
      expect(session.counts.get().errors).toBe(errorsBefore);
      for (let i = 0; i < 12; i++) frame(i % 2 === 0 ? -2.5 : -2.4);
      expect(session.counts.get().errors).toBeGreaterThan(errorsBefore);
      // Counted at most once per COUNTS_THROTTLE_MS, however many answers came.
      expect(countNotices).toBeLessThanOrEqual(Math.ceil((13 * LIST_SETTLE_MS) / 3 / COUNTS_THROTTLE_MS));
      // The list has not moved all along.
      expect(session.listed.get().violations).toBe(before);
      expect(overlaps(session)).toBe(0);

      // The pointer rests, the button still down: the list catches up, and is no longer held.
      vi.advanceTimersByTime(LIST_SETTLE_MS);
      expect(store.getState().gesture).not.toBeNull();
      expect(session.listed.get().held).toBe(false);
      expect(overlaps(session)).toBeGreaterThan(0);
      expect(session.counts.get()).toEqual(countViolations(session.listed.get().violations));

      // Moving again holds it again; away from A01 the overlap is gone from the counts first.
      store.updateGesture(moveEntities, { dx: 0, dy: 0, snap: null });
      answer();
      expect(session.listed.get().held).toBe(true);
      vi.advanceTimersByTime(COUNTS_THROTTLE_MS);
      expect(session.counts.get().errors).toBe(errorsBefore);
      expect(overlaps(session)).toBeGreaterThan(0);

      // The drop lists at once, with counts that agree with the list.
      store.updateGesture(moveEntities, { dx: -3, dy: 0, snap: null });
      store.endGesture();
      answer();
      const dropped = validatePlan(store.getState().doc.plan);
      expect(session.listed.get()).toEqual({ violations: dropped, held: false });
      expect(overlaps(session)).toBeGreaterThan(0);
      expect(session.counts.get()).toEqual(countViolations(dropped));
      session.dispose();
    });
  }

  it("takes into the shown list an answer that comes after the pointer rested (a slow check)", () => {
    const { session, worker } = engines.worker();
    const { store } = session;
    store.select(standRefs("A02"));
    store.beginGesture();
    store.updateGesture(moveEntities, { dx: -3, dy: 0, snap: null });
    // The pointer rests before the worker answers.
    vi.advanceTimersByTime(LIST_SETTLE_MS);
    expect(session.listed.get().held).toBe(false);
    expect(overlaps(session)).toBe(0);
    worker.flush();
    expect(overlaps(session)).toBeGreaterThan(0);
    expect(session.listed.get().violations).toEqual(validatePlan(store.getState().doc.plan));
    session.dispose();
  });

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
