import { standStatuses, type StandStatus } from "../../../../floorplans/format/schema";
import { startChanges } from "../changes";
import { normalizeCode } from "../codes";
import { findEntity } from "../document";
import { normalizeDegrees, roundCoord } from "../geometry";
import type { CommandResult, EditorDoc, Plan, Stand } from "../types";
import {
  areFinite,
  recodeStand,
  rejected,
  resolved,
  resolveStandIds,
  withoutUndefined,
  type Resolved,
} from "./shared";

/**
 * The longest side a stand may be given by hand: larger than any exhibition hall, so that only a
 * slip of the keyboard (1e9, an extra zero or three) is refused.
 */
export const MAX_STAND_SIDE_M = 500;

/** The stand fields an organiser edits in the properties panel; null or "" clears an optional text. */
export interface StandProps {
  readonly code?: string;
  readonly label?: string | null;
  readonly notes?: string | null;
  readonly x?: number;
  readonly y?: number;
  readonly width?: number;
  readonly depth?: number;
  readonly rotation?: number;
  readonly status?: StandStatus;
  readonly covered?: boolean;
  readonly powerBoxId?: string | null;
  readonly hallId?: string;
}

const EDITABLE: readonly (keyof StandProps)[] = [
  "code",
  "label",
  "notes",
  "x",
  "y",
  "width",
  "depth",
  "rotation",
  "status",
  "covered",
  "powerBoxId",
  "hallId",
];

export interface SetStandPropsArgs {
  /** Default: the selected stands (several at once for status, power box, covered…; not the code). */
  readonly ids?: readonly string[];
  readonly props: StandProps;
}

/** Checks that do not depend on which stand is edited. */
function checkProps(plan: Plan, props: StandProps): Resolved<null> {
  const unknown = Object.keys(props).find((key) => !EDITABLE.includes(key as keyof StandProps));
  if (unknown !== undefined) return rejected("prop.unknown", { prop: unknown });
  const numbers = [props.x, props.y, props.width, props.depth, props.rotation].filter((v) => v !== undefined);
  if (!areFinite(...numbers)) return rejected("number.not-finite");
  if ((props.width !== undefined && props.width <= 0) || (props.depth !== undefined && props.depth <= 0)) {
    return rejected("size.not-positive");
  }
  if ((props.width ?? 0) > MAX_STAND_SIDE_M || (props.depth ?? 0) > MAX_STAND_SIDE_M) {
    return rejected("size.too-large", { max: MAX_STAND_SIDE_M });
  }
  if (props.status !== undefined && !standStatuses.includes(props.status)) {
    return rejected("status.invalid", { status: String(props.status) });
  }
  if (props.covered !== undefined && typeof props.covered !== "boolean")
    return rejected("value.invalid", { field: "covered" });
  if (props.hallId !== undefined && !plan.halls.some((h) => h.id === props.hallId)) {
    return rejected("hall.not-found", { id: String(props.hallId) });
  }
  if (props.powerBoxId != null && !findEntity(plan, "powerBox", props.powerBoxId)) {
    return rejected("powerBox.not-found", { id: props.powerBoxId });
  }
  return resolved(null);
}

function optionalText(value: string | null | undefined, current: string | undefined): string | undefined {
  if (value === undefined) return current;
  return value === null || value.trim() === "" ? undefined : value;
}

function applyProps(plan: Plan, stand: Stand, props: StandProps): Resolved<Stand> {
  const next: Stand = withoutUndefined({
    ...stand,
    x: props.x === undefined ? stand.x : roundCoord(props.x),
    y: props.y === undefined ? stand.y : roundCoord(props.y),
    width: props.width ?? stand.width,
    depth: props.depth ?? stand.depth,
    rotation: props.rotation === undefined ? stand.rotation : normalizeDegrees(props.rotation),
    status: props.status ?? stand.status,
    covered: props.covered ?? stand.covered,
    powerBoxId: props.powerBoxId === undefined ? stand.powerBoxId : props.powerBoxId,
    hallId: props.hallId ?? stand.hallId,
    label: optionalText(props.label, stand.label),
    notes: optionalText(props.notes, stand.notes),
  });
  // The status says what the stand is to visitors of the plan: it must not contradict its exhibitor
  // (a stand shown free while someone holds it could be sold twice). « Attribuer » / « Libérer »
  // set both together.
  if (props.status === "assigned" && next.exhibitorId == null)
    return rejected("status.needs-exhibitor", { code: stand.id });
  if ((props.status === "available" || props.status === "blocked") && next.exhibitorId != null)
    return rejected("status.has-exhibitor", { code: stand.id });
  // A stand's cable runs inside its own hall: the format refuses a box of another hall.
  const box = next.powerBoxId === null ? undefined : findEntity(plan, "powerBox", next.powerBoxId);
  if (box && box.hallId !== next.hallId) return rejected("powerBox.other-hall", { id: box.id });
  return resolved(props.code === undefined ? next : recodeStand(next, props.code.trim()));
}

/** Edits stand properties, refusing anything the format or the organiser's plan would not accept. */
export function setStandProps(doc: EditorDoc, args: SetStandPropsArgs): CommandResult {
  const ids = resolveStandIds(doc, args.ids);
  if (!ids.ok) return ids;
  const checked = checkProps(doc.plan, args.props);
  if (!checked.ok) return checked;
  if (args.props.code !== undefined) {
    if (ids.value.length > 1) return rejected("code.multiple");
    const code = normalizeCode(args.props.code);
    if (code === null) return rejected("code.empty");
    if (code !== ids.value[0] && findEntity(doc.plan, "stand", code))
      return rejected("code.duplicate", { code });
  }
  const changes = startChanges(doc);
  for (const id of ids.value) {
    const next = applyProps(doc.plan, findEntity(doc.plan, "stand", id)!, args.props);
    if (!next.ok) return next;
    changes.update("stands", id, next.value);
  }
  return changes.commit();
}
