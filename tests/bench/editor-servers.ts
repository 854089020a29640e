import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { killOnCleanup, onCleanup } from "./editor-cleanup";

/**
 * The bench builds the app into its own folder (react-router.config.ts reads ALLEE_BUILD_DIR), never
 * into the shared build/: a bench run must not replace the build someone else is serving or testing.
 */
export const BENCH_BUILD_DIR = process.env.ALLEE_BUILD_DIR || ".builds/bench-editor";

/** Servers and child processes of the editor bench; everything listens on 127.0.0.1 only. */
export const HOST = "127.0.0.1";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
};

/** Serves `root` (the naive page's build and the plan files) over HTTP; returns its base URL. */
export async function serveStatic(root: string): Promise<string> {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.resolve(base, `.${pathname === "/" ? "/index.html" : pathname}`);
    // Nothing outside root, even with ../ in the URL.
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, HOST, resolve));
  onCleanup("static server", () => new Promise<void>((resolve) => server.close(() => resolve())));
  server.unref();
  return `http://${HOST}:${port}`;
}

export interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a command to its end (bounded by timeoutMs) and returns its exit code and output. */
export function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    killOnCleanup(`${command} ${args[0] ?? ""}`, child);
    let output = "";
    child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
      reject(new Error(`${command} ${args.join(" ")} did not finish within ${options.timeoutMs / 1000} s`));
    }, options.timeoutMs);
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** `node --import tsx SCRIPT …`: no npx start-up, and the child sees the same tsx as the bench. */
export function runTsx(
  script: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<RunResult> {
  return run(process.execPath, ["--import", "tsx", script, ...args], options);
}

/** Starts react-router-serve in `appDir` (a build snapshot) on a free port and waits for /healthz. */
export async function startAppServer(databasePath: string, appDir: string): Promise<string> {
  const port = await freePort();
  const baseURL = `http://${HOST}:${port}`;
  const bin = path.resolve("node_modules/@react-router/serve/bin.js");
  const serverEntry = `./${path.join(BENCH_BUILD_DIR, "server/index.js")}`;
  const server: ChildProcess = spawn(process.execPath, [bin, serverEntry], {
    env: {
      ...process.env,
      DATABASE_PATH: databasePath,
      NODE_ENV: "production",
      SMTP_URL: "",
      PORT: String(port),
      HOST,
    },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
    // The client assets are served from <build dir>/client relative to the working directory.
    cwd: appDir,
  });
  killOnCleanup("react-router-serve", server);
  let stderr = "";
  server.stderr!.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`react-router-serve exited with ${server.exitCode}:\n${stderr}`);
    try {
      if ((await fetch(`${baseURL}/healthz`)).ok) return baseURL;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the app did not answer on ${baseURL}/healthz within 30 s:\n${stderr}`);
}
