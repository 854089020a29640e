import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { files, submissionDocuments } from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import {
  attachDocuments,
  deleteDocument,
  parseUploadRequest,
  removeUnreferencedFile,
  UploadRejected,
} from "~/models/uploads.server";
import { storedFilePath } from "~/models/file-store.server";
import { insertApp, insertEvent, insertOrg } from "./review-fixtures";
import { insertTestUser } from "./shell-fixtures";
import {
  ELF_BYTES,
  filesInUploads,
  insertEventForm,
  insertSubmission,
  multipartRequest,
  MZ_BYTES,
  PDF_BYTES,
  PNG_BYTES,
  SVG_BYTES,
  type Part,
} from "./uploads-fixtures";

useTestDatabase();

// A temporary folder of this file's own: other test files upload at the same time.
process.env.TMPDIR = fs.mkdtempSync(path.join(os.tmpdir(), "allee-uploads-test-"));
const temporaryRoot = path.join(os.tmpdir(), "allee-uploads");
afterAll(() => fs.rmSync(process.env.TMPDIR!, { recursive: true, force: true }));
let before: string[] = [];
const ids = { submission: 0, user: 0 };

function pendingTemporaryFiles(): string[] {
  if (!fs.existsSync(temporaryRoot)) return [];
  return (fs.readdirSync(temporaryRoot, { recursive: true }) as string[]).filter((entry) =>
    fs.statSync(path.join(temporaryRoot, entry)).isFile(),
  );
}

beforeAll(() => {
  const event = insertEvent("uploads-2030", "2030-06-10");
  const org = insertOrg("uploads-org");
  const app = insertApp(event.id, org.id, { status: "accepted" });
  const form = insertEventForm(event.id, "insurance");
  ids.submission = insertSubmission(form.id, app.id, "draft").id;
  ids.user = insertTestUser("expo@uploads.test", "exhibitor", org.id).id;
});

afterEach(() => {
  before = pendingTemporaryFiles();
});

async function refusal(
  parts: Part[],
  opts?: Parameters<typeof parseUploadRequest>[1],
): Promise<UploadRejected> {
  const temporaryBefore = pendingTemporaryFiles();
  try {
    await parseUploadRequest(multipartRequest("/upload", parts), opts);
  } catch (error) {
    expect(error).toBeInstanceOf(UploadRejected);
    // Nothing left behind: no temporary file, nothing in the store, no row.
    expect(pendingTemporaryFiles()).toEqual(temporaryBefore);
    expect(filesInUploads()).toEqual([]);
    expect(getDb().select().from(files).all()).toEqual([]);
    expect(getDb().select().from(submissionDocuments).all()).toEqual([]);
    return error as UploadRejected;
  }
  throw new Error("expected the upload to be refused");
}

describe("parseUploadRequest refuses bad files with nothing written", () => {
  it("refuses a file over the limit while streaming (413)", async () => {
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(64 * 1024, 0x20)]);
    const error = await refusal([{ name: "files", fileName: "big.pdf", bytes: big }], {
      maxFileBytes: 32 * 1024,
    });
    expect(error.status).toBe(413);
    expect(error.code).toBe("too_large");
    expect(error.message).toContain("big.pdf");
  });

  it("refuses a declared Content-Length far over the limit before reading (413)", async () => {
    const request = multipartRequest("/upload", [{ name: "files", fileName: "a.pdf", bytes: PDF_BYTES }], {
      headers: { "Content-Length": String(500 * 1024 * 1024) },
    });
    await expect(parseUploadRequest(request)).rejects.toMatchObject({ status: 413, code: "too_large" });
  });

  it.each([
    ["an ELF executable renamed .pdf", "invoice.pdf", ELF_BYTES],
    ["a Windows executable renamed .pdf", "setup.pdf", MZ_BYTES],
    ["an SVG with a script", "drawing.svg", SVG_BYTES],
    ["HTML renamed .png", "photo.png", Buffer.from("<html><script>alert(1)</script></html>")],
  ])("refuses %s by its content (415)", async (_label, fileName, bytes) => {
    const error = await refusal([{ name: "files", fileName, bytes, type: "application/pdf" }]);
    expect(error.status).toBe(415);
    expect(error.code).toBe("bad_type");
    expect(error.message).toContain("PDF, PNG or JPEG");
  });

  it.each([
    ["a ../ path", "../../etc/passwd.pdf"],
    ["a control character", "report\u0007.pdf"],
    ["a bidirectional override", "facture\u202Efdp.exe"],
    ["a Windows .. path", "..\\..\\boot.pdf"],
  ])("refuses a name with %s (400)", async (_label, fileName) => {
    // Encoded (RFC 5987) as a browser would: a raw control byte in a header is malformed multipart.
    const error = await refusal([{ name: "files", fileName, bytes: PDF_BYTES, encodedName: true }]);
    expect(error.status).toBe(400);
    expect(error.code).toBe("bad_name");
    // The name shown in the message has its invisible characters made visible.
    expect(error.fileName).not.toContain("\u202E");
    expect(error.fileName).not.toContain(String.fromCharCode(7));
  });

  it("refuses an empty file that has a name (400)", async () => {
    const error = await refusal([{ name: "files", fileName: "empty.pdf", bytes: Buffer.alloc(0) }]);
    expect(error).toMatchObject({ status: 400, code: "empty" });
  });

  it("refuses more files than allowed", async () => {
    const parts = [1, 2, 3].map((i) => ({ name: "files", fileName: `f${i}.pdf`, bytes: PDF_BYTES }));
    const error = await refusal(parts, { maxFiles: 2 });
    expect(error).toMatchObject({ status: 400, code: "too_many" });
  });

  it("refuses garbage that is not multipart", async () => {
    const request = new Request("http://localhost/upload", {
      method: "POST",
      body: "\x00\x01garbage",
      headers: { "Content-Type": "multipart/form-data; boundary=xyz" },
    });
    await expect(parseUploadRequest(request)).rejects.toMatchObject({ status: 400, code: "malformed" });
    const plain = new Request("http://localhost/upload", { method: "POST", body: "a=1" });
    await expect(parseUploadRequest(plain)).rejects.toMatchObject({ status: 400, code: "malformed" });
    expect(pendingTemporaryFiles()).toEqual(before);
  });

  it("refuses a body cut off in the middle of a file", async () => {
    const body = multipartRequest("/upload", [{ name: "files", fileName: "a.pdf", bytes: PDF_BYTES }]);
    const bytes = Buffer.from(await body.arrayBuffer()).subarray(0, 150);
    const request = new Request("http://localhost/upload", {
      method: "POST",
      body: new Uint8Array(bytes),
      headers: { "Content-Type": body.headers.get("Content-Type")! },
    });
    await expect(parseUploadRequest(request)).rejects.toMatchObject({ status: 400, code: "malformed" });
  });
});

describe("parseUploadRequest accepts documents and attachDocuments commits them", () => {
  it("keeps the files in the form's order, whichever is checked first", async () => {
    // A large file first: it is still being written and checked when the small ones are done.
    const large = Buffer.concat([PDF_BYTES, Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    const upload = await parseUploadRequest(
      multipartRequest("/upload", [
        { name: "files", fileName: "1-grand.pdf", bytes: large },
        { name: "files", fileName: "2-petit.png", bytes: PNG_BYTES },
        { name: "files", fileName: "3-petit.pdf", bytes: PDF_BYTES },
        { name: "files", fileName: "4-petit.png", bytes: PNG_BYTES },
      ]),
    );
    expect(upload.files.map((f) => f.fileName)).toEqual([
      "1-grand.pdf",
      "2-petit.png",
      "3-petit.pdf",
      "4-petit.png",
    ]);
    await upload.discard();
  });

  it("keeps text fields, skips an empty file input, sanitises names and types by content", async () => {
    const upload = await parseUploadRequest(
      multipartRequest("/upload", [
        { name: "intent", value: "upload" },
        { name: "files", fileName: "", bytes: Buffer.alloc(0), type: "application/octet-stream" },
        { name: "files", fileName: "C:\\Users\\Ana\\Attestation  assurance 2030.PDF", bytes: PDF_BYTES },
        { name: "files", fileName: "plan.pdf", bytes: PNG_BYTES, type: "application/pdf" },
      ]),
    );
    expect(upload.fields.get("intent")).toBe("upload");
    expect(upload.files.map((f) => [f.fileName, f.mime, f.sizeBytes])).toEqual([
      ["Attestation assurance 2030.PDF", "application/pdf", PDF_BYTES.length],
      ["plan.pdf.png", "image/png", PNG_BYTES.length],
    ]);
    expect(filesInUploads()).toEqual([]);

    const documentIds = getDb().transaction((tx) =>
      attachDocuments(tx, ids.submission, upload.files, ids.user),
    );
    expect(documentIds).toHaveLength(2);
    expect(pendingTemporaryFiles()).toEqual(before);
    const stored = filesInUploads();
    expect(stored).toHaveLength(2);
    expect(fs.readFileSync(storedFilePath(upload.files[0]!.sha256)).equals(PDF_BYTES)).toBe(true);
    await upload.discard();

    // Inside the transaction only the rows go: a rollback must find the bytes still there.
    expect(() =>
      getDb().transaction((tx) => {
        deleteDocument(tx, documentIds[0]!);
        throw new Error("rolled back");
      }),
    ).toThrow("rolled back");
    expect(filesInUploads()).toHaveLength(2);
    expect(getDb().select().from(submissionDocuments).all()).toHaveLength(2);

    const freed = getDb().transaction((tx) => deleteDocument(tx, documentIds[0]!));
    expect(freed).toBe(upload.files[0]!.sha256);
    expect(filesInUploads()).toHaveLength(2);
    removeUnreferencedFile(freed);
    expect(filesInUploads()).toHaveLength(1);
    expect(getDb().select().from(submissionDocuments).all()).toHaveLength(1);
  });

  it("discard() removes the temporary files of an upload that is not committed", async () => {
    const temporaryBefore = pendingTemporaryFiles();
    const upload = await parseUploadRequest(
      multipartRequest("/upload", [{ name: "files", fileName: "a.pdf", bytes: PDF_BYTES }]),
    );
    expect(pendingTemporaryFiles().length).toBe(temporaryBefore.length + 1);
    await upload.discard();
    expect(pendingTemporaryFiles()).toEqual(temporaryBefore);
  });
});
