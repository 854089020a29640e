import { describe, expect, it } from "vitest";
import { ThrottledPaint, type PaintClock } from "./throttled-paint";

/** A clock whose frames come every 16 ms and whose timers fire when time passes them. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: PaintClock = {
    now: () => now,
    requestFrame: (callback) => (frames.set(next, callback), next++),
    cancelFrame: (handle) => void frames.delete(handle),
    setTimer: (callback, ms) => (timers.set(next, { at: now + ms, callback }), next++),
    clearTimer: (handle) => void timers.delete(handle),
  };
  /** Moves time on by one frame: due timers fire, then the frame's callbacks run. */
  const tick = () => {
    now += 16;
    for (const [handle, timer] of [...timers]) {
      if (timer.at > now) continue;
      timers.delete(handle);
      timer.callback();
    }
    const due = [...frames.values()];
    frames.clear();
    for (const callback of due) callback();
  };
  return { clock, tick, pending: () => frames.size + timers.size };
}

describe("ThrottledPaint", () => {
  it("paints in the next frame, then at most once per interval however often it is asked", () => {
    const { clock, tick } = fakeClock();
    const painted: number[] = [];
    const paint = new ThrottledPaint(() => painted.push(clock.now()), 100, clock);
    for (let frame = 0; frame < 40; frame++) {
      paint.schedule();
      paint.schedule();
      tick();
    }
    expect(painted[0]).toBe(16);
    for (let i = 1; i < painted.length; i++)
      expect(painted[i]! - painted[i - 1]!).toBeGreaterThanOrEqual(100);
    // 640 ms of asking every frame: about one paint per 100 ms, not 40.
    expect(painted.length).toBeGreaterThanOrEqual(5);
    expect(painted.length).toBeLessThanOrEqual(7);
  });

  it("always follows the last request with a paint", () => {
    const { clock, tick, pending } = fakeClock();
    let value = 0;
    let shown = -1;
    const paint = new ThrottledPaint(() => (shown = value), 100, clock);
    for (value = 1; value <= 5; value++) {
      paint.schedule();
      tick();
    }
    value = 5;
    while (pending() > 0) tick();
    expect(shown).toBe(5);
  });

  it("paints nothing after cancel", () => {
    const { clock, tick, pending } = fakeClock();
    let painted = 0;
    const paint = new ThrottledPaint(() => painted++, 100, clock);
    paint.schedule();
    tick();
    paint.schedule();
    paint.cancel();
    expect(pending()).toBe(0);
    for (let i = 0; i < 20; i++) tick();
    expect(painted).toBe(1);
  });
});
