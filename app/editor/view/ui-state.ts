import type { Obstacle, Zone } from "../../../floorplans/format/schema";
import type { Bounds, MarqueeMode, StandPreset, XY } from "../model";
import type { ColourMode } from "./stand-colours";
import { createValueStore, type ValueStore } from "./value-store";

export const TOOLS = [
  "select",
  "marquee",
  "pan",
  "stand",
  "row",
  "obstacle",
  "zone",
  "exit",
  "powerBox",
] as const;
export type ToolId = (typeof TOOLS)[number];

/** Plain-letter shortcuts of the tools (no modifier: the model's actions own the modified keys). */
export const TOOL_KEYS: Readonly<Record<ToolId, string>> = {
  select: "v",
  marquee: "m",
  pan: "h",
  stand: "s",
  row: "n",
  obstacle: "o",
  zone: "z",
  exit: "e",
  powerBox: "b",
};

/** The tools that change the plan (hidden from staff, who read only). */
export const EDIT_TOOLS: readonly ToolId[] = ["stand", "row", "obstacle", "zone", "exit", "powerBox"];

/** Something being drawn that is not yet in the plan (a rectangle of a wall, a zone, a door). */
export interface DrawPreview {
  readonly shape: "rect" | "segment";
  readonly from: XY;
  readonly to: XY;
}

export interface UiState {
  readonly tool: ToolId;
  readonly preset: StandPreset;
  readonly rowCount: number;
  readonly obstacleKind: Obstacle["kind"];
  readonly zoneKind: Zone["kind"];
  /** The hall the switcher shows; the canvas draws every hall of its venue. */
  readonly hallId: string;
  readonly colourMode: ColourMode;
  /** Space held: any drag pans. */
  readonly spacePan: boolean;
  readonly marquee: { readonly rect: Bounds; readonly mode: MarqueeMode } | null;
  readonly preview: DrawPreview | null;
  /** The stand an exhibitor dragged from the list is over. */
  readonly dropTargetId: string | null;
  /** A drag of the plan is under way (the canvas moves its shapes to the drag layer). */
  readonly dragging: boolean;
}

export type UiStore = ValueStore<UiState>;

export function createUiStore(hallId: string): UiStore {
  return createValueStore<UiState>({
    tool: "select",
    preset: "3x3",
    rowCount: 5,
    obstacleKind: "pillar",
    zoneKind: "pavilion",
    hallId,
    colourMode: "status",
    spacePan: false,
    marquee: null,
    preview: null,
    dropTargetId: null,
    dragging: false,
  });
}
