import { ErrorPage } from "~/components/error-page";

/**
 * Catch-all for unknown URLs. Throwing gives the document a real 404 status and renders the
 * root error boundary, in the user's language, like every other error.
 */
function notFound(): never {
  throw new Response("Not Found", { status: 404 });
}

export function loader() {
  notFound();
}

export function action() {
  notFound();
}

export default function NotFound() {
  return <ErrorPage status={404} />;
}
