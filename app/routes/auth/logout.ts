import { redirect } from "react-router";
import { logout } from "~/models/auth.server";
import type { Route } from "./+types/logout";

/** POST only: a link or an image pointing at /logout must not end someone's session. */
export function action({ request }: Route.ActionArgs) {
  return logout(request);
}

export function loader() {
  return redirect("/");
}
