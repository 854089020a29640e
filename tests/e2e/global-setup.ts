import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserServer } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    wsEndpoint: string;
    databasePath: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the app did not answer on ${url}/healthz within 30 s`);
}

function stopServer(server: ChildProcess): void {
  try {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone (it exited on its own, e.g. a broken build)
  }
}

export default async function setup(project: TestProject) {
  const buildDir = process.env.ALLEE_BUILD_DIR || "build";
  const serverEntry = path.join(buildDir, "server", "index.js");
  if (!fs.existsSync(serverEntry)) throw new Error(`${buildDir}/ is missing: run \`npm run build\` first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "allee-e2e-"));
  const databasePath = path.join(dir, "e2e.sqlite");
  const env = { ...process.env, DATABASE_PATH: databasePath, NODE_ENV: "production", SMTP_URL: "" };
  for (const script of ["db/migrate.ts", "db/seed/index.ts"]) {
    const r = spawnSync("npx", ["tsx", script], { env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${script} failed:\n${r.stdout}\n${r.stderr}`);
  }
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn("npx", ["react-router-serve", path.resolve(serverEntry)], {
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  let browser: BrowserServer | undefined;
  try {
    await waitForHealth(baseURL, server);
    browser = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    stopServer(server);
    throw error;
  }
  project.provide("baseURL", baseURL);
  project.provide("wsEndpoint", browser.wsEndpoint());
  project.provide("databasePath", databasePath);

  return async () => {
    await browser?.close();
    stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
