import type { Stand } from "./types";

/**
 * Stand codes. The code is the stand's `id` (the database keys stands by it and keeps assignments
 * across re-imports by code), written as a row prefix and a number: A01, A02… B12.
 */
const CODE_PATTERN = /^(.*?)(\d+)$/;
const ROW_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** Two stands whose top edges differ by less than this are on the same row (metres). */
export const ROW_TOLERANCE_M = 0.5;

export function parseStandCode(code: string): { prefix: string; number: number } | null {
  const match = CODE_PATTERN.exec(code);
  if (!match) return null;
  return { prefix: match[1] ?? "", number: Number(match[2]) };
}

/** At least two digits (A01), more when the number needs them (A100). */
export function formatStandCode(prefix: string, n: number, digits = 2): string {
  return `${prefix}${String(n).padStart(digits, "0")}`;
}

/**
 * The next `count` free codes of a row: after the highest number in use with that prefix, so
 * new stands continue the row instead of filling a hole left by a deleted stand.
 */
export function nextFreeCodes(takenIds: Iterable<string>, prefix: string, count: number): string[] {
  const taken = new Set(takenIds);
  let highest = 0;
  for (const id of taken) {
    const parsed = parseStandCode(id);
    if (parsed && parsed.prefix === prefix) highest = Math.max(highest, parsed.number);
  }
  const codes: string[] = [];
  for (let n = highest + 1; codes.length < count; n++) {
    const code = formatStandCode(prefix, n);
    if (!taken.has(code)) codes.push(code);
  }
  return codes;
}

/** The first letter no stand code starts with: a new row gets a new letter. */
export function findUnusedRowLetter(stands: readonly Stand[]): string {
  const used = new Set(stands.map((s) => parseStandCode(s.id)?.prefix));
  return [...ROW_LETTERS].find((letter) => !used.has(letter)) ?? "A";
}

/** The prefix of a stand already on the row at `y` in that hall, if any. */
export function findRowPrefixAt(stands: readonly Stand[], hallId: string, y: number): string | null {
  for (const stand of stands) {
    if (stand.hallId !== hallId || Math.abs(stand.y - y) >= ROW_TOLERANCE_M) continue;
    const parsed = parseStandCode(stand.id);
    if (parsed && parsed.prefix !== "") return parsed.prefix;
  }
  return null;
}

/** A code that may be typed in: trimmed, non-empty, at most 100 characters (the format's id). */
export function normalizeCode(code: string): string | null {
  const trimmed = code.trim();
  return trimmed.length > 0 && trimmed.length <= 100 ? trimmed : null;
}

/** `${prefix}${n}` ids for obstacles, exits, boxes and zones: P1, EX2, B3… after the highest in use. */
export function nextFreeId(takenIds: Iterable<string>, prefix: string): string {
  const taken = new Set(takenIds);
  let highest = 0;
  for (const id of taken) {
    const parsed = parseStandCode(id);
    if (parsed && parsed.prefix === prefix) highest = Math.max(highest, parsed.number);
  }
  let n = highest + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
