import { writeFileSync } from "node:fs";
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
  ts?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

let tracesWritten = 0;
let profilesWritten = 0;

/** Starts a timeline trace; the returned function stops it and sums self time by thread and event name. */
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
    // BENCH_TRACE_FILE=/tmp/drag keeps each traced drag's raw events, in the order the pages run
    // (/tmp/drag.1.json, /tmp/drag.2.json…), for chrome://tracing or a closer look.
    const file = process.env.BENCH_TRACE_FILE;
    if (file) writeFileSync(`${file}.${++tracesWritten}.json`, JSON.stringify(events));
    // Self time: an event's duration less that of the events nested in it on the same thread
    // (complete events of one thread nest properly), so that RunTask does not count everything twice.
    const byThread = new Map<string, TraceEvent[]>();
    for (const e of events) {
      if (e.ph !== "X" || e.dur === undefined || e.ts === undefined) continue;
      const key = `${e.pid}:${e.tid}`;
      let list = byThread.get(key);
      if (!list) byThread.set(key, (list = []));
      list.push(e);
    }
    const totals = new Map<string, number>();
    for (const [key, list] of byThread) {
      const thread = threads.get(key) ?? "?";
      list.sort((a, b) => a.ts! - b.ts! || b.dur! - a.dur!);
      const open: { end: number; key: string; self: number }[] = [];
      const close = (upTo: number) => {
        while (open.length > 0 && open[open.length - 1]!.end <= upTo) {
          const done = open.pop()!;
          totals.set(done.key, (totals.get(done.key) ?? 0) + done.self / 1000);
        }
      };
      for (const e of list) {
        close(e.ts!);
        const parent = open[open.length - 1];
        if (parent) parent.self -= e.dur!;
        const counted = thread === "CrRendererMain" || PIXEL_EVENTS.has(e.name);
        open.push({ end: e.ts! + e.dur!, key: counted ? `trace ${thread} ${e.name}` : "", self: e.dur! });
      }
      close(Infinity);
    }
    totals.delete("");
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
  // BENCH_PROFILE_FILE=/tmp/drag keeps each profiled drag as /tmp/drag.N.cpuprofile (DevTools opens it).
  const file = process.env.BENCH_PROFILE_FILE;
  if (file) writeFileSync(`${file}.${++profilesWritten}.cpuprofile`, JSON.stringify(profile));
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
