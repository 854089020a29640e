import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Everything the editor bench leaves behind (temp dirs, child processes, browser, servers),
 * released in reverse order on normal exit, on a thrown error and on Ctrl-C: a bench that leaks
 * a react-router-serve or a Chromium would skew the next run's numbers. Playwright must be
 * launched with its own signal handlers off (they exit the process before this runs).
 */
type Release = () => Promise<void> | void;

const releases: { label: string; release: Release }[] = [];
let released = false;
let interrupted = false;
/** What must go even if the process exits mid-cleanup: removed synchronously on "exit". */
const tempDirs = new Set<string>();
const childGroups = new Set<number>();

process.on("exit", () => {
  for (const pid of childGroups) signalGroup(pid, "SIGKILL");
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function signalGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig);
  } catch {
    // already gone
  }
}

/** True once Ctrl-C (or SIGTERM) has started the cleanup: failures after that are its doing. */
export function isInterrupted(): boolean {
  return interrupted;
}

export function onCleanup(label: string, release: Release): void {
  releases.push({ label, release });
}

export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  onCleanup(`temp dir ${dir}`, () => {
    fs.rmSync(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
  });
  return dir;
}

/** Children are spawned detached (own process group) so that npx's grandchildren die with them. */
export function killOnCleanup(label: string, child: ChildProcess): void {
  if (child.pid === undefined) return;
  const pid = child.pid;
  childGroups.add(pid);
  child.once("exit", () => childGroups.delete(pid));
  onCleanup(label, () => stopChild(child, pid));
}

async function stopChild(child: ChildProcess, pid: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(pid, "SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), 3000)));
  if ((await Promise.race([exited, timeout])) === "timeout") signalGroup(pid, "SIGKILL");
  clearTimeout(timer);
}

export async function cleanupAll(): Promise<void> {
  if (released) return;
  released = true;
  for (const { label, release } of releases.reverse()) {
    try {
      await release();
    } catch (error) {
      console.error(`cleanup of ${label} failed: ${(error as Error).message}`);
    }
  }
}

/** Runs main, then cleans up whatever happens; a signal cleans up and exits 130. */
export function runWithCleanup(main: () => Promise<number>): void {
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.once(sig, () => {
      interrupted = true;
      console.error(`\n${sig}: cleaning up`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
  process.once("unhandledRejection", (reason) => {
    console.error(
      `editor bench failed: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
    );
    void cleanupAll().finally(() => process.exit(1));
  });
  main()
    .then(
      (code) => (process.exitCode = code),
      (error: unknown) => {
        // Once interrupted, the browser closing under a running drag is expected, not a failure.
        if (interrupted) return;
        console.error(
          `editor bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        process.exitCode = 1;
      },
    )
    .finally(() => cleanupAll());
}
