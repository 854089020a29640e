import type Konva from "konva";
import { memo } from "react";
import { Layer, Line, Shape, Text } from "react-konva";
import type { Hall } from "../../../floorplans/format/schema";
import type { Obstacle, ViewState, XY, Zone } from "../model";
import { boundsOfPoints } from "../model/geometry";
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

function drawGrid(ctx: Konva.Context, shape: Konva.Shape, halls: readonly Hall[], view: ViewState, gridM: number) {
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
      {zones.map((zone) => {
        const style = ZONE_STYLES[zone.kind];
        const box = boundsOfPoints(zone.polygon);
        return [
          <Line
            key={`z-${zone.id}`}
            points={flat(zone.polygon)}
            closed
            fill={style.fill}
            stroke={style.stroke}
            strokeWidth={1.5}
            dash={[8, 4]}
            strokeScaleEnabled={false}
            perfectDrawEnabled={false}
          />,
          // Above the zone, not inside: its stands would hide the name.
          <Text
            key={`zt-${zone.id}`}
            x={box.minX + 0.2}
            y={box.minY - 0.95}
            text={zone.name ?? zone.id}
            fontSize={0.8}
            fill={style.stroke}
            fontStyle="600"
            perfectDrawEnabled={false}
          />,
        ];
      })}
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
      {halls.map((hall) => {
        const box = boundsOfPoints(hall.outline);
        return (
          <Text
            key={`ht-${hall.id}`}
            x={box.minX}
            y={box.minY - 1.6}
            text={hall.name}
            fontSize={1.1}
            fill="#243041"
            fontStyle="700"
            perfectDrawEnabled={false}
          />
        );
      })}
    </Layer>
  );
});
