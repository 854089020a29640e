import type { EmailContent } from "./templates";

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The plain-text body: what organisers read in the outbox and what text-only mail clients show. */
export function layoutText(content: EmailContent, signature: string): string {
  const parts = [content.greeting, ...content.paragraphs];
  if (content.action) parts.push(`${content.action.label}\n${content.action.url}`);
  parts.push(...content.notes, `— ${signature}`);
  return parts.join("\n\n") + "\n";
}

/** A deliberately simple HTML body (inline styles only, as mail clients expect); every text is escaped. */
export function layoutHtml(
  content: EmailContent,
  linkFallback: string,
  signature: string,
  lang: string,
): string {
  const p = (text: string, style = "") =>
    `<p style="margin:0 0 16px;${style}">${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1f4e79;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>` +
      p(`${linkFallback}\n${content.action.url}`, "font-size:13px;color:#555555;word-break:break-all")
    : "";
  return [
    `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">`,
    `<div style="max-width:560px;margin:0 auto">`,
    p(content.greeting),
    ...content.paragraphs.map((text) => p(text)),
    action,
    ...content.notes.map((text) => p(text, "font-size:13px;color:#555555")),
    p(`— ${signature}`),
    `</div></body></html>`,
  ].join("\n");
}
