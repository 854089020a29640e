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

export async function profileWhile(
  cdp: CDPSession,
  work: () => Promise<unknown>,
  top = 15,
): Promise<ProfileEntry[]> {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.start");
  let failure: unknown = null;
  await work().catch((error: unknown) => (failure = error));
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
