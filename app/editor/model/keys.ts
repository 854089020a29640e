/** The parts of a keyboard event the actions look at (a DOM KeyboardEvent has them all). */
export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Ctrl on Windows and Linux, Cmd on macOS: either one counts. */
export function hasMod(e: KeyLike): boolean {
  return e.ctrlKey || e.metaKey;
}

/** Shift turns "z" into "Z": letters compare without case. */
export function isKey(e: KeyLike, ...keys: readonly string[]): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return keys.includes(key);
}

/** Mod + key, with Shift exactly as required and no Alt. */
export function isModKey(e: KeyLike, key: string, shift = false): boolean {
  return hasMod(e) && e.shiftKey === shift && !e.altKey && isKey(e, key);
}

/** A key pressed without Ctrl, Cmd or Alt (Shift allowed: it is the ×10 of the arrows). */
export function isPlainKey(e: KeyLike, ...keys: readonly string[]): boolean {
  return !hasMod(e) && !e.altKey && isKey(e, ...keys);
}

/**
 * Shift+1 and Shift+2 (zoom to fit / to selection, as in Figma and tldraw). With Shift held the key
 * reads "!" or "@" on a QWERTY layout and "1" or "2" on AZERTY, where digits need Shift.
 */
export function isShiftDigit(e: KeyLike, digit: "1" | "2"): boolean {
  const shifted = digit === "1" ? "!" : "@";
  return e.shiftKey && !hasMod(e) && !e.altKey && (e.key === digit || e.key === shifted);
}
