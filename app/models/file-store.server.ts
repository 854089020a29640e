import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { databasePath, getDb } from "../../db/client";
import { files } from "../../db/schema";
import type { DbExecutor } from "./audit.server";

/**
 * Uploaded files, content-addressed: the bytes live at <uploads>/<first 2 hex>/<sha256>, never under
 * public/. The uploads folder sits beside the database (data/uploads by default) so that a test or a
 * demo with its own database also has its own uploads; UPLOADS_DIR overrides it.
 */
export function uploadsDir(): string {
  const configured = process.env.UPLOADS_DIR?.trim();
  return path.resolve(configured || path.join(path.dirname(path.resolve(databasePath())), "uploads"));
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function storedFilePath(sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new Error("not a SHA-256 hex digest");
  return path.join(uploadsDir(), sha256.slice(0, 2), sha256);
}

export type ImageMime = "image/png" | "image/jpeg";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The image type told by the first bytes, whatever the file name or the browser claimed. */
export function sniffImageType(bytes: Uint8Array): ImageMime | null {
  if (bytes.length >= 8 && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return "image/png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  return null;
}

export interface StoredFile {
  sha256: string;
  mime: string;
  sizeBytes: number;
}

/**
 * Writes bytes under their SHA-256 (synchronous, so it can run inside a database transaction):
 * to a temporary file first, then renamed, so a reader never sees half a file. The same content
 * uploaded twice is stored once.
 */
export function writeContentAddressed(bytes: Uint8Array, mime: string): StoredFile {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const target = storedFilePath(sha256);
  if (!fs.existsSync(target)) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Same folder as the target: rename() is atomic only within one file system.
    const temporary = path.join(path.dirname(target), `.tmp-${randomBytes(8).toString("hex")}`);
    try {
      fs.writeFileSync(temporary, bytes, { flag: "wx", mode: 0o640 });
      fs.renameSync(temporary, target);
    } finally {
      fs.rmSync(temporary, { force: true });
    }
  }
  return { sha256, mime, sizeBytes: bytes.length };
}

/** The `files` row of stored content (once per content). */
export function recordFile(file: StoredFile, tx: DbExecutor = getDb()): void {
  tx.insert(files).values(file).onConflictDoNothing().run();
}

export function getFileRow(sha256: string): StoredFile | undefined {
  return getDb()
    .select({ sha256: files.sha256, mime: files.mime, sizeBytes: files.sizeBytes })
    .from(files)
    .where(eq(files.sha256, sha256))
    .get();
}

/** The stored bytes, or null when the file is missing on disk. */
export function readStoredFile(sha256: string): Buffer | null {
  try {
    return fs.readFileSync(storedFilePath(sha256));
  } catch {
    return null;
  }
}
