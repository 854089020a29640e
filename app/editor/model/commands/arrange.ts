import { startChanges, unchanged } from "../changes";
import { boundsCentre, entityBounds, roundCoord, unionBounds } from "../geometry";
import type { Bounds, CommandResult, EditorDoc, EntityRef } from "../types";
import { rejected, resolveRefs } from "./shared";
import { stageTranslations, type Translation } from "./translate";

/** centerX lines the centres up on one vertical line; centerY on one horizontal line. */
export type AlignEdge = "left" | "right" | "top" | "bottom" | "centerX" | "centerY";
export const ALIGN_EDGES: readonly AlignEdge[] = ["left", "right", "top", "bottom", "centerX", "centerY"];

export type DistributeAxis = "horizontal" | "vertical";

interface Item {
  readonly ref: EntityRef;
  readonly bounds: Bounds;
}

function itemsOf(doc: EditorDoc, refs: readonly EntityRef[]): Item[] {
  return refs.flatMap((ref) => {
    const bounds = entityBounds(doc.plan, ref);
    return bounds ? [{ ref, bounds }] : [];
  });
}

function commitTranslations(doc: EditorDoc, moves: readonly Translation[]): CommandResult {
  const significant = moves.filter((m) => m.dx !== 0 || m.dy !== 0);
  if (significant.length === 0) return unchanged(doc);
  const changes = startChanges(doc);
  const staged = stageTranslations(changes, significant);
  return staged.ok ? changes.commit() : staged;
}

function alignDelta(edge: AlignEdge, group: Bounds, b: Bounds): [number, number] {
  const [gcx, gcy] = boundsCentre(group);
  const [cx, cy] = boundsCentre(b);
  switch (edge) {
    case "left":
      return [group.minX - b.minX, 0];
    case "right":
      return [group.maxX - b.maxX, 0];
    case "top":
      return [0, group.minY - b.minY];
    case "bottom":
      return [0, group.maxY - b.maxY];
    case "centerX":
      return [gcx - cx, 0];
    case "centerY":
      return [0, gcy - cy];
  }
}

export interface AlignArgs {
  readonly refs?: readonly EntityRef[];
  readonly edge: AlignEdge;
}

/** Aligns each entity's bounding box on the group's (left edge, centre line…), at least two of them. */
export function alignEntities(doc: EditorDoc, args: AlignArgs): CommandResult {
  if (!ALIGN_EDGES.includes(args.edge)) return rejected("value.invalid", { field: "edge" });
  const refs = resolveRefs(doc, args.refs);
  if (!refs.ok) return refs;
  const items = itemsOf(doc, refs.value);
  const group = unionBounds(items.map((i) => i.bounds));
  if (items.length < 2 || !group) return rejected("selection.too-few", { min: 2 });
  return commitTranslations(
    doc,
    items.map(({ ref, bounds }) => {
      const [dx, dy] = alignDelta(args.edge, group, bounds);
      return { ref, dx: roundCoord(dx), dy: roundCoord(dy) };
    }),
  );
}

export interface DistributeArgs {
  readonly refs?: readonly EntityRef[];
  readonly axis: DistributeAxis;
}

/**
 * Equal gaps between neighbours (ordered by centre) across the group's extent, the outermost
 * staying put. When the boxes are wider than the extent, equal gaps would be negative: the
 * centres are spread evenly instead.
 */
export function distributeEntities(doc: EditorDoc, args: DistributeArgs): CommandResult {
  if (args.axis !== "horizontal" && args.axis !== "vertical")
    return rejected("value.invalid", { field: "axis" });
  const refs = resolveRefs(doc, args.refs);
  if (!refs.ok) return refs;
  const horizontal = args.axis === "horizontal";
  const lo = (b: Bounds) => (horizontal ? b.minX : b.minY);
  const hi = (b: Bounds) => (horizontal ? b.maxX : b.maxY);
  const mid = (b: Bounds) => (lo(b) + hi(b)) / 2;
  const items = itemsOf(doc, refs.value).sort((a, b) => mid(a.bounds) - mid(b.bounds));
  const group = unionBounds(items.map((i) => i.bounds));
  if (items.length < 3 || !group) return rejected("selection.too-few", { min: 3 });
  const sizes = items.reduce((sum, i) => sum + hi(i.bounds) - lo(i.bounds), 0);
  const gap = (hi(group) - lo(group) - sizes) / (items.length - 1);
  const firstMid = mid(items[0]!.bounds);
  const step = (mid(items.at(-1)!.bounds) - firstMid) / (items.length - 1);
  let cursor = lo(group);
  const moves = items.map(({ ref, bounds }, i) => {
    let delta: number;
    if (gap >= 0) {
      delta = cursor - lo(bounds);
      cursor += hi(bounds) - lo(bounds) + gap;
    } else {
      delta = firstMid + i * step - mid(bounds);
    }
    const d = roundCoord(delta);
    return horizontal ? { ref, dx: d, dy: 0 } : { ref, dx: 0, dy: d };
  });
  return commitTranslations(doc, moves);
}
