/** The only document types accepted, decided from the content of the file. */
export const DOCUMENT_MIMES = ["application/pdf", "image/png", "image/jpeg"] as const;
export type DocumentMime = (typeof DOCUMENT_MIMES)[number];

const EXTENSIONS: Record<DocumentMime, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
};

export const FILE_NAME_MAX_LENGTH = 120;
const FALLBACK_STEM = "document";

// C0/C1 controls, and the bidirectional controls that make "facture‮fdp.exe" read as "facture.exe.pdf".
const CONTROL = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// Other invisible format characters (zero-width spaces and joiners) are dropped silently.
const INVISIBLE = /\p{Cf}/gu;
const RESERVED = /[<>:"|?*]/g;

export type SanitisedName = { ok: true; name: string; shown: string } | { ok: false; shown: string };

/** A version of a raw name that is safe to show in a message (controls made visible, shortened). */
function showable(raw: string): string {
  const visible = raw.replace(new RegExp(CONTROL.source, "gu"), "\uFFFD").normalize("NFC");
  return [...visible].length > 80 ? `${[...visible].slice(0, 79).join("")}…` : visible;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max).join("").trimEnd() : text;
}

/**
 * The name a document is stored and offered under. A name with a `..` path segment or control or
 * bidirectional characters is refused (it is an attack or a broken client, never a real file name);
 * otherwise only its last path segment is kept (old browsers send `C:\…\file.pdf`), in NFC, without
 * reserved or invisible characters, leading dots or runs of spaces, at most 120 characters, ending
 * with the extension of the type found in the content (a PNG named `photo.pdf` becomes `photo.pdf.png`).
 */
export function sanitiseFileName(raw: string, mime: DocumentMime | null): SanitisedName {
  const shown = showable(raw);
  if (CONTROL.test(raw)) return { ok: false, shown };
  const segments = raw.split(/[/\\]/);
  if (segments.some((segment) => segment.trim() === "..")) return { ok: false, shown };
  const base = (segments.at(-1) ?? "")
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(RESERVED, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+/, "")
    .replace(/[\s.]+$/, "");
  if (!mime) return { ok: true, name: base || FALLBACK_STEM, shown: base || shown };
  const allowed = EXTENSIONS[mime];
  const dot = base.lastIndexOf(".");
  const ext = dot > 0 ? base.slice(dot + 1) : "";
  const hasRightExt = allowed.includes(ext.toLowerCase());
  const stem = (hasRightExt ? base.slice(0, dot) : base) || FALLBACK_STEM;
  const suffix = `.${hasRightExt ? ext : allowed[0]}`;
  const name = `${truncate(stem, FILE_NAME_MAX_LENGTH - suffix.length)}${suffix}`;
  return { ok: true, name, shown: name };
}

/** RFC 6266 / RFC 5987 Content-Disposition: an ASCII fallback plus the exact UTF-8 name. */
export function contentDisposition(kind: "attachment" | "inline", fileName: string): string {
  const ascii =
    fileName
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^\x20-\x7e]/g, "_")
      .replace(/["\\%;]/g, "_")
      .trim() || FALLBACK_STEM;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
