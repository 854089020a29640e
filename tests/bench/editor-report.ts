import { median as middle } from "./editor-drag";
import type { ProfileEntry } from "./editor-profile";
import { MOVES, MOVE_INTERVAL_MS, type RunSample } from "./editor-runs";

/**
 * Medians, ratios and targets of the editor bench (issue item 9), as a table and as JSON.
 * Frame times alone hide the cost: a page that drops moves can keep painting every 16.7 ms, so the
 * share of moves handled and the main-thread time per handled move come first.
 */
export interface PageSummary {
  runs: number;
  movesSent: number;
  movesHandled: number;
  handledPct: number;
  msPerMove: number;
  mainThreadMs: number;
  scriptMs: number;
  styleLayoutMs: number;
  windowMs: number;
  frameP50Ms: number;
  frameP95Ms: number;
  loadMs: number;
  /** Median time the main thread stayed busy after `ready` (runs where it never went quiet: excluded). */
  quietMs: number | null;
  locate: string;
  standsDrawn: number;
  /** Each run's moves handled and ms per move, in run order: the first drag after load often differs. */
  perRun: string;
  pageErrors: string[];
}

/** The editor side: measured, or why not (not written yet, build failed, page failed). */
export type EditorOutcome = { summary: PageSummary; samples: RunSample[] } | { unavailable: string };

export interface Target {
  description: string;
  value: number | null;
  unit: string;
  pass: boolean | null;
}

export interface CountReport {
  stands: number;
  halls: number;
  dragged: string;
  editor: EditorOutcome;
  naive: { summary: PageSummary; samples: RunSample[] } | { unavailable: string };
  ratios: { naiveOverEditorMsPerMove: number | null; editorOverNaiveHandled: number | null };
  targets: Target[];
  /** --profile: self time by function during one extra drag, per page (null: not profiled). */
  profiles?: { editor: ProfileEntry[] | null; naive: ProfileEntry[] | null };
}

/** rAF timestamps are coarsened to 0.1 ms and jitter around 16.67: one frame reads 16.6 to 16.8. */
const FRAME_JITTER_MS = 0.3;

export function summarise(samples: RunSample[]): PageSummary {
  const median = (f: (s: RunSample) => number) => middle(samples.map(f));
  return {
    runs: samples.length,
    movesSent: median((s) => s.movesSent),
    movesHandled: median((s) => s.movesHandled),
    handledPct: median((s) => (100 * s.movesHandled) / s.movesSent),
    msPerMove: median((s) => s.msPerMove),
    mainThreadMs: median((s) => s.mainThreadMs),
    scriptMs: median((s) => s.scriptMs),
    styleLayoutMs: median((s) => s.styleLayoutMs),
    windowMs: median((s) => s.windowMs),
    frameP50Ms: median((s) => s.frameP50Ms),
    frameP95Ms: median((s) => s.frameP95Ms),
    loadMs: median((s) => s.loadMs),
    quietMs: samples.some((s) => s.quietMs !== null)
      ? middle(samples.flatMap((s) => (s.quietMs === null ? [] : [s.quietMs])))
      : null,
    locate: [
      ...new Set(
        samples.map(
          (s) =>
            `${s.locate.method}, hit ${s.locate.hit}, ${s.locate.pxPerMetre.toFixed(2)} px/m${s.wheelSteps > 0 ? ` after ${s.wheelSteps} wheel step(s)` : ""}`,
        ),
      ),
    ].join("; "),
    standsDrawn: middle(samples.map((s) => s.standsDrawn)),
    perRun: samples.map((s) => `${s.movesHandled} @ ${fmt(s.msPerMove)}`).join(", "),
    pageErrors: [...new Set(samples.flatMap((s) => s.pageErrors))],
  };
}

export function targetsFor(stands: number, editor: PageSummary | null, naive: PageSummary | null): Target[] {
  const t = (
    description: string,
    value: number | null,
    unit: string,
    ok: (v: number) => boolean,
  ): Target => ({
    description,
    value,
    unit,
    pass: value === null || !Number.isFinite(value) ? (value === null ? null : false) : ok(value),
  });
  if (stands <= 2000) {
    const ratio = editor && naive ? naive.msPerMove / editor.msPerMove : null;
    return [
      t("moves handled ≥ 95 %", editor?.handledPct ?? null, "%", (v) => v >= 95),
      t("main thread per move ≤ 4 ms", editor?.msPerMove ?? null, "ms", (v) => v <= 4),
      t(
        `frame p95 ≤ 16.7 ms (± ${FRAME_JITTER_MS} ms timestamp jitter)`,
        editor?.frameP95Ms ?? null,
        "ms",
        (v) => v <= 16.7 + FRAME_JITTER_MS,
      ),
      t("≥ 3× less main thread per move than the naive page", ratio, "×", (v) => v >= 3),
    ];
  }
  return [t("moves handled ≥ 90 %", editor?.handledPct ?? null, "%", (v) => v >= 90)];
}

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : "∞");
const pad = (s: string, n: number) => s.padEnd(n);

function column(outcome: CountReport["editor"]): (row: keyof PageSummary | "frames" | "handled") => string {
  if ("unavailable" in outcome) return () => "—";
  const s = outcome.summary;
  return (row) => {
    switch (row) {
      case "handled":
        return `${fmt(s.movesHandled, 0)}/${fmt(s.movesSent, 0)} (${fmt(s.handledPct)} %)`;
      case "frames":
        return `${fmt(s.frameP50Ms)} / ${fmt(s.frameP95Ms)} ms`;
      case "msPerMove":
        return `${fmt(s.msPerMove, 2)} ms`;
      case "mainThreadMs":
        return `${fmt(s.mainThreadMs, 0)} of ${fmt(s.windowMs, 0)} ms`;
      case "scriptMs":
        return `${fmt(s.scriptMs, 0)} / ${fmt(s.styleLayoutMs, 0)} ms`;
      case "loadMs":
        return `${fmt(s.loadMs / 1000)} s, quiet ${s.quietMs === null ? "never" : `+${fmt(s.quietMs / 1000)} s`}`;
      default:
        return String(s[row]);
    }
  };
}

export function formatReport(reports: CountReport[], header: string, naiveLabel: string): string {
  const lines = [header, ""];
  for (const r of reports) {
    lines.push(`${r.stands.toLocaleString("en")} stands (${r.halls} halls; dragging ${r.dragged}) — medians`);
    const e = column(r.editor);
    const n = column(r.naive);
    const row = (label: string, key: Parameters<typeof e>[0], ratio = "") =>
      lines.push(`  ${pad(label, 30)}${pad(e(key), 36)}${pad(n(key), 36)}${ratio}`);
    lines.push(`  ${pad("", 30)}${pad("real editor", 36)}${pad(naiveLabel, 36)}ratio`);
    const handledRatio = r.ratios.editorOverNaiveHandled;
    const msRatio = r.ratios.naiveOverEditorMsPerMove;
    row("moves handled", "handled", handledRatio === null ? "" : `real/naive ${fmt(handledRatio)}×`);
    row("main thread per move", "msPerMove", msRatio === null ? "" : `naive/real ${fmt(msRatio)}×`);
    row("main thread busy", "mainThreadMs");
    row("  of which JS / style+layout", "scriptMs");
    row("frame p50 / p95", "frames");
    row("runs: moves @ ms/move", "perRun");
    row("page ready after", "loadMs");
    row("stands drawn (page's count)", "standsDrawn");
    for (const [label, outcome] of [
      ["real editor", r.editor],
      [naiveLabel, r.naive],
    ] as const) {
      if ("unavailable" in outcome) lines.push(`  ${label}: not measured — ${outcome.unavailable}`);
      else {
        lines.push(`  ${label}: stand located by ${outcome.summary.locate}`);
        if (outcome.summary.pageErrors.length > 0)
          lines.push(`  ${label}: page errors: ${outcome.summary.pageErrors.slice(0, 3).join(" | ")}`);
      }
    }
    for (const [label, hotspots] of [
      ["real editor", r.profiles?.editor],
      [naiveLabel, r.profiles?.naive],
    ] as const) {
      if (!hotspots) continue;
      lines.push(`  ${label}: main-thread self time in one profiled drag (top ${hotspots.length})`);
      for (const h of hotspots) lines.push(`    ${fmt(h.selfMs, 0).padStart(7)} ms  ${h.frame}`);
    }
    lines.push("  targets (real editor):");
    for (const t of r.targets) {
      const verdict = t.pass === null ? "PENDING" : t.pass ? "PASS" : "FAIL";
      lines.push(
        `    ${pad(verdict, 8)}${pad(t.description, 54)}${t.value === null ? "not measured" : `${fmt(t.value, 2)} ${t.unit}`}`,
      );
    }
    lines.push("");
  }
  const failed = reports.flatMap((r) => r.targets).filter((t) => t.pass === false).length;
  const pending = reports.flatMap((r) => r.targets).filter((t) => t.pass === null).length;
  lines.push(
    failed > 0
      ? `*** ${failed} target(s) FAILED ***`
      : pending > 0
        ? `${pending} target(s) pending (real editor not measured)`
        : "all targets met",
  );
  return lines.join("\n");
}

export const SCHEDULE = { moves: MOVES, intervalMs: MOVE_INTERVAL_MS, durationMs: MOVES * MOVE_INTERVAL_MS };
