/**
 * Progress of a streamed PDF: pdfkit writes each page's dictionary (`/Type /Page`) as soon as the
 * page is done, uncompressed, so counting those in the bytes received tells how many pages have
 * arrived. The last few characters of a chunk are carried over, since a marker can straddle two
 * chunks; a marker lying wholly inside the carried part was counted with the previous chunk.
 */
const MARKER = /\/Type \/Page[^s]/g;
export const CARRY = 16;

export interface PageCounter {
  pages: number;
  tail: string;
}

export function countPages(counter: PageCounter, chunk: Uint8Array): PageCounter {
  let text = counter.tail;
  // Latin-1: one character per byte, so the markers are found whatever the binary around them.
  for (let i = 0; i < chunk.length; i += 8192) text += String.fromCharCode(...chunk.subarray(i, i + 8192));
  let pages = counter.pages;
  for (const match of text.matchAll(MARKER)) if (match.index + match[0].length > counter.tail.length) pages++;
  return { pages, tail: text.slice(-CARRY) };
}

/** The file name of a `Content-Disposition: attachment; filename="…"` header. */
export function attachmentName(header: string | null, fallback: string): string {
  const match = header?.match(/filename="([^"]+)"/);
  return match?.[1] ?? fallback;
}
