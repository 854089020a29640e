import type { PowerBox } from "../model";

/**
 * How a power box is named in a list: its id (C-N1, as on the plan) and its label. Several boxes
 * often share a label (« Coffret 36 kVA tri, mur nord » four times in the demo hall).
 */
export function boxOptionLabel(box: Pick<PowerBox, "id" | "label">): string {
  return box.label && box.label !== box.id ? `${box.id} — ${box.label}` : box.id;
}
