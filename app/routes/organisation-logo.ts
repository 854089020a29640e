import { getOptionalUser } from "~/models/auth.server";
import { readDraftCookie } from "~/models/application-draft-cookie.server";
import { getApplicationAnswers } from "~/models/application-form.server";
import { getOrganisationLogo, isInPublicCatalogue } from "~/models/organisation-logo.server";
import type { Route } from "./+types/organisation-logo";

/**
 * Who may see a logo: organisers and staff; the organisation's own members; the applicant whose
 * draft it is (signed draft cookie); anyone once the organisation is accepted somewhere (public
 * catalogue). Everyone else gets a 403; a permitted reader of a missing logo a 404.
 */
async function mayReadLogo(request: Request, organisationId: number): Promise<boolean> {
  const user = await getOptionalUser(request);
  if (user && (user.role !== "exhibitor" || user.organisationId === organisationId)) return true;
  const draft = await readDraftCookie(request);
  if (draft && getApplicationAnswers(draft.applicationId)?.organisation.id === organisationId) return true;
  return isInPublicCatalogue(organisationId);
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const text = { "Content-Type": "text/plain; charset=utf-8" };
  if (!/^\d{1,12}$/.test(params.id)) return new Response("Not found", { status: 404, headers: text });
  const organisationId = Number(params.id);
  // Permission first: a refused reader must not learn whether the organisation has a logo.
  if (!(await mayReadLogo(request, organisationId)))
    return new Response("Forbidden", { status: 403, headers: text });
  const logo = getOrganisationLogo(organisationId);
  if (!logo) return new Response("Not found", { status: 404, headers: text });
  const etag = `"${logo.sha256}"`;
  const headers = {
    // The stored MIME type was decided from the bytes at upload; nosniff stops browsers second-guessing it.
    "Content-Type": logo.mime,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "private, max-age=300",
    ETag: etag,
  };
  if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(logo.bytes), {
    headers: { ...headers, "Content-Length": String(logo.bytes.length) },
  });
}
