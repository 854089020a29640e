import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { measureDrag, waitForQuiet, type DragSample } from "./editor-drag";
import { locateStand, zoomToGrab, type StandOnScreen } from "./editor-locate";
import type { DragTarget } from "./editor-plans";

/**
 * The pages under test: one tab per page and plan, loaded once; each run is one measured drag in
 * it (the same stand, which each drag brings back to where it was). Loading a 5,000-stand plan
 * takes longer than the drag itself, and an editor session is many drags after one load.
 */
export const VIEWPORT = { width: 1280, height: 800 };
export const MOVES = 180;
export const MOVE_INTERVAL_MS = 1000 / 60;
const LOAD_TIMEOUT_MS = 90_000;
/** Bounds of the swing on screen: a few 2 px moves each way at least, never across the hall. */
const MIN_SWING_PX = 8;
const MAX_SWING_PX = 40;

export interface RunSample extends DragSample {
  locate: StandOnScreen;
  /** From navigation to window.__alleeEditor.ready, for the tab the run used. */
  loadMs: number;
  quietMs: number | null;
  wheelSteps: number;
  standsDrawn: number;
  /** Errors the page logged (console.error, uncaught exceptions) since it was opened. */
  pageErrors: string[];
}

export interface OpenPage {
  page: Page;
  cdp: CDPSession;
  loadMs: number;
  /** How long the page kept its main thread busy after `ready` (null: still busy after 20 s). */
  quietMs: number | null;
  /** Wheel steps the bench zoomed in by before the first drag (0: the page's own view). */
  wheelSteps: number;
  /** window.__alleeEditor.standCount once ready. */
  standsDrawn: number;
  pageErrors: string[];
}

export async function newBenchContext(browser: Browser, baseURL?: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport: VIEWPORT, deviceScaleFactor: 1, locale: "en-GB" });
}

/** Logs in through the real form, as the e2e journeys do. */
export async function login(context: BrowserContext, email: string, password: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto("/login");
    await page.getByLabel(/e-mail/i).fill(email);
    await page.getByLabel(/mot de passe|password/i).fill(password);
    await Promise.all([
      page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 30_000 }),
      page.getByRole("button", { name: /se connecter|log in/i }).click(),
    ]);
  } finally {
    await page.close();
  }
}

export async function openPage(context: BrowserContext, url: string, target: DragTarget): Promise<OpenPage> {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("console", (msg) => msg.type() === "error" && pageErrors.push(msg.text()));
  page.on("pageerror", (err) => pageErrors.push(err.message));
  try {
    const started = performance.now();
    const response = await page.goto(url, { timeout: LOAD_TIMEOUT_MS });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status() ?? "no response"}`);
    await page
      .waitForFunction(() => window.__alleeEditor?.ready === true, undefined, {
        timeout: LOAD_TIMEOUT_MS,
        polling: 100,
      })
      .catch((error: Error) => {
        const errors = pageErrors.length > 0 ? `; page errors: ${pageErrors.join(" | ")}` : "";
        throw new Error(
          `${url}: window.__alleeEditor.ready not true within ${LOAD_TIMEOUT_MS / 1000} s (${error.message.split("\n")[0]})${errors}`,
        );
      });
    const loadMs = performance.now() - started;
    // Reported, not enforced: a page may legitimately draw only the halls on screen.
    const standsDrawn = await page.evaluate(() => window.__alleeEditor!.standCount);
    const { wheelSteps } = await zoomToGrab(page, target);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const quietMs = await waitForQuiet(cdp);
    return { page, cdp, loadMs, quietMs, wheelSteps, standsDrawn, pageErrors };
  } catch (error) {
    await page.close();
    throw error;
  }
}

export async function dragOnce(open: OpenPage, target: DragTarget): Promise<RunSample> {
  await open.page.bringToFront();
  const locate = await locateStand(open.page, target);
  const amplitudePx = Math.min(MAX_SWING_PX, Math.max(MIN_SWING_PX, target.swingM * locate.pxPerMetre));
  const sample = await measureDrag(open.page, open.cdp, locate.x, locate.y, {
    moves: MOVES,
    intervalMs: MOVE_INTERVAL_MS,
    amplitudePx,
  });
  return {
    ...sample,
    locate,
    loadMs: open.loadMs,
    quietMs: open.quietMs,
    wheelSteps: open.wheelSteps,
    standsDrawn: open.standsDrawn,
    pageErrors: [...open.pageErrors],
  };
}

export async function closePage(open: OpenPage): Promise<void> {
  await open.cdp.detach().catch(() => undefined);
  await open.page.close();
}
