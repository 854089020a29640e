import { requireUser } from "~/models/auth.server";
import { getDocumentForReader } from "~/models/logistics-review-documents.server";
import { contentDisposition } from "~/models/upload-names";
import type { Route } from "./+types/download";

/**
 * A logistics document, for the exhibitors of its organisation and for organisers and staff. Always
 * an attachment (never rendered as a page of this site), typed as decided from its content at upload.
 * Someone else gets the same 404 as for a document that does not exist.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const text = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" };
  if (!/^\d{1,12}$/.test(params.id)) return new Response("Not found", { status: 404, headers: text });
  const document = getDocumentForReader(Number(params.id), user);
  if (!document) return new Response("Not found", { status: 404, headers: text });
  const etag = `"${document.sha256}"`;
  const headers = {
    "Content-Type": document.mime,
    "Content-Disposition": contentDisposition("attachment", document.fileName),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "private, max-age=0, must-revalidate",
    ETag: etag,
  };
  if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(document.bytes), {
    headers: { ...headers, "Content-Length": String(document.bytes.length) },
  });
}
