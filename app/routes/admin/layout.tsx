import { Outlet } from "react-router";
import { requireRole } from "~/models/auth.server";
import { listEvents } from "~/models/event.server";
import { skipRevalidationAfterUnreachableAction } from "./plan/should-revalidate";
import type { Route } from "./+types/layout";

/**
 * Feeds the header's event switcher (read by the root layout through this route's id).
 * Child loaders run in parallel with this one, so each of them checks the role too.
 */
// The editor's unsaved edits outlive a network drop or an ended session (plan/index.tsx).
export const shouldRevalidate = skipRevalidationAfterUnreachableAction;

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireRole(request, "organiser", "staff");
  const events = listEvents().map((event) => ({ slug: event.slug, name: event.name }));
  // An unknown slug (the page answers 404) must not become the header's "current" event.
  const current = events.find((event) => event.slug === params.slug);
  return { events, currentSlug: current?.slug ?? null };
}

export default function AdminLayout() {
  return (
    <div className="page page--admin">
      <Outlet />
    </div>
  );
}
