import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { storedFilePath } from "~/models/file-store.server";
import { action as formAction } from "~/routes/portal/logistics/form";
import { settle } from "./auth-fixtures";
import {
  buildLogisticsWorld,
  getLogistics,
  postLogistics,
  rowCounts,
  submissionOf,
  type World,
} from "./logistics-forms-fixtures";
import { buildRequest } from "./shell-fixtures";

useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await buildLogisticsWorld("docs-2030");
});

const PDF: Uint8Array<ArrayBuffer> = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);
const INSURANCE = { insurer: "MAIF", policyNumber: "RC-123456", validUntil: "2031-03-31" };

/** A multipart POST as the browser sends the insurance form with files. */
function postMultipart(
  fields: Record<string, string>,
  files: { name: string; bytes: Uint8Array<ArrayBuffer>; type: string }[],
  cookie = w.cookies.own,
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const file of files) form.append("documents", new Blob([file.bytes], { type: file.type }), file.name);
  const id = String(w.apps.own.id);
  const request = buildRequest(`/portal/applications/${id}/logistics/insurance`, cookie, {
    method: "POST",
    body: form,
  });
  return settle(() => formAction({ request, params: { id, kind: "insurance" }, context: {} } as never));
}

describe("document forms (insurance)", () => {
  it("refuses to submit without a certificate, storing nothing", async () => {
    const before = rowCounts();
    const outcome = await postLogistics(
      w.apps.own.id,
      "insurance",
      { intent: "submit", version: "0", ...INSURANCE },
      w.cookies.own,
    );
    expect(outcome.status).toBe(400);
    expect((outcome.body as { refusal: string }).refusal).toBe("documentsMissing");
    expect(rowCounts()).toEqual(before);
  });

  it("saves a draft without a document, then submits with an uploaded PDF", async () => {
    expect(
      (
        await postLogistics(
          w.apps.own.id,
          "insurance",
          { intent: "draft", version: "0", insurer: "MAIF" },
          w.cookies.own,
        )
      ).status,
    ).toBe(302);
    const outcome = await postMultipart({ intent: "submit", version: "1", ...INSURANCE }, [
      { name: "attestation.pdf", bytes: PDF, type: "application/pdf" },
    ]);
    expect(outcome.status).toBe(302);
    const page = await getLogistics(w.apps.own.id, "insurance", w.cookies.own);
    const view = (page.body as { view: { status: string; documents: { fileName: string; mime: string }[] } })
      .view;
    expect(view.status).toBe("submitted");
    expect(view.documents).toMatchObject([{ fileName: "attestation.pdf", mime: "application/pdf" }]);
  });

  it("refuses an executable renamed .pdf with a 415, adding nothing", async () => {
    const before = rowCounts();
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(200).fill(0)]);
    const outcome = await postMultipart({ intent: "submit", version: "2", ...INSURANCE }, [
      { name: "virus.pdf", bytes: exe, type: "application/pdf" },
    ]);
    expect(outcome.status).toBe(415);
    expect(outcome.body).toMatchObject({ refusal: "upload", upload: { code: "bad_type" } });
    expect(rowCounts()).toEqual(before);
  });

  it("removes a document (the submitted form goes back to draft when it was the only one); another exhibitor cannot", async () => {
    const submission = submissionOf(w.event.id, w.apps.own.id, "insurance")!;
    const page = await getLogistics(w.apps.own.id, "insurance", w.cookies.own);
    const [doc] = (page.body as { view: { documents: { id: number }[] } }).view.documents;
    const stored = getDb().select().from(schema.submissionDocuments).get()!.fileSha256;
    const forbidden = await postLogistics(
      w.apps.own.id,
      "insurance",
      { intent: "removeDocument", version: String(submission.version), documentId: String(doc!.id) },
      w.cookies.rival,
    );
    expect(forbidden.status).toBe(403);
    const stale = await postLogistics(
      w.apps.own.id,
      "insurance",
      { intent: "removeDocument", version: "1", documentId: String(doc!.id) },
      w.cookies.own,
    );
    expect(stale.status).toBe(409);
    const removed = await postLogistics(
      w.apps.own.id,
      "insurance",
      { intent: "removeDocument", version: String(submission.version), documentId: String(doc!.id) },
      w.cookies.own,
    );
    expect(removed.status).toBe(302);
    expect(submissionOf(w.event.id, w.apps.own.id, "insurance")).toMatchObject({
      status: "draft",
      version: submission.version + 1,
    });
    expect(rowCounts().documents).toBe(0);
    expect(fs.existsSync(storedFilePath(stored))).toBe(false);
  });
});
