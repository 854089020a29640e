import type { StandStatus } from "../../../floorplans/format/schema";
import type { Plan, Stand } from "../model";
import type { BoxLoad } from "./stand-metrics";

export const COLOUR_MODES = ["status", "pavilion", "power"] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

/** Pale fills, so the dark code label and the red/amber outlines of violations stay readable. */
export const STATUS_FILLS: Readonly<Record<StandStatus, string>> = {
  available: "#e3f2e6",
  held: "#fdf0c2",
  reserved: "#fbd9b4",
  assigned: "#c9d4fb",
  blocked: "#c9ccd1",
};

const PAVILION_PALETTE = [
  "#d8c8f5",
  "#bfe3e0",
  "#f7c9d9",
  "#cfe6b8",
  "#f5dcb3",
  "#c6dbf2",
  "#e9d1b8",
  "#d5d5f0",
];
export const NO_PAVILION_FILL = "#eceef1";

export type LoadBand = "none" | "ok" | "high" | "over";
export const LOAD_FILLS: Readonly<Record<LoadBand, string>> = {
  none: "#eceef1",
  ok: "#cfe9d4",
  high: "#fbe3a6",
  over: "#f6b8b8",
};
/** Past 80 % of a box's capacity there is little room left for one more exhibitor. */
export const HIGH_LOAD_SHARE = 0.8;

export function loadBand(load: BoxLoad | undefined): LoadBand {
  if (!load) return "none";
  if (load.demandKw > load.capacityKw) return "over";
  return load.demandKw > HIGH_LOAD_SHARE * load.capacityKw ? "high" : "ok";
}

export function pavilionFills(plan: Plan): Map<string, string> {
  const pavilions = plan.zones.filter((z) => z.kind === "pavilion");
  return new Map(pavilions.map((z, i) => [z.id, PAVILION_PALETTE[i % PAVILION_PALETTE.length]!]));
}

export interface ColourContext {
  readonly mode: ColourMode;
  readonly pavilionOf: ReadonlyMap<string, string | null>;
  readonly pavilionFill: ReadonlyMap<string, string>;
  readonly loads: ReadonlyMap<string, BoxLoad>;
}

/** What a restyle of every stand may depend on, besides each stand's own object. */
export interface StyleInputs {
  readonly mode: ColourMode;
  readonly exhibitors: Plan["exhibitors"];
  readonly zones: Plan["zones"];
  readonly boxes: Plan["powerBoxes"];
  /** The halls on screen. */
  readonly halls: ReadonlySet<string>;
}

/**
 * Whether every stand keeps its colour from `a` to `b`: only what the mode reads counts. By status
 * a stand's colour is its own; a power box dragged across the hall repaints no stand.
 */
export function sameStyle(a: StyleInputs | null, b: StyleInputs): boolean {
  if (a === null || a.mode !== b.mode || a.halls !== b.halls) return false;
  switch (b.mode) {
    case "status":
      return true;
    case "pavilion":
      return a.exhibitors === b.exhibitors && a.zones === b.zones;
    case "power":
      return a.exhibitors === b.exhibitors && a.boxes === b.boxes;
  }
}

/** What a mode needs from the plan, computed once per plan change rather than once per stand. */
export function colourContext(
  plan: Plan,
  mode: ColourMode,
  loads: ReadonlyMap<string, BoxLoad>,
): ColourContext {
  return {
    mode,
    pavilionOf: new Map(plan.exhibitors.map((e) => [e.id, e.pavilionId])),
    pavilionFill: pavilionFills(plan),
    loads,
  };
}

export function standFill(stand: Stand, ctx: ColourContext): string {
  switch (ctx.mode) {
    case "status":
      return STATUS_FILLS[stand.status ?? "available"];
    case "pavilion": {
      const pavilion = stand.exhibitorId === null ? null : ctx.pavilionOf.get(stand.exhibitorId);
      return (pavilion && ctx.pavilionFill.get(pavilion)) || NO_PAVILION_FILL;
    }
    case "power":
      return LOAD_FILLS[loadBand(stand.powerBoxId === null ? undefined : ctx.loads.get(stand.powerBoxId))];
  }
}

/** One legend line: a colour and what it means. */
export type LegendEntry = { readonly fill: string } & (
  | { readonly kind: "status"; readonly status: StandStatus }
  | { readonly kind: "load"; readonly band: LoadBand }
  | { readonly kind: "pavilion"; readonly name: string }
  | { readonly kind: "noPavilion" }
);

export function legendEntries(plan: Plan, mode: ColourMode): LegendEntry[] {
  switch (mode) {
    case "status":
      return (Object.keys(STATUS_FILLS) as StandStatus[]).map((status) => ({
        kind: "status",
        status,
        fill: STATUS_FILLS[status],
      }));
    case "pavilion": {
      const fills = pavilionFills(plan);
      const named: LegendEntry[] = plan.zones
        .filter((z) => fills.has(z.id))
        .map((z) => ({ kind: "pavilion", name: z.name ?? z.id, fill: fills.get(z.id)! }));
      return [...named, { kind: "noPavilion", fill: NO_PAVILION_FILL }];
    }
    case "power":
      return (Object.keys(LOAD_FILLS) as LoadBand[]).map((band) => ({
        kind: "load",
        band,
        fill: LOAD_FILLS[band],
      }));
  }
}
