import { redirect } from "react-router";
import { getOptionalUser, homePathFor } from "~/models/auth.server";
import type { Route } from "./+types/home";

/** `/` is only a fork: the login page, or the home of the logged-in user's role. */
export async function loader({ request }: Route.LoaderArgs) {
  const user = await getOptionalUser(request);
  throw redirect(user ? homePathFor(user) : "/login");
}

// A component keeps this a page route, so client-side links to "/" follow the redirect.
export default function Home() {
  return null;
}
