import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { files, formSubmissions, submissionDocuments } from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { action } from "~/routes/portal/logistics/form";
import { insertApp, insertEvent, insertOrg } from "./review-fixtures";
import { insertTestUser, sessionCookieFor } from "./shell-fixtures";
import {
  ELF_BYTES,
  filesInUploads,
  insertEventForm,
  multipartRequest,
  PDF_BYTES,
  SVG_BYTES,
  type Part,
} from "./uploads-fixtures";

/**
 * The upload checks as an exhibitor meets them: through the insurance form of the portal. Every
 * refusal answers with its status and code, and leaves no file, no row and no submission behind.
 */
useTestDatabase();

let applicationId = 0;
let cookie = "";

beforeAll(async () => {
  process.env.UPLOAD_MAX_BYTES = String(16 * 1024);
  const event = insertEvent("upload-route-2030", "2030-06-10");
  const org = insertOrg("upload-route-org");
  applicationId = insertApp(event.id, org.id, { status: "accepted" }).id;
  insertEventForm(event.id, "insurance", { dueAt: new Date(Date.now() + 20 * 86_400_000) });
  cookie = await sessionCookieFor(insertTestUser("expo@upload-route.test", "exhibitor", org.id).id);
});

const answers: Part[] = [
  { name: "intent", value: "submit" },
  { name: "version", value: "0" },
  { name: "insurer", value: "Mutuelle Exemple" },
  { name: "policyNumber", value: "RC-42" },
  { name: "validUntil", value: "2031-01-01" },
];

async function send(parts: Part[]): Promise<Response | { init: { status: number } | null; data: unknown }> {
  const path = `/portal/applications/${applicationId}/logistics/insurance`;
  try {
    return (await action({
      request: multipartRequest(path, parts, { cookie }),
      params: { id: String(applicationId), kind: "insurance" },
      context: {},
    } as never)) as never;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

function nothingStored() {
  expect(filesInUploads()).toEqual([]);
  expect(getDb().select().from(files).all()).toEqual([]);
  expect(getDb().select().from(submissionDocuments).all()).toEqual([]);
  expect(getDb().select().from(formSubmissions).all()).toEqual([]);
}

describe("uploading through the insurance form", () => {
  it.each([
    [
      "an oversized file",
      "big.pdf",
      Buffer.concat([PDF_BYTES, Buffer.alloc(20 * 1024, 0x20)]),
      413,
      "too_large",
    ],
    ["an executable renamed .pdf", "attestation.pdf", ELF_BYTES, 415, "bad_type"],
    ["an SVG with a script", "attestation.svg", SVG_BYTES, 415, "bad_type"],
    ["an empty file", "attestation.pdf", Buffer.alloc(0), 400, "empty"],
    ["a name with ../", "../../attestation.pdf", PDF_BYTES, 400, "bad_name"],
  ])("refuses %s, storing nothing", async (_label, fileName, bytes, status, code) => {
    const response = await send([...answers, { name: "documents", fileName, bytes }]);
    expect(response).toMatchObject({ init: { status }, data: { refusal: "upload", upload: { code } } });
    nothingStored();
  });

  it("refuses to submit without a certificate", async () => {
    const response = await send([
      ...answers,
      { name: "documents", fileName: "", bytes: Buffer.alloc(0), type: "application/octet-stream" },
    ]);
    expect((response as { init: { status: number } }).init.status).toBeGreaterThanOrEqual(400);
    expect(getDb().select().from(submissionDocuments).all()).toEqual([]);
    expect(filesInUploads()).toEqual([]);
  });

  it("accepts a PDF: one document row, one stored file", async () => {
    const response = await send([
      ...answers,
      { name: "documents", fileName: "Attestation RC.pdf", bytes: PDF_BYTES },
    ]);
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(302);
    const documents = getDb().select().from(submissionDocuments).all();
    expect(documents.map((d) => [d.fileName, d.mime, d.sizeBytes])).toEqual([
      ["Attestation RC.pdf", "application/pdf", PDF_BYTES.length],
    ]);
    expect(filesInUploads()).toHaveLength(1);
  });
});
