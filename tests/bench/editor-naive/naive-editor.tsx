import type { KonvaEventObject } from "konva/lib/Node";
import { useEffect, useState } from "react";
import { Group, Layer, Line, Rect, Stage, Text } from "react-konva";
import type { Plan, Stand } from "../../../floorplans/format/schema";
import { createRuleEngine, type RuleEngine } from "../../../floorplans/rules/engine/rule-engine";
import type { Violation } from "../../../floorplans/rules/types";
import { validatePlan } from "../../../floorplans/rules/validate-plan";

/**
 * The straightforward react-konva editor the bench compares the real one with: one layer, every
 * shape listening, every stand a draggable group, nothing cached, the stands in React state set
 * on every drag move (react-konva flushes that render synchronously inside the Konva event), and
 * the plan checked on every move. Deliberately unoptimised: do not "fix" it, it is the baseline.
 *
 * `full` calls validatePlan on the whole plan per move (what a first version would do); `engine`
 * uses the same incremental rule engine as the real editor, so that only rendering differs.
 */
export type ValidationMode = "full" | "engine" | "off";

const PADDING_PX = 32;
/** Zoom factor per 100 px of wheel delta (one notch of most mice). */
const ZOOM_STEP = 1.1;

function fitView(plan: Plan, width: number, height: number) {
  const xs = plan.halls.flatMap((h) => h.outline.map((p) => p[0]));
  const ys = plan.halls.flatMap((h) => h.outline.map((p) => p[1]));
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * PADDING_PX) / (maxX - minX), (height - 2 * PADDING_PX) / (maxY - minY));
  return { scale, x: width / 2 - ((minX + maxX) / 2) * scale, y: height / 2 - ((minY + maxY) / 2) * scale };
}

function erroneousStands(violations: readonly Violation[]): Set<string> {
  const ids = new Set<string>();
  for (const v of violations) if (v.severity === "error") for (const id of v.subjects) ids.add(id);
  return ids;
}

/** Runs one drag move's work and counts it in window.__alleeEditor, as the real editor does. */
function countMove(work: () => void): void {
  const started = performance.now();
  work();
  const probe = window.__alleeEditor!;
  probe.movesHandled += 1;
  probe.lastMoveMs = performance.now() - started;
}

export function NaiveEditor({ plan, validation }: { plan: Plan; validation: ValidationMode }) {
  const [width, height] = [window.innerWidth, window.innerHeight];
  const [view, setView] = useState(() => fitView(plan, width, height));
  const [stands, setStands] = useState<Stand[]>(plan.stands);
  const [engine] = useState<RuleEngine | null>(() =>
    validation === "engine" ? createRuleEngine(plan) : null,
  );
  const [violations, setViolations] = useState<readonly Violation[]>(() =>
    validation === "off" ? [] : (engine?.violations() ?? validatePlan(plan)),
  );

  useEffect(() => {
    // Two frames: the first commits the canvas, the second has painted it.
    requestAnimationFrame(() => requestAnimationFrame(() => (window.__alleeEditor!.ready = true)));
  }, []);

  function onDragMove(event: KonvaEventObject<DragEvent>, stand: Stand) {
    countMove(() => {
      const moved = {
        ...stand,
        x: event.target.x() - stand.width / 2,
        y: event.target.y() - stand.depth / 2,
      };
      const next = stands.map((s) => (s.id === stand.id ? moved : s));
      setStands(next);
      const nextPlan = { ...plan, stands: next };
      if (validation === "full") setViolations(validatePlan(nextPlan));
      if (engine) {
        engine.updateStands(nextPlan, [stand.id]);
        setViolations(engine.violations());
      }
    });
  }

  function onWheel(event: KonvaEventObject<WheelEvent>) {
    // The usual wheel zoom about the pointer, through React state like everything else here.
    event.evt.preventDefault();
    const pointer = event.target.getStage()!.getPointerPosition()!;
    const scale = view.scale * ZOOM_STEP ** (-event.evt.deltaY / 100);
    const [px, py] = [(pointer.x - view.x) / view.scale, (pointer.y - view.y) / view.scale];
    setView({ scale, x: pointer.x - px * scale, y: pointer.y - py * scale });
  }

  const errors = erroneousStands(violations);
  return (
    <Stage
      width={width}
      height={height}
      scaleX={view.scale}
      scaleY={view.scale}
      x={view.x}
      y={view.y}
      onWheel={onWheel}
    >
      <Layer>
        {plan.halls.map((h) => (
          <Line key={h.id} points={h.outline.flat()} closed stroke="#555" strokeWidth={0.3} fill="#f4f1ea" />
        ))}
        {plan.obstacles.map((o) => (
          <Line key={o.id} points={o.polygon.flat()} closed fill="#888" />
        ))}
        {stands.map((s) => (
          <Group
            key={s.id}
            id={s.id}
            x={s.x + s.width / 2}
            y={s.y + s.depth / 2}
            offsetX={s.width / 2}
            offsetY={s.depth / 2}
            rotation={s.rotation}
            draggable
            onDragMove={(e) => onDragMove(e, s)}
          >
            <Rect
              width={s.width}
              height={s.depth}
              fill={s.exhibitorId ? "#cfe3f7" : "#ffffff"}
              stroke={errors.has(s.id) ? "#d03030" : "#3a5f85"}
              strokeWidth={0.1}
            />
            <Text text={s.label ?? s.id} fontSize={0.8} x={0.2} y={0.2} fill="#222" />
          </Group>
        ))}
      </Layer>
    </Stage>
  );
}
