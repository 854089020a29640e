import { requireRoleForFetch } from "~/models/auth.server";
import { requireEvent } from "~/models/event.server";
import type { Route } from "./+types/save";
import { readPlanBody, savePlanRequest, saveRequestSchema } from "./plan-action.server";

/**
 * The editor's saves (button, Ctrl+S, autosave): POST `{ intent: "save", version, plan }` as JSON,
 * get `{ intent: "save", ok: true, version, errors, warnings }` or `{ ok: false, code, … }` with its
 * status (400 bad-request/invalid, 409 stale, 413 too-large). Organisers only. A resource route
 * fetched by the page's script, never a navigation: without a session it answers a JSON 401
 * (`unauthenticated`), not a redirect to the login page, so the page and its unsaved edits survive.
 */
export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireRoleForFetch(request, "organiser");
  const event = requireEvent(params.slug);
  const parsed = await readPlanBody(request, saveRequestSchema);
  if (!parsed.ok) return Response.json(parsed.body, { status: parsed.status });
  const answer = savePlanRequest(event.id, user, parsed.value);
  return Response.json(answer.body, { status: answer.status });
}

export async function loader() {
  // A resource route for POSTs only: a GET here is not a page.
  throw new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST" } });
}
