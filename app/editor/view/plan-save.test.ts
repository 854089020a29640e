import { describe, expect, it, vi } from "vitest";
import { createEditorStore } from "../model";
import { moveEntities } from "../model/commands/move";
import { buildTestPlan, standRefs } from "../model/test-fixtures";
import { classifySaveResponse, PlanSaveController, planSavePath, sendSave, type SaveBody } from "./plan-save";

const json = (body: unknown, status = 200) => Response.json(body, { status });

/** What `fetch(…, { redirect: "manual" })` gives for a redirect in a browser: status 0, type "opaqueredirect". */
function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperty(response, "type", { value: "opaqueredirect" });
  Object.defineProperty(response, "status", { value: 0 });
  Object.defineProperty(response, "ok", { value: false });
  return response;
}

describe("classifySaveResponse", () => {
  it("reads a saved plan's version and the server's counts", async () => {
    expect(
      await classifySaveResponse(json({ intent: "save", ok: true, version: 8, errors: 2, warnings: 1 })),
    ).toEqual({ kind: "saved", version: 8, errors: 2, warnings: 1 });
  });

  it("takes a 409 stale for a conflict with the stored version", async () => {
    expect(
      await classifySaveResponse(json({ intent: "save", ok: false, code: "stale", currentVersion: 9 }, 409)),
    ).toEqual({ kind: "conflict", currentVersion: 9 });
  });

  it("keeps a refusal's code and problems", async () => {
    const problems = [{ path: "stands[0].depth", message: "Too small" }];
    expect(await classifySaveResponse(json({ ok: false, code: "invalid", problems }, 400))).toEqual({
      kind: "failed",
      code: "invalid",
      problems,
    });
    expect(await classifySaveResponse(json({ ok: false, code: "bad-request" }, 400))).toEqual({
      kind: "failed",
      code: "bad-request",
      problems: [],
    });
  });

  it("takes a 401, or a redirect it did not follow, for a lost session", async () => {
    expect(await classifySaveResponse(json({ ok: false, code: "unauthenticated" }, 401))).toEqual({
      kind: "signedOut",
    });
    expect(await classifySaveResponse(new Response("Unauthorized", { status: 401 }))).toEqual({
      kind: "signedOut",
    });
    expect(await classifySaveResponse(opaqueRedirect())).toEqual({ kind: "signedOut" });
    const redirect = new Response(null, { status: 302, headers: { Location: "/login" } });
    expect(await classifySaveResponse(redirect)).toEqual({ kind: "signedOut" });
  });

  it("takes an answer that is not the route's JSON for a failure with its status", async () => {
    const page = new Response("<!DOCTYPE html><title>Erreur</title>", {
      status: 500,
      headers: { "Content-Type": "text/html" },
    });
    expect(await classifySaveResponse(page)).toEqual({ kind: "failed", code: "http-500", problems: [] });
    const broken = new Response("{not json", {
      status: 502,
      headers: { "Content-Type": "application/json" },
    });
    expect(await classifySaveResponse(broken)).toEqual({ kind: "failed", code: "http-502", problems: [] });
    expect(await classifySaveResponse(json({ ok: false }, 403))).toEqual({
      kind: "failed",
      code: "http-403",
      problems: [],
    });
  });
});

describe("sendSave", () => {
  const body: SaveBody = { intent: "save", version: 3, plan: buildTestPlan() };

  it("posts JSON without following redirects, with the session cookie", async () => {
    const fetchMock = vi.fn<typeof fetch>(async () =>
      json({ intent: "save", ok: true, version: 4, errors: 0, warnings: 0 }),
    );
    expect(await sendSave("/admin/events/x/plan/save", body, fetchMock)).toMatchObject({
      kind: "saved",
      version: 4,
    });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("/admin/events/x/plan/save");
    expect(init).toMatchObject({ method: "POST", redirect: "manual", credentials: "same-origin" });
    expect(new Headers(init?.headers).get("Content-Type")).toBe("application/json");
    expect(JSON.parse(String(init?.body))).toEqual(JSON.parse(JSON.stringify(body)));
  });

  it("takes a request that fails on the way (TypeError) for offline, without throwing", async () => {
    const down = vi.fn<typeof fetch>(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await sendSave("/x/save", body, down)).toEqual({ kind: "offline" });
  });
});

describe("planSavePath", () => {
  it("is the save route beside the plan page", () => {
    expect(planSavePath("/admin/events/min-2024/plan")).toBe("/admin/events/min-2024/plan/save");
    expect(planSavePath("/admin/events/min-2024/plan/")).toBe("/admin/events/min-2024/plan/save");
  });
});

describe("PlanSaveController", () => {
  function setup(answers: (() => Response | Promise<Response>)[]) {
    const store = createEditorStore(buildTestPlan(), { version: 7 });
    const fetchMock = vi.fn<typeof fetch>(async () => {
      const next = answers.shift();
      if (!next) throw new Error("unexpected request");
      return next();
    });
    const controller = new PlanSaveController(store, "/admin/events/x/plan/save", fetchMock);
    const edit = () => store.dispatch(moveEntities, { refs: standRefs("A01"), dx: 1, dy: 0 });
    const sentVersion = (i: number) =>
      (JSON.parse(String(fetchMock.mock.calls[i]![1]?.body)) as { version: number }).version;
    return { store, fetchMock, controller, edit, sentVersion };
  }
  const saved = (version: number) => () =>
    json({ intent: "save", ok: true, version, errors: 0, warnings: 0 });
  const down = () => {
    throw new TypeError("Failed to fetch");
  };

  it("sends nothing when there is nothing to save", async () => {
    const { controller, fetchMock } = setup([]);
    await controller.save();
    await controller.save();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(controller.getStatus()).toEqual({ kind: "idle" });
  });

  it("saves a dirty plan once, and the store learns the new version", async () => {
    const { controller, fetchMock, store, edit, sentVersion } = setup([saved(8)]);
    edit();
    const statuses: string[] = [];
    controller.subscribe(() => statuses.push(controller.getStatus().kind));
    await controller.save();
    expect(statuses).toEqual(["saving", "saved"]);
    expect([store.dirty, store.version]).toEqual([false, 8]);
    expect(sentVersion(0)).toBe(7);
    // Saved: Ctrl+S again sends nothing (no new version with the same content).
    await controller.save();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("keeps edits made while the request was in flight unsaved", async () => {
    const { controller, store, edit } = setup([saved(8)]);
    edit();
    const request = controller.save();
    expect(controller.busy).toBe(true);
    edit();
    await request;
    expect([store.dirty, store.version]).toEqual([true, 8]);
  });

  it("keeps the edits offline, says so, and saves them when the network is back", async () => {
    const { controller, store, edit, fetchMock } = setup([down, down, saved(8)]);
    edit();
    const plan = store.getState().doc.plan;
    await controller.save();
    expect(controller.getStatus()).toEqual({ kind: "offline" });
    expect([store.dirty, store.version, store.getState().doc.plan]).toEqual([true, 7, plan]);
    const statuses: string[] = [];
    controller.subscribe(() => statuses.push(controller.getStatus().kind));
    await controller.save(); // a retry: still down, and the bar does not flash « saving »
    expect(statuses).toEqual(["offline"]);
    expect(controller.waitsForUser).toBe(false);
    await controller.save();
    expect(controller.getStatus().kind).toBe("saved");
    expect([store.dirty, store.version]).toEqual([false, 8]);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it("keeps the edits after a lost session, waits for the user, then saves", async () => {
    const { controller, store, edit, sentVersion } = setup([
      () => json({ ok: false, code: "unauthenticated" }, 401),
      saved(8),
    ]);
    edit();
    await controller.save();
    expect(controller.getStatus()).toEqual({ kind: "signedOut" });
    expect(controller.waitsForUser).toBe(true);
    expect([store.dirty, store.version]).toEqual([true, 7]);
    await controller.save(); // the user logged in again in another tab and clicks Save
    expect(sentVersion(1)).toBe(7);
    expect(controller.getStatus().kind).toBe("saved");
    expect(controller.waitsForUser).toBe(false);
    expect(store.dirty).toBe(false);
  });

  it("stops saving after a conflict, and reports a refusal without changing the store", async () => {
    const conflict = setup([() => json({ ok: false, code: "stale", currentVersion: 9 }, 409)]);
    conflict.edit();
    await conflict.controller.save();
    expect(conflict.controller.getStatus()).toEqual({ kind: "conflict", currentVersion: 9, mine: 7 });
    conflict.edit();
    await conflict.controller.save();
    expect(conflict.fetchMock).toHaveBeenCalledTimes(1);
    expect(conflict.store.dirty).toBe(true);

    const problems = [{ path: "stands[0].depth", message: "Too small" }];
    const refused = setup([() => json({ ok: false, code: "invalid", problems }, 400)]);
    refused.edit();
    await refused.controller.save();
    expect(refused.controller.getStatus()).toEqual({ kind: "failed", code: "invalid", problems });
    expect([refused.store.dirty, refused.store.version]).toEqual([true, 7]);
  });

  it("sends one request at a time", async () => {
    const { controller, edit, fetchMock } = setup([saved(8)]);
    edit();
    const first = controller.save();
    const second = controller.save();
    await Promise.all([first, second]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
