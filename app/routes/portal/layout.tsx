import { Outlet } from "react-router";
import { requireRole } from "~/models/auth.server";
import type { Route } from "./+types/layout";

/** The exhibitor area. Child loaders check the role themselves: they run in parallel with this one. */
export async function loader({ request }: Route.LoaderArgs) {
  await requireRole(request, "exhibitor");
  return null;
}

export default function PortalLayout() {
  return (
    <div className="page page--portal">
      <Outlet />
    </div>
  );
}
