/** The clock and the frame and timer functions a ThrottledPaint uses (the browser's by default). */
export interface PaintClock {
  now(): number;
  requestFrame(callback: () => void): number;
  cancelFrame(handle: number): void;
  setTimer(callback: () => void, ms: number): number;
  clearTimer(handle: number): void;
}

const browserClock = (): PaintClock => ({
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  setTimer: (callback, ms) => window.setTimeout(callback, ms),
  clearTimer: (handle) => window.clearTimeout(handle),
});

/**
 * Paints in an animation frame after `schedule()`, at most once every `intervalMs`: a readout that
 * follows the pointer need not be redrawn 60 times a second (figures changing that fast cannot be
 * read), and each redraw of a canvas costs the frame a copy of it (docs/decisions/014). Calls in
 * between are merged; the last one is always followed by a paint, so what stays on screen is the
 * latest value.
 */
export class ThrottledPaint {
  private frame = 0;
  private timer = 0;
  private last = -Infinity;

  constructor(
    private readonly paint: () => void,
    private readonly intervalMs: number,
    private readonly clock: PaintClock = browserClock(),
  ) {}

  schedule(): void {
    if (this.frame !== 0 || this.timer !== 0) return;
    const wait = this.last + this.intervalMs - this.clock.now();
    if (wait <= 0) this.requestFrame();
    else
      this.timer = this.clock.setTimer(() => {
        this.timer = 0;
        this.requestFrame();
      }, wait);
  }

  cancel(): void {
    if (this.frame !== 0) this.clock.cancelFrame(this.frame);
    if (this.timer !== 0) this.clock.clearTimer(this.timer);
    this.frame = 0;
    this.timer = 0;
  }

  private requestFrame(): void {
    this.frame = this.clock.requestFrame(() => {
      this.frame = 0;
      this.last = this.clock.now();
      this.paint();
    });
  }
}
