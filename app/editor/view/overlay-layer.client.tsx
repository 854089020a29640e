import { memo, useMemo } from "react";
import { Circle, Group, Layer, Line, Rect, Text } from "react-konva";
import {
  gestureMovesMoreThanStands,
  standCorners,
  type EditorState,
  type EntityRef,
  type Plan,
  type XY,
} from "../model";
import { entityPoints } from "../model/geometry";
import { flat } from "./floor-layer.client";
import { HANDLE_PX, hasHandles, standHandles } from "./hit-test";
import { useEditorState, useSettledPlan, useUi, type EditorSession } from "./session";
import { loadBand, LOAD_FILLS } from "./stand-colours";
import { boxLoads } from "./stand-metrics";
import { AllocationGhosts } from "./allocation-ghost-layer.client";

const SELECTION = "#1d4ed8";
const EXIT = "#0a7d3b";

/** Plan units for a size wanted in screen pixels, at this zoom. */
const px = (n: number, scale: number) => n / scale;

function SelectionOutline({ plan, refs, scale }: { plan: Plan; refs: readonly EntityRef[]; scale: number }) {
  return (
    <>
      {refs.map((ref) => {
        const points = entityPoints(plan, ref);
        if (!points) return null;
        const key = `${ref.kind}:${ref.id}`;
        if (points.length === 1) {
          const [x, y] = points[0]!;
          return (
            <Circle
              key={key}
              x={x}
              y={y}
              radius={px(11, scale)}
              stroke={SELECTION}
              strokeWidth={px(2, scale)}
            />
          );
        }
        return (
          <Line
            key={key}
            points={flat(points)}
            closed={points.length > 2}
            stroke={SELECTION}
            strokeWidth={2}
            strokeScaleEnabled={false}
            perfectDrawEnabled={false}
          />
        );
      })}
    </>
  );
}

function Handles({ plan, id, scale }: { plan: Plan; id: string; scale: number }) {
  const stand = plan.stands.find((s) => s.id === id);
  if (!stand || !hasHandles(stand, scale)) return null;
  const handles = standHandles(stand, scale);
  const size = px(HANDLE_PX, scale);
  const top = standCorners(stand);
  const topMid: XY = [(top[0]![0] + top[1]![0]) / 2, (top[0]![1] + top[1]![1]) / 2];
  return (
    <Group>
      <Line
        points={[...topMid, ...handles.rotate]}
        stroke={SELECTION}
        strokeWidth={1}
        strokeScaleEnabled={false}
      />
      <Circle
        x={handles.rotate[0]}
        y={handles.rotate[1]}
        radius={size * 0.6}
        fill="#ffffff"
        stroke={SELECTION}
        strokeWidth={px(2, scale)}
      />
      {handles.resize.map((h) => (
        <Rect
          key={h.handle}
          x={h.at[0] - size / 2}
          y={h.at[1] - size / 2}
          width={size}
          height={size}
          fill="#ffffff"
          stroke={SELECTION}
          strokeWidth={px(1.5, scale)}
        />
      ))}
    </Group>
  );
}

/** A door: its own memoised node, so that dragging one door or box updates that node only. */
const ExitMarker = memo(function ExitMarker({ exit }: { exit: Plan["exits"][number] }) {
  return (
    <Line
      points={[...exit.a, ...exit.b]}
      stroke={EXIT}
      strokeWidth={6}
      strokeScaleEnabled={false}
      lineCap="round"
    />
  );
});

const BoxMarker = memo(function BoxMarker({
  box,
  fill,
  scale,
}: {
  box: Plan["powerBoxes"][number];
  fill: string;
  scale: number;
}) {
  const size = px(12, scale);
  return (
    <Group x={box.at[0]} y={box.at[1]}>
      <Rect
        x={-size / 2}
        y={-size / 2}
        width={size}
        height={size}
        fill={fill}
        stroke="#243041"
        strokeWidth={px(1.5, scale)}
      />
      {/* The id, short enough to sit beside the box; the label is in the inspector. */}
      {scale >= 8 ? (
        <Text x={size * 0.7} y={-size / 2} text={box.id} fontSize={px(11, scale)} fill="#243041" />
      ) : null}
    </Group>
  );
});

/** Doors and power boxes: memoised on their collections, which a drag of stands leaves alone. */
const Markers = memo(function Markers({
  exits,
  boxes,
  loads,
  halls,
  scale,
}: {
  exits: Plan["exits"];
  boxes: Plan["powerBoxes"];
  loads: ReturnType<typeof boxLoads>;
  halls: ReadonlySet<string>;
  scale: number;
}) {
  return (
    <>
      {exits
        .filter((x) => halls.has(x.hallId))
        .map((x) => (
          <ExitMarker key={x.id} exit={x} />
        ))}
      {boxes
        .filter((b) => halls.has(b.hallId))
        .map((b) => (
          <BoxMarker key={b.id} box={b} fill={LOAD_FILLS[loadBand(loads.get(b.id))]} scale={scale} />
        ))}
    </>
  );
});

/**
 * What changes often and is small: doors, power boxes (over the stands, so they stay clickable),
 * the selection and its handles, the marquee and shapes being drawn (violation marks are painted
 * with the stands' outlines, see stand-layers.client.ts). Sizes are
 * screen pixels turned into metres at the current zoom.
 */
export function OverlayLayer({ session, halls }: { session: EditorSession; halls: ReadonlySet<string> }) {
  // Box loads change with assignments, never during a drag: computed on the settled plan.
  const settled = useSettledPlan(session);
  // While a gesture moves stands only (the common drag), this layer does not follow it: the drag
  // layer shows the moving stands and their outlines, and this layer is not repainted per move.
  const live = useEditorState(session, followedPlan);
  const plan = live ?? settled;
  const selection = useEditorState(session, (s) => s.doc.selection);
  const scale = useEditorState(session, (s) => s.view.scale);
  const marquee = useUi(session, (s) => s.marquee);
  const preview = useUi(session, (s) => s.preview);
  const dropTargetId = useUi(session, (s) => s.dropTargetId);
  const loads = useMemo(() => boxLoads(settled), [settled]);
  const dropTarget = dropTargetId ? plan.stands.find((s) => s.id === dropTargetId) : undefined;
  const only =
    selection.length === 1 && selection[0]!.kind === "stand" && session.canEdit ? selection[0]!.id : null;
  return (
    <Layer listening={false}>
      <AllocationGhosts session={session} plan={settled} halls={halls} scale={scale} />
      <Markers exits={plan.exits} boxes={plan.powerBoxes} loads={loads} halls={halls} scale={scale} />
      {live ? <SelectionOutline plan={plan} refs={selection} scale={scale} /> : null}
      {live && only ? <Handles plan={plan} id={only} scale={scale} /> : null}
      {dropTarget ? (
        <Line
          points={flat(standCorners(dropTarget))}
          closed
          stroke={EXIT}
          strokeWidth={4}
          strokeScaleEnabled={false}
          fill="rgba(10,125,59,0.15)"
        />
      ) : null}
      {marquee ? (
        <Rect
          x={marquee.rect.minX}
          y={marquee.rect.minY}
          width={marquee.rect.maxX - marquee.rect.minX}
          height={marquee.rect.maxY - marquee.rect.minY}
          stroke={SELECTION}
          strokeWidth={1}
          strokeScaleEnabled={false}
          dash={marquee.mode === "intersect" ? [6, 4] : undefined}
          fill="rgba(29, 78, 216, 0.08)"
        />
      ) : null}
      {preview ? (
        <Line
          points={
            preview.shape === "segment"
              ? [...preview.from, ...preview.to]
              : flat([
                  preview.from,
                  [preview.to[0], preview.from[1]],
                  preview.to,
                  [preview.from[0], preview.to[1]],
                ])
          }
          closed={preview.shape === "rect"}
          stroke={SELECTION}
          strokeWidth={2}
          dash={[6, 4]}
          strokeScaleEnabled={false}
        />
      ) : null}
    </Layer>
  );
}

/**
 * The plan this layer draws: the live one, except during a gesture that changes stands only, where
 * it is null (stable, so a pointer move does not re-render the layer).
 */
function followedPlan(state: EditorState): Plan | null {
  if (state.gesture === null) return state.doc.plan;
  return gestureMovesMoreThanStands(state) ? state.doc.plan : null;
}
