import { describe, expect, it } from "vitest";
import { loadEventPlan } from "../../app/models/plan.server";
import { action, loader } from "../../app/routes/admin/plan/index";
import { loader as tableLoader } from "../../app/routes/admin/plan/table";
import { MAX_PLAN_BODY_BYTES } from "../../app/routes/admin/plan/plan-action.server";
import { useTestDatabase } from "../helpers/db";
import { planVersionOf, cookieForRole, eventWithSmallPlan } from "./plan-fixtures";
import { buildRequest, catchResponse, routeArgs } from "./shell-fixtures";

useTestDatabase();

const cookieFor = (role: "organiser" | "staff" | "exhibitor") => cookieForRole(role, "route");

const eventWithPlan = () => eventWithSmallPlan("route");

function post(slug: string, cookie: string, body: string, headers: Record<string, string> = {}) {
  const request = buildRequest(`/admin/events/${slug}/plan`, cookie, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/json", ...headers },
  });
  return action(routeArgs(request, { slug }));
}

/** What `data(value, { status })` carries: the value and the status the client receives. */
function answer(result: unknown): { status: number; body: Record<string, unknown> } {
  const r = result as { data: Record<string, unknown>; init: { status?: number } | null };
  return { status: r.init?.status ?? 200, body: r.data };
}

describe("the plan page's action", () => {
  it("saves, answering with the server's own counts and ignoring any verdict sent by the client", async () => {
    const { slug, eventId } = eventWithPlan();
    const plan = loadEventPlan(eventId);
    const overlapping = {
      ...plan,
      stands: plan.stands.map((s) => (s.id === "A03" ? { ...s, x: 6, y: 2 } : s)),
    };
    const body = JSON.stringify({
      intent: "save",
      version: 2,
      plan: overlapping,
      errors: 0,
      warnings: 0,
      violations: [],
    });
    const { status, body: reply } = answer(await post(slug, await cookieFor("organiser"), body));
    expect(status).toBe(200);
    expect(reply).toMatchObject({ intent: "save", ok: true, version: 3 });
    expect(reply.errors).toBeGreaterThan(0);
    expect(loadEventPlan(eventId).stands.find((s) => s.id === "A03")).toMatchObject({ x: 6, y: 2 });
  });

  it("answers a stale save with 409 and the stored version", async () => {
    const { slug, eventId } = eventWithPlan();
    const plan = JSON.stringify({ intent: "save", version: 1, plan: loadEventPlan(eventId) });
    const { status, body } = answer(await post(slug, await cookieFor("organiser"), plan));
    expect(status).toBe(409);
    expect(body).toMatchObject({ ok: false, code: "stale", currentVersion: 2 });
    expect(planVersionOf(eventId)).toBe(2);
  });

  it("answers an invalid plan with 400 and its problems by path", async () => {
    const { slug, eventId } = eventWithPlan();
    const plan = loadEventPlan(eventId);
    const broken = { ...plan, stands: [{ ...plan.stands[0]!, depth: 0 }] };
    const { status, body } = answer(
      await post(
        slug,
        await cookieFor("organiser"),
        JSON.stringify({ intent: "save", version: 2, plan: broken }),
      ),
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({
      code: "invalid",
      problems: [expect.objectContaining({ path: "stands[0].depth" })],
    });
    expect(planVersionOf(eventId)).toBe(2);
  });

  it.each([
    ["not JSON", "{intent: save"],
    ["an unknown intent", JSON.stringify({ intent: "delete-everything" })],
    ["a version that is not a number", JSON.stringify({ intent: "publish", version: "2" })],
    [
      "an acknowledgement without reason",
      JSON.stringify({ intent: "acknowledge", rule: "stand.pillar", subjects: ["B01"], reason: " " }),
    ],
  ])("refuses %s with 400", async (_name, body) => {
    const { slug } = eventWithPlan();
    const { status, body: reply } = answer(await post(slug, await cookieFor("organiser"), body));
    expect(status).toBe(400);
    expect(reply).toMatchObject({ ok: false, code: "bad-request" });
  });

  it("refuses a body over the size cap with 413, declared or not", async () => {
    const { slug, eventId } = eventWithPlan();
    const cookie = await cookieFor("organiser");
    const declared = await post(slug, cookie, "{}", { "Content-Length": String(MAX_PLAN_BODY_BYTES + 1) });
    expect(answer(declared).status).toBe(413);
    const huge = JSON.stringify({
      intent: "save",
      version: 2,
      plan: { padding: "x".repeat(MAX_PLAN_BODY_BYTES) },
    });
    const streamed = buildRequest(`/admin/events/${slug}/plan`, cookie, {
      method: "POST",
      body: new Blob([huge]).stream(),
      headers: { "Content-Type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect(answer(await action(routeArgs(streamed, { slug }))).status).toBe(413);
    expect(planVersionOf(eventId)).toBe(2);
  });

  it("publishes only a plan without errors", async () => {
    const { slug } = eventWithPlan();
    const { status, body } = answer(
      await post(slug, await cookieFor("organiser"), JSON.stringify({ intent: "publish", version: 2 })),
    );
    expect(status).toBe(409);
    expect(body).toMatchObject({ code: "has-errors" });
  });

  it("acknowledges a warning and refuses an error", async () => {
    const { slug } = eventWithPlan();
    const cookie = await cookieFor("organiser");
    const ack = (rule: string) =>
      JSON.stringify({ intent: "acknowledge", rule, subjects: ["B01", "poteau-1"], reason: "vu" });
    expect(answer(await post(slug, cookie, ack("stand.pillar")))).toMatchObject({
      status: 200,
      body: { ok: true },
    });
    expect(answer(await post(slug, cookie, ack("stand.obstacle")))).toMatchObject({
      status: 400,
      body: { code: "not-a-warning" },
    });
  });

  it.each(["staff", "exhibitor"] as const)(
    "sends the anonymous to log in and refuses a %s with 403",
    async (role) => {
      const { slug, eventId } = eventWithPlan();
      const body = JSON.stringify({ intent: "save", version: 2, plan: loadEventPlan(eventId) });
      const anonymous = await catchResponse(() => post(slug, "", body));
      expect(anonymous.status).toBe(302);
      const refused = await catchResponse(async () => post(slug, await cookieFor(role), body));
      expect(refused.status).toBe(403);
      expect(planVersionOf(eventId)).toBe(2);
    },
  );
});

describe("the plan pages' loader", () => {
  it("gives organisers the plan, its version and the server's check, editable", async () => {
    const { slug } = eventWithPlan();
    const data = await loader(
      routeArgs(buildRequest(`/admin/events/${slug}/plan`, await cookieFor("organiser")), { slug }),
    );
    expect(data).toMatchObject({ version: 2, publishedVersion: null, canEdit: true, event: { slug } });
    expect(data.plan.stands).toHaveLength(5);
    expect(data.violations.filter((v) => v.severity === "error")).toHaveLength(5);
  });

  it("gives staff the same plan, read only, in both views", async () => {
    const { slug } = eventWithPlan();
    const cookie = await cookieFor("staff");
    const data = await tableLoader(
      routeArgs(buildRequest(`/admin/events/${slug}/plan/table`, cookie), { slug }),
    );
    expect(data.canEdit).toBe(false);
  });

  it("keeps exhibitors out (403) and answers 404 for an unknown event", async () => {
    const { slug } = eventWithPlan();
    const exhibitor = await catchResponse(async () =>
      loader(routeArgs(buildRequest(`/admin/events/${slug}/plan`, await cookieFor("exhibitor")), { slug })),
    );
    expect(exhibitor.status).toBe(403);
    const missing = await catchResponse(async () =>
      loader(
        routeArgs(buildRequest("/admin/events/nope/plan", await cookieFor("organiser")), { slug: "nope" }),
      ),
    );
    expect(missing.status).toBe(404);
  });
});
