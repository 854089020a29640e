import busboy from "busboy";
import { fileTypeFromBuffer } from "file-type";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { files as filesTable, organisations, submissionDocuments } from "../../db/schema";
import type { DbExecutor } from "./audit.server";
import { recordFile, storedFilePath } from "./file-store.server";
import { DOCUMENT_MIMES, sanitiseFileName, type DocumentMime } from "./upload-names";

export type { DocumentMime } from "./upload-names";

export type UploadRejectionCode = "empty" | "too_large" | "bad_type" | "bad_name" | "too_many" | "malformed";

const STATUS: Record<UploadRejectionCode, 400 | 413 | 415> = {
  empty: 400,
  too_large: 413,
  bad_type: 415,
  bad_name: 400,
  too_many: 400,
  malformed: 400,
};

/**
 * A refused upload. `code` names the reason (translation `logisticsReview:upload.errors.<code>`);
 * `status` is the HTTP status to answer with; `fileName` is the sanitised name of the offending file
 * when there is one; `maxBytes`/`maxFiles` are the limits that applied.
 */
export class UploadRejected extends Error {
  status: 400 | 413 | 415;
  code: UploadRejectionCode;
  fileName: string | null;
  maxBytes: number;
  maxFiles: number;
  constructor(
    code: UploadRejectionCode,
    message: string,
    extra: { fileName?: string | null; maxBytes?: number; maxFiles?: number } = {},
  ) {
    super(message);
    this.name = "UploadRejected";
    this.code = code;
    this.status = STATUS[code];
    this.fileName = extra.fileName ?? null;
    this.maxBytes = extra.maxBytes ?? defaultMaxFileBytes();
    this.maxFiles = extra.maxFiles ?? DEFAULT_MAX_FILES;
  }
}

export interface PendingFile {
  fileName: string;
  mime: DocumentMime;
  sizeBytes: number;
  sha256: string;
}

export interface ParsedUpload {
  fields: URLSearchParams;
  files: PendingFile[];
  /** Removes the temporary files (call it when the upload is not committed; harmless after commit). */
  discard(): Promise<void>;
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_FILES = 5;
const MAX_FIELDS = 200;
const MAX_FIELD_BYTES = 64 * 1024;
/** Room for the text fields and the multipart boundaries and headers around the files. */
const ENVELOPE_BYTES = 1024 * 1024;

/** UPLOAD_MAX_BYTES overrides the 10 MB default (a positive whole number of bytes). */
export function defaultMaxFileBytes(): number {
  const configured = Number(process.env.UPLOAD_MAX_BYTES);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_FILE_BYTES;
}

/** Where a pending file's bytes wait until commit; kept off the public object so callers cannot forge it. */
const temporaryPaths = new WeakMap<PendingFile, string>();

function temporaryRoot(): string {
  return path.join(os.tmpdir(), "allee-uploads");
}

/** Counts and hashes the bytes going through, and keeps the first ones for the type check. */
class Inspector extends Transform {
  readonly hash = createHash("sha256");
  size = 0;
  head = Buffer.alloc(0);
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    this.hash.update(chunk);
    if (this.head.length < 4100)
      this.head = Buffer.concat([this.head, chunk.subarray(0, 4100 - this.head.length)]);
    callback(null, chunk);
  }
}

/** The type told by the content; only PDF, PNG and JPEG are accepted, whatever the name or browser said. */
async function sniffDocumentType(head: Buffer): Promise<DocumentMime | null> {
  const detected = await fileTypeFromBuffer(head);
  const mime = detected?.mime === "image/apng" ? "image/png" : detected?.mime;
  return mime && (DOCUMENT_MIMES as readonly string[]).includes(mime) ? (mime as DocumentMime) : null;
}

function mb(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * Streams a multipart/form-data request: text fields + files of field `fileField` (default "files"),
 * each checked (size while streaming, type by content, name sanitised) and held in a temporary file;
 * nothing is stored until commit. Throws UploadRejected, having removed every temporary file.
 * A file input left empty (no name, no bytes) is no file at all and is skipped.
 */
export async function parseUploadRequest(
  request: Request,
  opts: { fileField?: string; maxFileBytes?: number; maxFiles?: number } = {},
): Promise<ParsedUpload> {
  const fileField = opts.fileField ?? "files";
  const maxFileBytes = opts.maxFileBytes ?? defaultMaxFileBytes();
  const maxFiles = opts.maxFiles ?? DEFAULT_MAX_FILES;
  const limits = { maxBytes: maxFileBytes, maxFiles };

  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body)
    throw new UploadRejected("malformed", "The request is not a multipart/form-data upload.", limits);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxFileBytes * maxFiles + ENVELOPE_BYTES)
    throw new UploadRejected("too_large", `The upload is larger than ${mb(maxFileBytes)} per file.`, limits);

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      defParamCharset: "utf8",
      // The raw name, path included: sanitiseFileName decides (busboy would silently keep the basename).
      preservePath: true,
      limits: {
        fileSize: maxFileBytes,
        files: maxFiles,
        fields: MAX_FIELDS,
        fieldSize: MAX_FIELD_BYTES,
        parts: MAX_FIELDS + maxFiles + 10,
      },
    });
  } catch {
    throw new UploadRejected("malformed", "The multipart boundary is missing or invalid.", limits);
  }

  const root = await ensureDir(temporaryRoot());
  void sweepStaleTemporaryFolders(root);
  const folder = await fs.promises.mkdtemp(path.join(root, "req-"));
  const fields = new URLSearchParams();
  // By the files' order in the form, whichever finishes being checked first.
  const received: (PendingFile | null)[] = [];
  const writes: Promise<void>[] = [];
  let rejection: UploadRejected | null = null;
  const reject = (error: UploadRejected) => {
    rejection ??= error;
  };

  parser.on("field", (name, value, info) => {
    if (info.valueTruncated || info.nameTruncated)
      reject(new UploadRejected("too_large", "A text field of the form is too long.", limits));
    else fields.append(name, value);
  });
  parser.on("filesLimit", () =>
    reject(new UploadRejected("too_many", `At most ${maxFiles} files can be sent at once.`, limits)),
  );
  parser.on("fieldsLimit", () =>
    reject(new UploadRejected("malformed", "The form has too many fields.", limits)),
  );
  parser.on("partsLimit", () =>
    reject(new UploadRejected("malformed", "The form has too many parts.", limits)),
  );
  parser.on("file", (name, stream, info) => {
    if (name !== fileField || rejection) {
      stream.resume();
      return;
    }
    const slot = received.push(null) - 1;
    writes.push(
      receiveFile(stream, info.filename ?? "", folder, limits).then(
        (file) => {
          received[slot] = file;
        },
        (error: unknown) => {
          stream.resume();
          reject(
            error instanceof UploadRejected
              ? error
              : new UploadRejected("malformed", "The file could not be received.", limits),
          );
        },
      ),
    );
  });

  try {
    await pipeline(Readable.fromWeb(request.body as WebReadableStream), parser);
  } catch {
    reject(new UploadRejected("malformed", "The upload was cut off or is not valid multipart data.", limits));
  }
  await Promise.allSettled(writes);
  if (rejection) {
    await fs.promises.rm(folder, { recursive: true, force: true });
    throw rejection;
  }
  return {
    fields,
    files: received.filter((file): file is PendingFile => file !== null),
    discard: () => fs.promises.rm(folder, { recursive: true, force: true }),
  };
}

const STALE_MS = 60 * 60 * 1000;

/**
 * Removes the temporary folders of requests that never reached commit or discard (a crash, a caller
 * that forgot): anything older than an hour. Best effort, never in the request's way.
 */
async function sweepStaleTemporaryFolders(root: string): Promise<void> {
  try {
    const now = Date.now();
    for (const entry of await fs.promises.readdir(root)) {
      if (!entry.startsWith("req-")) continue;
      const folder = path.join(root, entry);
      const { mtimeMs } = await fs.promises.stat(folder);
      if (now - mtimeMs > STALE_MS) await fs.promises.rm(folder, { recursive: true, force: true });
    }
  } catch {
    // another request swept it first, or the folder is unreadable: nothing to do here
  }
}

async function ensureDir(dir: string): Promise<string> {
  await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
  return dir;
}

async function receiveFile(
  stream: Readable & { truncated?: boolean },
  rawName: string,
  folder: string,
  limits: { maxBytes: number; maxFiles: number },
): Promise<PendingFile | null> {
  const inspector = new Inspector();
  const target = path.join(folder, randomBytes(12).toString("hex"));
  let truncated = false;
  stream.on("limit", () => {
    truncated = true;
  });
  await pipeline(stream, inspector, fs.createWriteStream(target, { flags: "wx", mode: 0o600 }));
  // A file input left empty sends a nameless, empty part: nothing was chosen.
  if (inspector.size === 0 && rawName === "") {
    await fs.promises.rm(target, { force: true });
    return null;
  }
  const named = sanitiseFileName(rawName, null);
  if (!named.ok)
    throw new UploadRejected(
      "bad_name",
      "The file name contains a folder path or invisible control characters.",
      {
        ...limits,
        fileName: named.shown,
      },
    );
  if (truncated || stream.truncated)
    throw new UploadRejected("too_large", `“${named.shown}” is larger than ${mb(limits.maxBytes)}.`, {
      ...limits,
      fileName: named.shown,
    });
  if (inspector.size === 0)
    throw new UploadRejected("empty", `“${named.shown}” is empty.`, { ...limits, fileName: named.shown });
  const mime = await sniffDocumentType(inspector.head);
  if (!mime)
    throw new UploadRejected("bad_type", `“${named.shown}” is not a PDF, PNG or JPEG file.`, {
      ...limits,
      fileName: named.shown,
    });
  const final = sanitiseFileName(rawName, mime);
  const file: PendingFile = {
    fileName: final.ok ? final.name : named.shown,
    mime,
    sizeBytes: inspector.size,
    sha256: inspector.hash.digest("hex"),
  };
  temporaryPaths.set(file, target);
  return file;
}

/** Throws UploadRejected("empty") when no file was chosen (for forms where a document is required). */
export function requireFiles(upload: ParsedUpload): void {
  if (upload.files.length === 0) throw new UploadRejected("empty", "Choose a file to send.");
}

/**
 * Copies a pending file into the content-addressed store (synchronously, so it can run inside a
 * transaction): copy to a temporary name in the target folder, then rename, so a reader never sees
 * half a file. The temporary file is removed. Identical content already stored is reused.
 */
function moveIntoStore(file: PendingFile): void {
  const target = storedFilePath(file.sha256);
  const source = temporaryPaths.get(file);
  if (!fs.existsSync(target)) {
    if (!source || !fs.existsSync(source))
      throw new Error(`Pending upload ${file.sha256} is no longer available`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const staging = path.join(path.dirname(target), `.tmp-${randomBytes(8).toString("hex")}`);
    try {
      fs.copyFileSync(source, staging, fs.constants.COPYFILE_EXCL);
      fs.chmodSync(staging, 0o640);
      fs.renameSync(staging, target);
    } finally {
      fs.rmSync(staging, { force: true });
    }
  }
  if (source) fs.rmSync(source, { force: true });
}

/**
 * Inside a DB transaction (better-sqlite3, synchronous): moves the pending files into the
 * content-addressed store (app/models/file-store.server.ts) and inserts files + submission_documents
 * rows; returns the new document ids. Should the transaction roll back, a stored file stays
 * unreferenced: harmless, since its content names it, and the same bytes uploaded again reuse it.
 */
export function attachDocuments(
  tx: DbExecutor,
  submissionId: number,
  files: PendingFile[],
  uploadedById: number,
): number[] {
  return files.map((file) => {
    moveIntoStore(file);
    recordFile({ sha256: file.sha256, mime: file.mime, sizeBytes: file.sizeBytes }, tx);
    return tx
      .insert(submissionDocuments)
      .values({
        submissionId,
        fileSha256: file.sha256,
        fileName: file.fileName,
        mime: file.mime,
        sizeBytes: file.sizeBytes,
        uploadedById,
      })
      .returning({ id: submissionDocuments.id })
      .get().id;
  });
}

/**
 * Inside the caller's transaction: deletes a document row, and the `files` row of its bytes when
 * nothing else uses them (another document or a logo may be the very same bytes). The bytes stay on
 * disk here: a transaction that rolls back later would bring the rows back without their file. The
 * caller passes the returned digest to removeUnreferencedFile() once the transaction has committed.
 */
export function deleteDocument(tx: DbExecutor, documentId: number): string | null {
  const row = tx
    .delete(submissionDocuments)
    .where(eq(submissionDocuments.id, documentId))
    .returning({ sha256: submissionDocuments.fileSha256 })
    .get();
  if (!row) return null;
  const stillUsed = tx
    .select({ id: submissionDocuments.id })
    .from(submissionDocuments)
    .where(eq(submissionDocuments.fileSha256, row.sha256))
    .get();
  if (stillUsed) return null;
  const logo = tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.logoSha256, row.sha256))
    .get();
  if (logo) return null;
  tx.delete(filesTable).where(eq(filesTable.sha256, row.sha256)).run();
  return row.sha256;
}

/**
 * After the commit: removes the bytes of a digest that deleteDocument() left without a `files` row,
 * unless the same content has been stored again in the meantime (its row is back).
 */
export function removeUnreferencedFile(sha256: string | null): void {
  if (!sha256) return;
  const row = getDb()
    .select({ sha256: filesTable.sha256 })
    .from(filesTable)
    .where(eq(filesTable.sha256, sha256))
    .get();
  if (!row) fs.rmSync(storedFilePath(sha256), { force: true });
}
