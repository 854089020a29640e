import { describe, expect, it } from "vitest";
import { validatePlan } from "../../floorplans/rules/validate-plan";
import { applyPlacements } from "../../floorplans/allocation";
import type { Plan } from "../../floorplans/format/schema";
import { action } from "../../app/routes/admin/plan/allocate";
import { useTestDatabase } from "../helpers/db";
import { insertEvent, smallPlan, cookieForRole } from "./plan-fixtures";
import { buildRequest, catchResponse, routeArgs } from "./shell-fixtures";

useTestDatabase();

let seq = 0;
const cookieFor = (role: "organiser" | "staff" | "exhibitor") => cookieForRole(role, "alloc");

function post(slug: string, cookie: string, body: string) {
  const request = buildRequest(`/admin/events/${slug}/plan/allocate`, cookie, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/json" },
  });
  return action(routeArgs(request, { slug }));
}

async function answer(result: Response): Promise<{ status: number; body: Record<string, unknown> }> {
  return { status: result.status, body: (await result.json()) as Record<string, unknown> };
}

/** The worked example with its competitor's stand freed and a newcomer, so there is something to place. */
function planToAllocate(): Plan {
  const plan = smallPlan();
  return {
    ...plan,
    stands: plan.stands.map((s) => ({ ...s, exhibitorId: null, status: "available" as const })),
  };
}

describe("POST /admin/events/:slug/plan/allocate", () => {
  it("answers an organiser with a proposal that adds no error", async () => {
    const slug = `alloc-${++seq}`;
    insertEvent(slug);
    const plan = planToAllocate();
    const { status, body } = await answer(
      await post(slug, await cookieFor("organiser"), JSON.stringify({ plan, seconds: 5 })),
    );
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    const placements = body.placements as { exhibitorId: string; standId: string }[];
    expect(placements.length).toBeGreaterThan(0);
    const errors = (p: Plan) =>
      validatePlan(p)
        .filter((v) => v.severity === "error")
        .map((v) => `${v.rule}|${v.subjects.join(",")}`);
    const before = new Set(errors(plan));
    expect(errors(applyPlacements(plan, placements)).filter((k) => !before.has(k))).toEqual([]);
    expect(body.summary).toMatchObject({ placed: placements.length });
  });

  it.each(["staff", "exhibitor"] as const)("refuses a %s with 403", async (role) => {
    const slug = `alloc-${++seq}`;
    insertEvent(slug);
    const cookie = await cookieFor(role);
    const response = await catchResponse(() =>
      post(slug, cookie, JSON.stringify({ plan: planToAllocate() })),
    );
    expect(response.status).toBe(403);
  });

  it("answers a body that is not JSON, or not the expected shape, with 400", async () => {
    const slug = `alloc-${++seq}`;
    insertEvent(slug);
    const cookie = await cookieFor("organiser");
    expect((await answer(await post(slug, cookie, "{not json"))).status).toBe(400);
    const wrong = await answer(
      await post(slug, cookie, JSON.stringify({ plan: planToAllocate(), seconds: 999 })),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ ok: false, code: "bad-request" });
  });

  it("answers an invalid plan with 400 and every problem by path", async () => {
    const slug = `alloc-${++seq}`;
    insertEvent(slug);
    const plan = planToAllocate();
    const broken = { ...plan, stands: plan.stands.map((s, i) => (i === 0 ? { ...s, width: -1 } : s)) };
    const { status, body } = await answer(
      await post(slug, await cookieFor("organiser"), JSON.stringify({ plan: broken })),
    );
    expect(status).toBe(400);
    expect(body.code).toBe("invalid-plan");
    expect(body.problems).toContainEqual(expect.objectContaining({ path: "stands[0].width" }));
  });

  it("answers an unknown event with 404", async () => {
    const cookie = await cookieFor("organiser");
    const response = await catchResponse(() =>
      post("no-such-event", cookie, JSON.stringify({ plan: planToAllocate() })),
    );
    expect(response.status).toBe(404);
  });
});
