import { isDatabaseReachable } from "~/models/health.server";

/** Liveness and database check for the process supervisor. */
export function loader() {
  const ok = isDatabaseReachable();
  return Response.json(
    { status: ok ? "ok" : "error", database: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
