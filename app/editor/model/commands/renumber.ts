import { startChanges } from "../changes";
import { formatStandCode } from "../codes";
import { findEntity } from "../document";
import { sortInReadingOrder } from "../selection";
import type { CommandResult, EditorDoc } from "../types";
import { recodeStand, rejected, resolveStandIds } from "./shared";

export interface RenumberArgs {
  /** Default: the selected stands. */
  readonly ids?: readonly string[];
  /** Row prefix of the new codes: "B" gives B01, B02… */
  readonly prefix: string;
  /** First number (default 1). */
  readonly start?: number;
  readonly rowTolerance?: number;
}

/**
 * Gives the stands consecutive codes in reading order (by row, then left to right). Codes are
 * exchanged all at once, so renumbering A01–A03 in another order never collides with itself;
 * a code held by a stand outside the set is refused rather than stolen.
 */
export function renumberStands(doc: EditorDoc, args: RenumberArgs): CommandResult {
  const ids = resolveStandIds(doc, args.ids);
  if (!ids.ok) return ids;
  const prefix = args.prefix.trim();
  if (prefix.length === 0 || prefix.length > 20 || /\s/.test(prefix)) return rejected("prefix.invalid");
  const start = args.start ?? 1;
  if (!Number.isInteger(start) || start < 0) return rejected("value.invalid", { field: "start" });
  const stands = ids.value.map((id) => findEntity(doc.plan, "stand", id)!);
  const ordered = sortInReadingOrder(stands, args.rowTolerance);
  const digits = Math.max(2, String(start + ordered.length - 1).length);
  const codes = ordered.map((_, i) => formatStandCode(prefix, start + i, digits));
  const renumbered = new Set(ids.value);
  const clash = codes.find((code) => !renumbered.has(code) && findEntity(doc.plan, "stand", code));
  if (clash !== undefined) return rejected("code.duplicate", { code: clash });
  const changes = startChanges(doc);
  ordered.forEach((stand, i) => changes.update("stands", stand.id, recodeStand(stand, codes[i]!)));
  return changes.commit();
}
