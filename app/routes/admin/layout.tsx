import { Outlet } from "react-router";
import { requireRole } from "~/models/auth.server";
import { listEvents } from "~/models/event.server";
import type { Route } from "./+types/layout";

/**
 * Feeds the header's event switcher (read by the root layout through this route's id).
 * Child loaders run in parallel with this one, so each of them checks the role too.
 */
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
