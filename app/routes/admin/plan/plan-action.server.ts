import { data } from "react-router";
import { z } from "zod";
import type { SessionUser } from "~/models/auth.server";
import { acknowledgeWarning, publishPlan, savePlanDraft } from "~/models/plan-editor.server";

/**
 * A 5,000-stand plan is about 1.5 MB of JSON; anything far beyond that is not an editor save.
 * The cap is checked while reading, so an oversized body is never held in memory whole.
 */
export const MAX_PLAN_BODY_BYTES = 8 * 1024 * 1024;

const version = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A save: the version the editor started from and its whole plan (the server parses and checks it). */
export const saveRequestSchema = z.object({ intent: z.literal("save"), version, plan: z.unknown() });
export type SaveRequest = z.infer<typeof saveRequestSchema>;

/**
 * What the editor may post. Unknown keys are dropped: a client that sends its own verdict
 * ("errors": 0…) is simply not listened to — the server validates the plan itself.
 */
export const planRequestSchema = z.discriminatedUnion("intent", [
  saveRequestSchema,
  z.object({ intent: z.literal("publish"), version }),
  z.object({
    intent: z.literal("acknowledge"),
    rule: z.string().min(1).max(64),
    subjects: z.array(z.string().min(1).max(100)).min(1).max(20),
    reason: z.string().trim().min(1).max(500),
  }),
]);
export type PlanRequest = z.infer<typeof planRequestSchema>;

export class BodyTooLarge extends Error {}

/** Reads the body as text, giving up as soon as it passes `maxBytes`. */
export async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > maxBytes) throw new BodyTooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

type Refusal = { ok: false; code: string; problems?: { path: string; message: string }[] };

/** A status and its JSON body, for a page action (`data`) or a resource route (`Response.json`). */
export interface PlanAnswer<T> {
  readonly status: number;
  readonly body: T;
}

/**
 * Reads and checks a JSON body: size cap (413), JSON (400), then the schema (400 with the problems by
 * path). Shared by the plan page's action and the save resource route.
 */
export async function readPlanBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; value: z.infer<S> } | ({ ok: false } & PlanAnswer<Refusal>)> {
  let text: string;
  try {
    text = await readLimitedText(request, MAX_PLAN_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return { ok: false, status: 413, body: { ok: false, code: "too-large" } };
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, body: { ok: false, code: "bad-request" } };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    return { ok: false, status: 400, body: { ok: false, code: "bad-request", problems } };
  }
  return { ok: true, value: parsed.data };
}

/** Stores a draft: the model's outcome, with its status (200, or 400/403/409 with a code). */
export function savePlanRequest(eventId: number, user: SessionUser, body: SaveRequest) {
  const outcome = savePlanDraft(eventId, user, body);
  return { status: outcome.ok ? 200 : outcome.status, body: { intent: body.intent, ...outcome } };
}

/** The plan page's action: parse (size cap, JSON, zod) → one model call → its outcome with its status. */
export async function handlePlanRequest(request: Request, eventId: number, user: SessionUser) {
  const parsed = await readPlanBody(request, planRequestSchema);
  if (!parsed.ok) return data(parsed.body, { status: parsed.status });
  const body = parsed.value;
  switch (body.intent) {
    case "save": {
      const answer = savePlanRequest(eventId, user, body);
      return data(answer.body, { status: answer.status });
    }
    case "publish": {
      const outcome = publishPlan(eventId, user, body);
      return data({ intent: body.intent, ...outcome }, { status: outcome.ok ? 200 : outcome.status });
    }
    case "acknowledge": {
      const outcome = acknowledgeWarning(eventId, user, body);
      return data({ intent: body.intent, ...outcome }, { status: outcome.ok ? 200 : outcome.status });
    }
  }
}
