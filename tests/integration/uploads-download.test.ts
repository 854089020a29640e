import { describe, expect, it, beforeAll } from "vitest";
import { getDb } from "../../db/client";
import { useTestDatabase } from "../helpers/db";
import { loader } from "~/routes/documents/download";
import { attachDocuments, parseUploadRequest } from "~/models/uploads.server";
import { insertApp, insertEvent, insertOrg } from "./review-fixtures";
import { buildRequest, catchResponse, insertTestUser, sessionCookieFor } from "./shell-fixtures";
import { insertEventForm, insertSubmission, multipartRequest, PDF_BYTES } from "./uploads-fixtures";

useTestDatabase();

const cookies = { owner: "", stranger: "", staff: "", organiser: "" };
let documentId = 0;

beforeAll(async () => {
  const event = insertEvent("download-2030", "2030-06-10");
  const owner = insertOrg("download-owner");
  const other = insertOrg("download-other");
  const app = insertApp(event.id, owner.id, { status: "accepted" });
  insertApp(event.id, other.id, { status: "accepted" });
  const form = insertEventForm(event.id, "insurance");
  const submission = insertSubmission(form.id, app.id, "submitted");
  const ownerUser = insertTestUser("owner@download.test", "exhibitor", owner.id);
  cookies.owner = await sessionCookieFor(ownerUser.id);
  cookies.stranger = await sessionCookieFor(insertTestUser("other@download.test", "exhibitor", other.id).id);
  cookies.staff = await sessionCookieFor(insertTestUser("staff@download.test", "staff").id);
  cookies.organiser = await sessionCookieFor(insertTestUser("orga@download.test", "organiser").id);
  const upload = await parseUploadRequest(
    multipartRequest("/u", [{ name: "files", fileName: "Attestation «RC» été.pdf", bytes: PDF_BYTES }]),
  );
  documentId = getDb().transaction((tx) =>
    attachDocuments(tx, submission.id, upload.files, ownerUser.id),
  )[0]!;
  await upload.discard();
});

const download = (id: number | string, cookie?: string) =>
  loader({
    request: buildRequest(`/documents/${id}`, cookie),
    params: { id: String(id) },
    context: {},
  } as never);

describe("/documents/:id", () => {
  it.each(["owner", "staff", "organiser"] as const)(
    "serves the document to the %s as an attachment",
    async (who) => {
      const response = await download(documentId, cookies[who]);
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("application/pdf");
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(response.headers.get("Cache-Control")).toMatch(/^private/);
      expect(response.headers.get("Content-Disposition")).toBe(
        `attachment; filename="Attestation _RC_ ete.pdf"; filename*=UTF-8''Attestation%20%C2%ABRC%C2%BB%20%C3%A9t%C3%A9.pdf`,
      );
      expect(Buffer.from(await response.arrayBuffer()).equals(PDF_BYTES)).toBe(true);
    },
  );

  it("answers an exhibitor of another organisation with the same 404 as a missing document", async () => {
    const refused = await download(documentId, cookies.stranger);
    const missing = await download(documentId + 1000, cookies.stranger);
    expect(refused.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await refused.text()).toBe(await missing.text());
  });

  it("sends an anonymous visitor to the login page", async () => {
    const response = await catchResponse(() => download(documentId));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });

  it("answers 404 to an id that is not a number", async () => {
    expect((await download("1;drop", cookies.staff)).status).toBe(404);
  });
});
