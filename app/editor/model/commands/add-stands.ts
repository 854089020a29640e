import { startChanges } from "../changes";
import { findRowPrefixAt, findUnusedRowLetter, nextFreeCodes, normalizeCode } from "../codes";
import { findHallAt, normalizeDegrees, roundCoord } from "../geometry";
import { snapValue, type SnapStep } from "../snapping";
import type { CommandResult, EditorDoc, Stand } from "../types";
import { areFinite, rejected, resolved, type Resolved } from "./shared";

/** Shell-scheme formats of DESIGN.md (9, 12, 18 m²) and the 36 m² island. */
export const STAND_PRESETS = {
  "3x3": { width: 3, depth: 3 },
  "4x3": { width: 4, depth: 3 },
  "6x3": { width: 6, depth: 3 },
  "6x6": { width: 6, depth: 6 },
} as const;
export type StandPreset = keyof typeof STAND_PRESETS;
export const DEFAULT_PRESET: StandPreset = "3x3";

/** A row longer than this is a typing slip, not a plan (the largest halls hold a few hundred stands). */
export const MAX_ROW_COUNT = 200;

export interface StandShape {
  /** Width and depth come from the preset unless given; 3 × 3 when neither is. */
  readonly preset?: StandPreset;
  readonly width?: number;
  readonly depth?: number;
}

export interface NewStand extends StandShape {
  /** Top-left corner (metres), snapped when the command gets a snap step. */
  readonly x: number;
  readonly y: number;
  readonly rotation?: number;
  /** Default: the hall under the stand's centre, else the first hall. */
  readonly hallId?: string;
  /** Default: the next free code of `prefix`. */
  readonly code?: string;
  /** Default: the prefix of a stand on the same row, else a letter no row uses yet. */
  readonly prefix?: string;
}

export interface AddStandsArgs {
  readonly stands: readonly NewStand[];
  readonly snap?: SnapStep;
}

export function resolveShape(shape: StandShape): Resolved<{ width: number; depth: number }> {
  const preset = STAND_PRESETS[shape.preset ?? DEFAULT_PRESET];
  if (!preset) return rejected("value.invalid", { field: "preset" });
  const width = shape.width ?? preset.width;
  const depth = shape.depth ?? preset.depth;
  if (!areFinite(width, depth)) return rejected("number.not-finite", { field: "size" });
  if (width <= 0 || depth <= 0) return rejected("size.not-positive");
  return resolved({ width, depth });
}

function buildStand(
  doc: EditorDoc,
  placed: readonly Stand[],
  spec: NewStand,
  snap: SnapStep,
): Resolved<Stand> {
  const shape = resolveShape(spec);
  if (!shape.ok) return shape;
  const { width, depth } = shape.value;
  const rotation = spec.rotation ?? 0;
  if (!areFinite(spec.x, spec.y, rotation)) return rejected("number.not-finite", { field: "position" });
  const x = roundCoord(snapValue(spec.x, snap));
  const y = roundCoord(snapValue(spec.y, snap));
  const hallId = spec.hallId ?? findHallAt(doc.plan, [x + width / 2, y + depth / 2]);
  if (!doc.plan.halls.some((h) => h.id === hallId)) return rejected("hall.not-found", { id: hallId });
  const taken = placed.map((s) => s.id);
  let id: string;
  if (spec.code !== undefined) {
    const code = normalizeCode(spec.code);
    if (code === null) return rejected("code.empty");
    if (taken.includes(code)) return rejected("code.duplicate", { code });
    id = code;
  } else {
    const prefix = spec.prefix ?? findRowPrefixAt(placed, hallId, y) ?? findUnusedRowLetter(placed);
    id = nextFreeCodes(taken, prefix, 1)[0]!;
  }
  return resolved({
    id,
    hallId,
    x,
    y,
    width,
    depth,
    rotation: normalizeDegrees(rotation),
    covered: false,
    powerBoxId: null,
    exhibitorId: null,
    label: id,
    status: "available",
  });
}

/** Adds stands (each with its code) and selects them. */
export function addStands(doc: EditorDoc, args: AddStandsArgs): CommandResult {
  if (args.stands.length === 0) return rejected("selection.empty");
  const changes = startChanges(doc);
  const placed: Stand[] = [...doc.plan.stands];
  for (const spec of args.stands) {
    const stand = buildStand(doc, placed, spec, args.snap);
    if (!stand.ok) return stand;
    placed.push(stand.value);
    changes.add("stands", stand.value);
  }
  const added = placed.slice(doc.plan.stands.length);
  return changes.select(added.map((s) => ({ kind: "stand", id: s.id }))).commit();
}

export function addStand(doc: EditorDoc, args: NewStand & { readonly snap?: SnapStep }): CommandResult {
  const { snap, ...stand } = args;
  return addStands(doc, { stands: [stand], snap });
}

export interface AddRowArgs extends StandShape {
  readonly x: number;
  readonly y: number;
  readonly count: number;
  /** The row runs along x (stands side by side) or along y (one behind the other). */
  readonly direction?: "x" | "y";
  readonly hallId?: string;
  readonly prefix?: string;
  readonly snap?: SnapStep;
}

/** N touching stands in one gesture, numbered consecutively in the row's prefix. */
export function addRow(doc: EditorDoc, args: AddRowArgs): CommandResult {
  const { count, direction = "x" } = args;
  if (!Number.isInteger(count) || count < 1 || count > MAX_ROW_COUNT) {
    return rejected("row.count-invalid", { max: MAX_ROW_COUNT });
  }
  const shape = resolveShape(args);
  if (!shape.ok) return shape;
  if (!areFinite(args.x, args.y)) return rejected("number.not-finite", { field: "position" });
  const { width, depth } = shape.value;
  const x = snapValue(args.x, args.snap);
  const y = snapValue(args.y, args.snap);
  const hallId = args.hallId ?? findHallAt(doc.plan, [x + width / 2, y + depth / 2]);
  const stands = doc.plan.stands;
  const sameRow = direction === "x" ? findRowPrefixAt(stands, hallId, y) : null;
  const prefix = args.prefix ?? sameRow ?? findUnusedRowLetter(stands);
  const codes = nextFreeCodes(
    stands.map((s) => s.id),
    prefix,
    count,
  );
  return addStands(doc, {
    stands: codes.map((code, i) => ({
      code,
      hallId,
      width,
      depth,
      x: direction === "x" ? x + i * width : x,
      y: direction === "y" ? y + i * depth : y,
    })),
  });
}
