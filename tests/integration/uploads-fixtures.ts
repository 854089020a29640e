import fs from "node:fs";
import path from "node:path";
import { getDb } from "../../db/client";
import { eventForms, formSubmissions, type LogisticsFormKind, type SubmissionStatus } from "../../db/schema";
import { uploadsDir } from "~/models/file-store.server";

/** Real file headers: the type check reads these bytes, never the name. */
export const PDF_BYTES = Buffer.from(
  "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
);
export const PNG_BYTES = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5e1b1cb0000000049454e44ae426082",
  "hex",
);
export const ELF_BYTES = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
  Buffer.alloc(120, 0),
]);
export const MZ_BYTES = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);
export const SVG_BYTES = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
);

export type Part =
  | { name: string; value: string }
  | { name: string; fileName: string; bytes: Buffer; type?: string; encodedName?: boolean };

/** A multipart body written byte by byte, so a test controls names a browser would never send. */
export function multipartBody(parts: Part[], boundary = "----alleeTestBoundary7MA4YWxk"): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ("value" in part) {
      chunks.push(
        Buffer.from(`Content-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`),
      );
    } else {
      chunks.push(
        Buffer.from(
          `Content-Disposition: form-data; name="${part.name}"; ${
            part.encodedName
              ? `filename*=UTF-8''${encodeURIComponent(part.fileName)}`
              : `filename="${part.fileName}"`
          }\r\n` + `Content-Type: ${part.type ?? "application/pdf"}\r\n\r\n`,
        ),
        part.bytes,
        Buffer.from("\r\n"),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

export function multipartRequest(
  url: string,
  parts: Part[],
  init: { cookie?: string; headers?: Record<string, string> } = {},
): Request {
  const boundary = "----alleeTestBoundary7MA4YWxk";
  const body = multipartBody(parts, boundary);
  const headers = new Headers({
    "Content-Type": `multipart/form-data; boundary=${boundary}`,
    "Content-Length": String(body.length),
    ...init.headers,
  });
  if (init.cookie) headers.set("Cookie", init.cookie);
  return new Request(`http://localhost${url}`, { method: "POST", body: new Uint8Array(body), headers });
}

/** Every regular file under the uploads folder (the content-addressed store). */
export function filesInUploads(): string[] {
  const root = uploadsDir();
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .map((entry) => path.join(root, entry))
    .filter((file) => fs.statSync(file).isFile());
}

export function insertEventForm(
  eventId: number,
  kind: LogisticsFormKind,
  values: Partial<typeof eventForms.$inferInsert> = {},
) {
  return getDb()
    .insert(eventForms)
    .values({ eventId, kind, dueAt: new Date("2030-06-01T00:00:00Z"), ...values })
    .returning()
    .get();
}

export function insertSubmission(
  eventFormId: number,
  applicationId: number,
  status: SubmissionStatus,
  values: Partial<typeof formSubmissions.$inferInsert> = {},
) {
  return getDb()
    .insert(formSubmissions)
    .values({
      eventFormId,
      applicationId,
      status,
      submittedAt: status === "draft" ? null : new Date("2030-05-01T10:00:00Z"),
      ...values,
    })
    .returning()
    .get();
}
