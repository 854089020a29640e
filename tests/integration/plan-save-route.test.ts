import { describe, expect, it } from "vitest";
import { loadEventPlan } from "../../app/models/plan.server";
import { action } from "../../app/routes/admin/plan/save";
import { useTestDatabase } from "../helpers/db";
import { planVersionOf, cookieForRole, eventWithSmallPlan } from "./plan-fixtures";
import { buildRequest, routeArgs } from "./shell-fixtures";

useTestDatabase();

const cookieFor = (role: "organiser" | "staff" | "exhibitor") => cookieForRole(role, "save");

const eventWithPlan = () => eventWithSmallPlan("save");

/** The route's answer, returned or thrown: a resource route sends either as it is. */
async function post(slug: string, cookie: string | undefined, body: string) {
  const request = buildRequest(`/admin/events/${slug}/plan/save`, cookie, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/json" },
  });
  let response: unknown;
  try {
    response = await action(routeArgs(request, { slug }));
  } catch (thrown) {
    response = thrown;
  }
  if (!(response instanceof Response)) throw new Error("expected a Response");
  const text = await response.text();
  return { response, status: response.status, text, body: JSON.parse(text) as Record<string, unknown> };
}

describe("POST /admin/events/:slug/plan/save", () => {
  it("saves an organiser's plan with a new version, answering JSON", async () => {
    const { slug, eventId } = eventWithPlan();
    const plan = loadEventPlan(eventId);
    const moved = { ...plan, stands: plan.stands.map((s) => (s.id === "A03" ? { ...s, x: s.x + 1 } : s)) };
    const { response, status, body } = await post(
      slug,
      await cookieFor("organiser"),
      JSON.stringify({ intent: "save", version: 2, plan: moved }),
    );
    expect(status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/application\/json/);
    expect(body).toMatchObject({ intent: "save", ok: true, version: 3 });
    expect(typeof body.errors).toBe("number");
    expect(planVersionOf(eventId)).toBe(3);
    const a03 = loadEventPlan(eventId).stands.find((s) => s.id === "A03");
    expect(a03?.x).toBe(plan.stands.find((s) => s.id === "A03")!.x + 1);
  });

  it("answers a save based on an older version with 409 and the stored version", async () => {
    const { slug, eventId } = eventWithPlan();
    const { status, body } = await post(
      slug,
      await cookieFor("organiser"),
      JSON.stringify({ intent: "save", version: 1, plan: loadEventPlan(eventId) }),
    );
    expect(status).toBe(409);
    expect(body).toMatchObject({ ok: false, code: "stale", currentVersion: 2 });
    expect(planVersionOf(eventId)).toBe(2);
  });

  it.each([
    ["not JSON", "{intent: save"],
    ["another intent", JSON.stringify({ intent: "publish", version: 2 })],
    ["no version", JSON.stringify({ intent: "save", plan: {} })],
    ["a version that is not a number", JSON.stringify({ intent: "save", version: "2", plan: {} })],
  ])("refuses %s with 400 and stores nothing", async (_name, text) => {
    const { slug, eventId } = eventWithPlan();
    const { status, body } = await post(slug, await cookieFor("organiser"), text);
    expect(status).toBe(400);
    expect(body).toMatchObject({ ok: false, code: "bad-request" });
    expect(planVersionOf(eventId)).toBe(2);
  });

  it("refuses a plan that does not parse with 400 and its problems, storing nothing", async () => {
    const { slug, eventId } = eventWithPlan();
    const plan = loadEventPlan(eventId);
    const broken = { ...plan, stands: [{ ...plan.stands[0]!, depth: 0 }] };
    const { status, body } = await post(
      slug,
      await cookieFor("organiser"),
      JSON.stringify({ intent: "save", version: 2, plan: broken }),
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({
      code: "invalid",
      problems: [expect.objectContaining({ path: "stands[0].depth" })],
    });
    expect(planVersionOf(eventId)).toBe(2);
  });

  it.each(["staff", "exhibitor"] as const)("refuses a %s with 403", async (role) => {
    const { slug, eventId } = eventWithPlan();
    const { status, body } = await post(
      slug,
      await cookieFor(role),
      JSON.stringify({ intent: "save", version: 2, plan: loadEventPlan(eventId) }),
    );
    expect(status).toBe(403);
    expect(body).toMatchObject({ ok: false, code: "forbidden" });
    expect(planVersionOf(eventId)).toBe(2);
  });

  it("answers a request without a session with a JSON 401, not a redirect to the login page", async () => {
    const { slug, eventId } = eventWithPlan();
    const save = JSON.stringify({ intent: "save", version: 2, plan: loadEventPlan(eventId) });
    const anonymous = await post(slug, undefined, save);
    expect(anonymous.status).toBe(401);
    expect(anonymous.response.headers.get("Location")).toBeNull();
    expect(anonymous.body).toEqual({ ok: false, code: "unauthenticated" });
    // A session that ended (logged out in another tab): the same, and the dead cookie is dropped.
    const dead = await post(slug, "__session=garbage", save);
    expect(dead.status).toBe(401);
    expect(dead.body).toEqual({ ok: false, code: "unauthenticated" });
    expect(dead.response.headers.get("Set-Cookie")).toMatch(/Max-Age=0/);
    expect(planVersionOf(eventId)).toBe(2);
  });

  it("answers an unknown event with 404", async () => {
    const request = buildRequest(`/admin/events/no-such-event/plan/save`, await cookieFor("organiser"), {
      method: "POST",
      body: "{}",
    });
    const thrown = await Promise.resolve(action(routeArgs(request, { slug: "no-such-event" }))).catch(
      (e: unknown) => e,
    );
    expect((thrown as Response).status).toBe(404);
  });
});
