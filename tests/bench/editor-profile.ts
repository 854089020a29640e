import type { CDPSession } from "playwright-core";

/**
 * `--profile`: where a page's main thread goes during a drag, from a V8 CPU profile (CDP Profiler)
 * of one extra drag that the medians do not count (profiling slows the page down). Self time by
 * function, with the bundle file and line: names are minified in the app build, the file (route
 * chunk) and line still say which module it is.
 */
export interface ProfileEntry {
  selfMs: number;
  frame: string;
}

/** Trace events of the renderer's main thread whose time is summed by name (pixels, not JS). */
const PIXEL_EVENTS = new Set([
  "Paint",
  "PaintImage",
  "RasterTask",
  "CompositeLayers",
  "UpdateLayerTree",
  "Layout",
  "UpdateLayoutTree",
  "PrePaint",
  "Layerize",
  "Commit",
  "FunctionCall",
  "FireAnimationFrame",
  "EventDispatch",
  "RunTask",
]);

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Starts a timeline trace; the returned function stops it and sums the main thread's events. */
async function startTrace(cdp: CDPSession): Promise<() => Promise<ProfileEntry[]>> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on("Tracing.dataCollected", onData);
  await cdp.send("Tracing.start", {
    transferMode: "ReportEvents",
    traceConfig: {
      includedCategories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "cc", "blink"],
    },
  });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
    await cdp.send("Tracing.end");
    await done;
    cdp.off("Tracing.dataCollected", onData);
    const threads = new Map<string, string>();
    for (const e of events) {
      if (e.ph === "M" && e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
    }
    const totals = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== "X" || e.dur === undefined) continue;
      const thread = threads.get(`${e.pid}:${e.tid}`) ?? "?";
      if (thread !== "CrRendererMain" && !PIXEL_EVENTS.has(e.name)) continue;
      const key = `trace ${thread} ${e.name}`;
      totals.set(key, (totals.get(key) ?? 0) + e.dur / 1000);
    }
    return [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([frame, selfMs]) => ({ frame, selfMs }));
  };
}

export async function profileWhile(
  cdp: CDPSession,
  work: () => Promise<unknown>,
  top = 15,
): Promise<ProfileEntry[]> {
  // The CPU profile slows JS down; the trace says where the pixels go (Paint, raster, compositing).
  const stopTrace = process.env.BENCH_TRACE === "1" ? await startTrace(cdp) : null;
  if (!stopTrace) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.start");
  }
  let failure: unknown = null;
  await work().catch((error: unknown) => (failure = error));
  if (stopTrace) {
    const entries = await stopTrace();
    if (failure !== null) throw failure;
    return entries;
  }
  // Stopped even when the drag failed, so that the tab stays usable.
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.send("Profiler.disable");
  if (failure !== null) throw failure;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split("/").pop() || "(native)";
    const key = frame.url
      ? `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`
      : frame.functionName;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  return [...self]
    .filter(([frame]) => frame !== "(idle)")
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([frame, selfMs]) => ({ frame, selfMs }));
}
