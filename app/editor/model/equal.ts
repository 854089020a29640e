/**
 * Deep equality for plan data (JSON-like: objects, arrays, numbers, strings, booleans, null).
 * Identity is checked first at every level: structural sharing makes untouched branches the
 * same object, so comparing two versions of a large plan costs only what actually changed.
 * A key whose value is `undefined` counts as absent, as in a JSON round trip.
 */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    return a.every((item, i) => isDeepEqual(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (!isDeepEqual(left[key], right[key])) return false;
  }
  return true;
}
