import { startChanges, unchanged } from "../changes";
import { cosSin, isQuarterTurn, roundCoord, standCentre } from "../geometry";
import { snapValue, type SnapStep } from "../snapping";
import type { CommandResult, EditorDoc, Stand } from "../types";
import { areFinite, rejected, requireStand } from "./shared";

export type ResizeHandle = "n" | "s" | "e" | "w" | "ne" | "nw" | "se" | "sw";
export const RESIZE_HANDLES: readonly ResizeHandle[] = ["n", "s", "e", "w", "ne", "nw", "se", "sw"];

/** No stand is narrower than a metre: below that it cannot be entered, let alone furnished. */
export const MIN_STAND_SIZE_M = 1;

export interface ResizeArgs {
  readonly id: string;
  /** Compass point on the stand's own (unrotated) frame: "e" moves the right edge, "nw" two edges. */
  readonly handle: ResizeHandle;
  /** Pointer delta in world coordinates since the gesture started. */
  readonly dx: number;
  readonly dy: number;
  readonly snap?: SnapStep;
  readonly minSize?: number;
}

interface Edges {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Works in the stand's frame, centred on its centre: the handle's edges follow the pointer, the
 * opposite edges stay where they are. With a quarter turn the moved edge is axis-aligned and
 * snaps to the grid in world coordinates (so it lines up with neighbours); at a free angle no
 * edge is on the grid, so the size is snapped instead.
 */
export function resizeStand(doc: EditorDoc, args: ResizeArgs): CommandResult {
  const found = requireStand(doc.plan, args.id);
  if (!found.ok) return found;
  const stand = found.value;
  const minSize = args.minSize ?? MIN_STAND_SIZE_M;
  if (!areFinite(args.dx, args.dy, minSize)) return rejected("number.not-finite", { field: "delta" });
  if (minSize <= 0) return rejected("size.not-positive");
  if (!RESIZE_HANDLES.includes(args.handle)) return rejected("value.invalid", { field: "handle" });
  const [cos, sin] = cosSin(stand.rotation);
  const local = { u: args.dx * cos + args.dy * sin, v: -args.dx * sin + args.dy * cos };
  const edges = resizeEdges(stand, args.handle, local, args.snap, minSize);
  const width = roundCoord(edges.right - edges.left);
  const depth = roundCoord(edges.bottom - edges.top);
  const lcx = (edges.left + edges.right) / 2;
  const lcy = (edges.top + edges.bottom) / 2;
  const [cx, cy] = standCentre(stand);
  const wcx = cx + lcx * cos - lcy * sin;
  const wcy = cy + lcx * sin + lcy * cos;
  const next: Stand = {
    ...stand,
    x: roundCoord(wcx - width / 2),
    y: roundCoord(wcy - depth / 2),
    width,
    depth,
  };
  if (next.x === stand.x && next.y === stand.y && width === stand.width && depth === stand.depth) {
    return unchanged(doc);
  }
  return startChanges(doc).update("stands", stand.id, next).commit();
}

function resizeEdges(
  stand: Stand,
  handle: ResizeHandle,
  local: { u: number; v: number },
  snap: SnapStep,
  minSize: number,
): Edges {
  const e: Edges = {
    left: -stand.width / 2,
    right: stand.width / 2,
    top: -stand.depth / 2,
    bottom: stand.depth / 2,
  };
  const quarter = isQuarterTurn(stand.rotation);
  const [cos, sin] = cosSin(stand.rotation);
  const [cx, cy] = standCentre(stand);
  // World axis and direction of the stand's local u (width) and v (depth) axes at a quarter turn.
  const uOnX = Math.abs(cos) === 1;
  const axes = {
    u: { centre: uOnX ? cx : cy, sign: cos + sin },
    v: { centre: uOnX ? cy : cx, sign: uOnX ? cos : -sin },
  };
  const snapEdge = (t: number, axis: "u" | "v") => {
    if (!quarter) return t;
    const { centre, sign } = axes[axis];
    return (snapValue(centre + sign * t, snap) - centre) * sign;
  };
  const snapSize = (size: number) => Math.max(minSize, quarter ? size : snapValue(size, snap));
  if (handle.includes("e")) e.right = e.left + snapSize(snapEdge(e.right + local.u, "u") - e.left);
  if (handle.includes("w")) e.left = e.right - snapSize(e.right - snapEdge(e.left + local.u, "u"));
  if (handle.includes("s")) e.bottom = e.top + snapSize(snapEdge(e.bottom + local.v, "v") - e.top);
  if (handle.includes("n")) e.top = e.bottom - snapSize(e.bottom - snapEdge(e.top + local.v, "v"));
  return e;
}
