import type { CDPSession, Page } from "playwright-core";
import type { AlleeEditorProbe } from "./editor-probe";

/**
 * One measured drag in a page that exposes window.__alleeEditor: pointer moves at a fixed
 * wall-clock rate, the page's own count of handled moves, the renderer main thread's busy time
 * (CDP Performance.getMetrics TaskDuration) and the requestAnimationFrame intervals meanwhile.
 */
export interface DragSample {
  movesSent: number;
  movesHandled: number;
  /** Renderer main-thread busy time over the moves, in ms. */
  mainThreadMs: number;
  /** Of which JavaScript (CDP ScriptDuration), in ms. */
  scriptMs: number;
  /** Of which style recalculation and layout (CDP RecalcStyleDuration + LayoutDuration), in ms. */
  styleLayoutMs: number;
  /** Main-thread ms per handled move: the cost of one move, whatever the page did with it. */
  msPerMove: number;
  frameP50Ms: number;
  frameP95Ms: number;
  frames: number;
  /** Wall clock from the first to the last move sent (the schedule says 3 s). */
  sendMs: number;
  /** Wall clock of the measured window: the moves, then until the page had handled them all. */
  windowMs: number;
}

export interface DragOptions {
  moves: number;
  intervalMs: number;
  /** How far (CSS px) the pointer swings right of where the measured drag starts. */
  amplitudePx: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)),
  );
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const sorted = samples.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank quantile, for frame intervals (q = 0.95: 95 % of frames were at most this long). */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = samples.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export async function mainThreadSeconds(
  cdp: CDPSession,
): Promise<{ task: number; script: number; styleLayout: number }> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const value = (name: string) => {
    const found = metrics.find((m) => m.name === name);
    if (!found) throw new Error(`CDP Performance.getMetrics has no ${name}`);
    return found.value;
  };
  return {
    task: value("TaskDuration"),
    script: value("ScriptDuration"),
    styleLayout: value("RecalcStyleDuration") + value("LayoutDuration"),
  };
}

function readProbe(page: Page): Promise<AlleeEditorProbe> {
  return page.evaluate(() => {
    const probe = window.__alleeEditor;
    if (!probe) throw new Error("the page has no window.__alleeEditor");
    return { ...probe };
  });
}

/** Resolves after two animation frames: input is dispatched before rAF, so every queued move has run. */
function settle(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/**
 * Records every animation frame's timestamp until stopped. A string, not a function: tsx compiles
 * the bench with esbuild's keepNames, whose __name() helper does not exist in the page.
 */
const FRAME_RECORDER = `(() => {
  const recorder = { times: [], running: true };
  window.__benchFrames = recorder;
  requestAnimationFrame(function tick(t) {
    recorder.times.push(t);
    if (recorder.running) requestAnimationFrame(tick);
  });
})()`;

function startFrameRecorder(page: Page): Promise<void> {
  return page.evaluate(FRAME_RECORDER);
}

async function stopFrameRecorder(page: Page): Promise<number[]> {
  const times = await page.evaluate(() => {
    const recorder = (window as unknown as { __benchFrames: { times: number[]; running: boolean } })
      .__benchFrames;
    recorder.running = false;
    return recorder.times;
  });
  return times.slice(1).map((t, i) => t - times[i]!);
}

/**
 * Waits until the page's main thread is mostly idle (busy under `maxShare` of a `windowMs` window):
 * `ready` means the stage has drawn, not that the page is done — work it defers (lists, panels,
 * a first validation pass) would otherwise land in the first drag's numbers. Returns the time
 * waited, or null when the page was still busy at `timeoutMs`.
 */
export async function waitForQuiet(
  cdp: CDPSession,
  { windowMs = 500, maxShare = 0.1, timeoutMs = 20_000 } = {},
): Promise<number | null> {
  const started = performance.now();
  let last = await mainThreadSeconds(cdp);
  while (performance.now() - started < timeoutMs) {
    await sleep(windowMs);
    const now = await mainThreadSeconds(cdp);
    const busyMs = (now.task - last.task) * 1000;
    last = now;
    if (busyMs <= maxShare * windowMs) return performance.now() - started;
  }
  return null;
}

/**
 * The pointer position of move k: a triangle wave, right then back, 2 px per move. Every move
 * changes the pixel (a page may ignore a move that lands on the same pixel) and the stand sweeps
 * over its row neighbours and back, so live validation finds overlaps appearing and disappearing.
 */
export function swing(k: number, amplitudePx: number): number {
  const steps = Math.max(1, Math.round(amplitudePx / 2));
  const phase = k % (2 * steps);
  return 2 * (phase <= steps ? phase : 2 * steps - phase);
}

/**
 * Presses on (x, y), starts the drag outside the measured window (Konva only starts a drag after
 * a few pixels, and the first move of a drag may set up a drag layer: a one-off, not a per-move
 * cost), then sends `moves` moves at `intervalMs` by wall clock — without waiting for each to be
 * handled, as a real pointer does not wait: a busy page receives them coalesced, i.e. drops them.
 * Moves back and releases only after the measurement, so the drop's cost is not counted either.
 */
export async function measureDrag(
  page: Page,
  cdp: CDPSession,
  x: number,
  y: number,
  options: DragOptions,
): Promise<DragSample> {
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 3; i++) await page.mouse.move(x + 2 * i, y);
  await sleep(250);
  await settle(page);
  const [ox, oy] = [x + 6, y];

  const before = await readProbe(page);
  await startFrameRecorder(page);
  const busyBefore = await mainThreadSeconds(cdp);
  const windowStart = performance.now();
  const pending: Promise<void>[] = [];
  const t0 = performance.now();
  for (let k = 1; k <= options.moves; k++) {
    await sleep(t0 + k * options.intervalMs - performance.now());
    pending.push(page.mouse.move(ox + swing(k, options.amplitudePx), oy));
  }
  const sendMs = performance.now() - t0;
  await withTimeout(Promise.all(pending), 30_000, "pointer moves not acknowledged within 30 s");
  await settle(page);
  const busyAfter = await mainThreadSeconds(cdp);
  const windowMs = performance.now() - windowStart;
  const after = await readProbe(page);
  const intervals = await stopFrameRecorder(page);
  // Back to where the press was, so that the next run finds the stand where this one did.
  await page.mouse.move(x, y);
  await page.mouse.up();

  const movesHandled = after.movesHandled - before.movesHandled;
  const mainThreadMs = (busyAfter.task - busyBefore.task) * 1000;
  return {
    movesSent: options.moves,
    movesHandled,
    mainThreadMs,
    scriptMs: (busyAfter.script - busyBefore.script) * 1000,
    styleLayoutMs: (busyAfter.styleLayout - busyBefore.styleLayout) * 1000,
    msPerMove: movesHandled > 0 ? mainThreadMs / movesHandled : Infinity,
    frameP50Ms: quantile(intervals, 0.5),
    frameP95Ms: quantile(intervals, 0.95),
    frames: intervals.length,
    sendMs,
    windowMs,
  };
}
