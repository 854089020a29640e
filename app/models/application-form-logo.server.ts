import { LOGO_MAX_BYTES } from "./application-form-options";
import { sniffImageType, writeContentAddressed, recordFile, type ImageMime } from "./file-store.server";
import type { DbExecutor } from "./audit.server";

export type LogoCheck =
  | { kind: "none" }
  | { kind: "ok"; bytes: Uint8Array; mime: ImageMime }
  | { kind: "error"; code: "logoType" | "logoEmpty" | "logoTooLarge" };

/**
 * Checks the logo field of a form. The type is decided by the first bytes (PNG or JPEG), never by
 * the file name or the type the browser claims: an SVG can carry scripts, an executable can be
 * renamed logo.png. A file input left empty sends a nameless empty file: that means "no change".
 */
export async function checkLogoUpload(
  value: FormDataEntryValue | FormDataEntryValue[] | undefined,
): Promise<LogoCheck> {
  if (value === undefined || value === "") return { kind: "none" };
  if (typeof value === "string" || Array.isArray(value)) return { kind: "error", code: "logoType" };
  if (value.size === 0) return value.name === "" ? { kind: "none" } : { kind: "error", code: "logoEmpty" };
  if (value.size > LOGO_MAX_BYTES) return { kind: "error", code: "logoTooLarge" };
  const bytes = new Uint8Array(await value.arrayBuffer());
  const mime = sniffImageType(bytes);
  return mime ? { kind: "ok", bytes, mime } : { kind: "error", code: "logoType" };
}

/**
 * Stores a checked logo (file on disk, then its `files` row in the caller's transaction); returns its
 * SHA-256. If the transaction rolls back, the file stays unreferenced: harmless, since the content
 * names it, and a later upload of the same bytes reuses it.
 */
export function storeLogo(logo: { bytes: Uint8Array; mime: ImageMime }, tx: DbExecutor): string {
  const file = writeContentAddressed(logo.bytes, logo.mime);
  recordFile(file, tx);
  return file.sha256;
}
