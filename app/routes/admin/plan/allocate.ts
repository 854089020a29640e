import { z } from "zod";
import { allocatePlan } from "../../../../floorplans/allocation";
import { highsRuntime } from "../../../../floorplans/allocation/load-highs";
import { parsePlan } from "../../../../floorplans/format/parse";
import { requireRole } from "~/models/auth.server";
import { requireEvent } from "~/models/event.server";
import type { Route } from "./+types/allocate";
import { BodyTooLarge, MAX_PLAN_BODY_BYTES, readLimitedText } from "./plan-action.server";

/**
 * « Proposer une allocation »: POST the editor's current plan document, get a proposal back
 * (placements, unplaced exhibitors with reasons, objective and bound). Organisers only; nothing is
 * saved here — the editor applies the proposal as one undoable command and saves as usual.
 */
export const MAX_ALLOCATION_SECONDS = 20;

export const allocateRequestSchema = z.object({
  plan: z.unknown(),
  seconds: z.number().min(0.5).max(MAX_ALLOCATION_SECONDS).default(8),
});

type Refusal = {
  ok: false;
  code: "bad-request" | "invalid-plan" | "too-large";
  problems?: { path: string; message: string }[];
};

// A resource route answers with a plain JSON Response (fetched by the editor, not a page's data).
const refuse = (status: number, body: Refusal) => Response.json(body, { status });

export async function action({ request, params }: Route.ActionArgs) {
  await requireRole(request, "organiser");
  requireEvent(params.slug);
  let text: string;
  try {
    text = await readLimitedText(request, MAX_PLAN_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return refuse(413, { ok: false, code: "too-large" });
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(400, { ok: false, code: "bad-request" });
  }
  const body = allocateRequestSchema.safeParse(json);
  if (!body.success) {
    return refuse(400, {
      ok: false,
      code: "bad-request",
      problems: body.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    });
  }
  const parsed = parsePlan(body.data.plan);
  if (!parsed.ok) return refuse(400, { ok: false, code: "invalid-plan", problems: parsed.invalid });
  const proposal = allocatePlan(parsed.plan, await highsRuntime(), { seconds: body.data.seconds });
  return Response.json({ ok: true as const, ...proposal });
}

export async function loader() {
  // A resource route for POSTs only: a GET here is not a page.
  throw new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST" } });
}
