import type Konva from "konva";
import { memo, useMemo } from "react";
import { Layer, Line, Shape } from "react-konva";
import type { Hall } from "../../../floorplans/format/schema";
import type { Obstacle, ViewState, XY, Zone } from "../model";
import { boundsOfPoints } from "../model/geometry";
import { paintCaptions, type Caption } from "./mark-paint";
import { visiblePlanBounds } from "./view-math";

export const ZONE_STYLES: Readonly<Record<Zone["kind"], { fill: string; stroke: string }>> = {
  pavilion: { fill: "rgba(124, 92, 214, 0.10)", stroke: "#7c5cd6" },
  quiet: { fill: "rgba(46, 139, 87, 0.10)", stroke: "#2e8b57" },
  demo: { fill: "rgba(230, 126, 34, 0.12)", stroke: "#d35400" },
};

const OBSTACLE_STYLES: Readonly<Record<Obstacle["kind"], { fill: string; stroke: string }>> = {
  pillar: { fill: "#4b5563", stroke: "#1f2937" },
  wall: { fill: "#2b3440", stroke: "#111827" },
  technical: { fill: "#b8bfc9", stroke: "#4b5563" },
  "no-build": { fill: "rgba(200, 16, 46, 0.12)", stroke: "#c8102e" },
};

export const flat = (points: readonly XY[]): number[] => points.flatMap(([x, y]) => [x, y]);

/** Finest grid line spacing on screen; finer steps are drawn every 2, 4… steps instead. */
const MIN_GRID_PX = 8;

function drawGrid(
  ctx: Konva.Context,
  shape: Konva.Shape,
  halls: readonly Hall[],
  view: ViewState,
  gridM: number,
) {
  if (halls.length === 0) return;
  let step = gridM;
  while (step * view.scale < MIN_GRID_PX) step *= 2;
  const seen = visiblePlanBounds(view);
  const all = boundsOfPoints(halls.flatMap((h) => h.outline));
  const minX = Math.max(seen.minX, all.minX);
  const maxX = Math.min(seen.maxX, all.maxX);
  const minY = Math.max(seen.minY, all.minY);
  const maxY = Math.min(seen.maxY, all.maxY);
  if (minX >= maxX || minY >= maxY) return;
  ctx.save();
  // Lines only on the floor: the halls' outlines clip them.
  ctx.beginPath();
  for (const hall of halls) {
    hall.outline.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.closePath();
  }
  ctx.clip();
  ctx.beginPath();
  for (let x = Math.ceil(minX / step) * step; x <= maxX; x += step) {
    ctx.moveTo(x, minY);
    ctx.lineTo(x, maxY);
  }
  for (let y = Math.ceil(minY / step) * step; y <= maxY; y += step) {
    ctx.moveTo(minX, y);
    ctx.lineTo(maxX, y);
  }
  ctx.strokeShape(shape);
  ctx.restore();
}

/**
 * What rarely changes and never listens: hall floors, the grid, zones and obstacles. Memoised on
 * the plan's collections, which keep their identity while only stands change, so a drag does not
 * re-render it (the stage's transform still redraws it when the view moves).
 */
/** Names over the outlines: halls, and zones (above them: their stands would hide a name inside). */
function captionsOf(halls: readonly Hall[], zones: readonly Zone[]): Caption[] {
  return [
    ...halls.map((h) => {
      const box = boundsOfPoints(h.outline);
      return {
        text: h.name,
        at: [box.minX, box.minY] as const,
        px: 14,
        colour: "#243041",
        bold: true,
        above: true,
      };
    }),
    ...zones.map((z) => {
      const box = boundsOfPoints(z.polygon);
      return {
        text: z.name ?? z.id,
        at: [box.minX, box.minY] as const,
        px: 11,
        colour: ZONE_STYLES[z.kind].stroke,
        bold: false,
        above: true,
      };
    }),
  ];
}

export const FloorLayer = memo(function FloorLayer({
  halls,
  zones,
  obstacles,
  gridM,
  view,
}: {
  halls: readonly Hall[];
  zones: readonly Zone[];
  obstacles: readonly Obstacle[];
  gridM: number;
  /** Read when the grid is drawn (the view moves every frame of a pan; this layer does not re-render). */
  view: { current: ViewState };
}) {
  const captions = useMemo(() => captionsOf(halls, zones), [halls, zones]);
  return (
    <Layer listening={false}>
      {halls.map((hall) => (
        <Line
          key={hall.id}
          points={flat(hall.outline)}
          closed
          fill="#ffffff"
          stroke="#243041"
          strokeWidth={2}
          strokeScaleEnabled={false}
          perfectDrawEnabled={false}
        />
      ))}
      <Shape
        stroke="#e4e8ee"
        strokeWidth={1}
        strokeScaleEnabled={false}
        perfectDrawEnabled={false}
        gridM={gridM}
        sceneFunc={(ctx, shape) => drawGrid(ctx, shape, halls, view.current, gridM)}
      />
      {zones.map((zone) => (
        <Line
          key={zone.id}
          points={flat(zone.polygon)}
          closed
          fill={ZONE_STYLES[zone.kind].fill}
          stroke={ZONE_STYLES[zone.kind].stroke}
          strokeWidth={1.5}
          dash={[8, 4]}
          strokeScaleEnabled={false}
          perfectDrawEnabled={false}
        />
      ))}
      {obstacles.map((o) => (
        <Line
          key={o.id}
          points={flat(o.polygon)}
          closed
          fill={OBSTACLE_STYLES[o.kind].fill}
          stroke={OBSTACLE_STYLES[o.kind].stroke}
          strokeWidth={1}
          strokeScaleEnabled={false}
          perfectDrawEnabled={false}
        />
      ))}
      <Shape
        perfectDrawEnabled={false}
        sceneFunc={(ctx) => paintCaptions(ctx._context, captions, view.current.scale)}
      />
    </Layer>
  );
});
