export type CappedForm = { ok: true; form: FormData } | { ok: false; reason: "tooLarge" };

/**
 * Reads a form body of at most `maxBytes`, whatever the client declared: the Content-Length is
 * checked first (cheap refusal), then the bytes actually read (a chunked body has no length).
 * `request.formData()` alone would buffer any size in memory. A body that is not a form reads as
 * an empty form, so the caller answers 400, not 500.
 */
export async function readCappedFormData(request: Request, maxBytes: number): Promise<CappedForm> {
  const declared = Number(request.headers.get("Content-Length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: "tooLarge" };
  if (!request.body) return { ok: true, form: new FormData() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: "tooLarge" };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    const contentType = request.headers.get("Content-Type") ?? "";
    return {
      ok: true,
      form: await new Response(body, { headers: { "Content-Type": contentType } }).formData(),
    };
  } catch {
    return { ok: true, form: new FormData() };
  }
}
