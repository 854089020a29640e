import type Konva from "konva";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Layer, Stage } from "react-konva";
import type { EditorState, Plan, ViewState } from "../model";
import { resetEditorStats } from "./bench-stats";
import { attachCanvasInput } from "./canvas-input";
import { FloorLayer } from "./floor-layer.client";
import { createInteractionHost } from "./interaction-host";
import { OverlayLayer } from "./overlay-layer.client";
import { useEditorState, useUi, type EditorSession } from "./session";
import { colourContext, sameStyle, standFill, type StyleInputs } from "./stand-colours";
import { boxLoads } from "./stand-metrics";
import { createDragPainter, type DragPainter } from "./drag-painter.client";
import { RestingSnapshot } from "./resting-snapshot.client";
import { StandLayers } from "./stand-layers.client";
import type { PaintStyle } from "./stand-paint";
import { splitRefKey } from "./violation-index";
import { hallsOfVenue, visiblePlanBounds } from "./view-math";
import { formatDecimal } from "./number-format";
import { violationMarks } from "./violation-marks";
import type { Violation } from "../../../floorplans/rules/types";
import { useLocale } from "~/components/use-locale";
import { zoomToHall } from "./view-commands";

/** Stands in for the number in the translated wording of a width (« 1,20 m »). */
const WIDTH_SLOT = "\u0001";

/**
 * The Konva stage (client only, loaded after hydration). Halls, grid, zones and obstacles are a
 * memoised react-konva layer; the stands are Konva nodes driven by the store (StandNodes); the
 * overlay holds the selection and what is being drawn. Every layer is listening(false): pointer
 * input is read from the container and hit-tested in metres.
 */
export default function PlanCanvas({ session, onSave }: { session: EditorSession; onSave: () => void }) {
  const { t } = useTranslation("editor");
  const locale = useLocale();
  const { store } = session;
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const standsRef = useRef<Konva.Layer>(null);
  const outlinesRef = useRef<Konva.Layer>(null);
  const dragRef = useRef<Konva.Layer>(null);
  const viewRef = useRef<ViewState>(store.getState().view);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const painterRef = useRef<DragPainter | null>(null);
  const hallId = useUi(session, (s) => s.hallId);
  const halls = useEditorState(session, (s) => s.doc.plan.halls);
  const zones = useEditorState(session, (s) => s.doc.plan.zones);
  const obstacles = useEditorState(session, (s) => s.doc.plan.obstacles);
  const gridM = useEditorState(session, (s) => s.settings.gridM);
  const visible = useMemo(() => new Set(hallsOfVenue({ halls } as Plan, hallId)), [halls, hallId]);
  const floor = useMemo(
    () => ({
      halls: halls.filter((h) => visible.has(h.id)),
      zones: zones.filter((z) => visible.has(z.hallId)),
      obstacles: obstacles.filter((o) => visible.has(o.hallId)),
    }),
    [halls, zones, obstacles, visible],
  );
  // The canvas' own copy, kept by render() from the stores: React re-renders after a hall switch,
  // but the stands and the hit testing must follow at once.
  const visibleRef = useRef(visible);
  const saveRef = useRef(onSave);
  useEffect(() => {
    saveRef.current = onSave;
  });

  // The stage follows its box; the first size known, the current hall is fitted into it.
  useLayoutEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    let first = true;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.max(1, Math.round(entry!.contentRect.width));
      const height = Math.max(1, Math.round(entry!.contentRect.height));
      setSize({ width, height });
      store.setView({ ...store.getState().view, width, height });
      if (first) zoomToHall(session, session.ui.get().hallId);
      first = false;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [session, store]);

  const mounted = size !== null;
  useEffect(() => {
    const stage = stageRef.current;
    const standsLayer = standsRef.current;
    const outlinesLayer = outlinesRef.current;
    const dragLayer = dragRef.current;
    const el = containerRef.current;
    if (!mounted || !stage || !standsLayer || !outlinesLayer || !dragLayer || !el) return;
    const stats = resetEditorStats();
    const index = session.validation?.index;
    let colours = colourContext(store.getState().doc.plan, session.ui.get().colourMode, new Map());
    const style = (): PaintStyle => {
      const view = viewRef.current;
      return {
        fillOf: (stand) => standFill(stand, colours),
        levelOf: (id) => index?.standLevel(id) ?? null,
        scale: view.scale,
        bounds: visiblePlanBounds(view),
      };
    };
    // A drag repaints the widths of the gaps every frame: the wording is translated once, and
    // each width is formatted once (the aisle under the dragged stand changes width on every move).
    const widthTemplate = t("units.m", { value: WIDTH_SLOT });
    const widths = new Map<number, string>();
    const label = (m: number) => {
      let text = widths.get(m);
      if (text === undefined) {
        if (widths.size > 1000) widths.clear();
        text = widthTemplate.replace(WIDTH_SLOT, formatDecimal(locale, m, 2));
        widths.set(m, text);
      }
      return text;
    };
    // Floor, stands, outlines, drag, overlay: all but the drag layer stand still during a drag.
    const still = stage.getLayers().filter((layer) => layer !== dragLayer);
    const snapshot = new RestingSnapshot(still);
    // The drag layer is painted by a worker where the browser allows it (ADR 018).
    const painter = createDragPainter(dragLayer.getCanvas()._canvas);
    painter?.setSize(stage.width(), stage.height());
    painterRef.current = painter;
    const layers = new StandLayers(
      standsLayer,
      outlinesLayer,
      dragLayer,
      style,
      {
        marks: (only) => {
          const state = store.getState();
          // A drag frame needs the dragged stands' violations only: the index has them by stand
          // (without live validation there is no index, and the list is filtered instead).
          if (only && index)
            return violationMarks(state.doc.plan, index.violationsOfStands(only), visibleRef.current);
          return violationMarks(
            state.doc.plan,
            // The engine's own list: the rule worker's latest answer may not be in the store yet.
            session.validation?.violations() ?? (state.violations as readonly Violation[]),
            visibleRef.current,
            only,
          );
        },
        label,
      },
      snapshot,
      painter,
    );
    let lastPlan: Plan | null = null;
    let lastGesture: EditorState["gesture"] = null;
    // What the stand count was taken for (see render).
    let countedLength = -1;
    let countedVisible: ReadonlySet<string> | null = null;
    let lastStyle: StyleInputs | null = null;
    let lastView: ViewState | null = null;

    let visibleKey: [Plan["halls"], string] | null = null;
    // The container's data-* attributes (for tests and tools) are written only when they change:
    // an attribute write invalidates the element's style, and a drag renders on every pointer move.
    let lastSelection: EditorState["doc"]["selection"] | null = null;
    // What was written is kept here: reading `dataset` back costs a DOM call per key and move.
    const written = new Map<string, string>();
    const setData = (key: string, value: string) => {
      if (written.get(key) === value) return;
      written.set(key, value);
      el.dataset[key] = value;
    };
    // For tests and tools: where the rules run, and whether they stopped.
    const validationState = () => {
      const feed = session.validation;
      return !feed ? "off" : feed.failure !== null ? "failed" : feed.mode;
    };
    setData("validation", validationState());
    setData("dragPaint", layers.dragPaint);
    painter?.onFailure(() => setData("dragPaint", layers.dragPaint));
    const render = () => {
      const state = store.getState();
      const { plan } = state.doc;
      const { view } = state;
      const hall = session.ui.get().hallId;
      if (!visibleKey || visibleKey[0] !== plan.halls || visibleKey[1] !== hall) {
        visibleKey = [plan.halls, hall];
        visibleRef.current = new Set(hallsOfVenue(plan, hall));
      }
      if (view !== lastView) {
        lastView = view;
        viewRef.current = view;
        stage.position({ x: view.x, y: view.y });
        stage.scale({ x: view.scale, y: view.scale });
        stage.batchDraw();
      }
      const mode = session.ui.get().colourMode;
      const inputs: StyleInputs = {
        mode,
        exhibitors: plan.exhibitors,
        zones: plan.zones,
        boxes: plan.powerBoxes,
        halls: visibleRef.current,
      };
      // Power colours depend on other stands (the load of a shared box): any stand change restyles.
      const restyle = !sameStyle(lastStyle, inputs) || (mode === "power" && plan.stands !== lastPlan?.stands);
      // A gesture can end without changing the plan (a drop where the drag began): the layers
      // still need to hear that nothing is dragged any more.
      if (plan !== lastPlan || restyle || state.gesture !== lastGesture) {
        if (restyle) colours = colourContext(plan, mode, mode === "power" ? boxLoads(plan) : new Map());
        layers.sync(state, visibleRef.current, restyle);
        lastPlan = plan;
        lastGesture = state.gesture;
        // A walk over every stand: not on each frame of a drag, which moves stands but never
        // adds any (a row or a copy does, and changes the length) nor changes their halls.
        if (!state.gesture || plan.stands.length !== countedLength || visibleRef.current !== countedVisible) {
          stats.standCount = layers.count;
          countedLength = plan.stands.length;
          countedVisible = visibleRef.current;
        }
        lastStyle = inputs;
      }
      if (state.doc.selection !== lastSelection) {
        lastSelection = state.doc.selection;
        setData("selected", lastSelection.length <= 100 ? lastSelection.map((r) => r.id).join(",") : "");
        setData("selectedCount", String(lastSelection.length));
      }
      setData("gesture", state.gesture ? "dragging" : "idle");
      setData("stands", String(stats.standCount));
      setData("viewX", String(view.x));
      setData("viewY", String(view.y));
      setData("scale", String(view.scale));
      setData("errors", String(index?.errors ?? 0));
      setData("warnings", String(index?.warnings ?? 0));
    };

    const unsubscribe = [
      store.subscribe(render),
      session.ui.subscribe(render),
      session.validation?.subscribe((touched) => {
        // The canvas shows the levels of stands (outlines) and of power boxes (the overload ring);
        // those of exhibitors, zones and halls are for the panels only.
        const stands: string[] = [];
        let boxes = false;
        for (const key of touched) {
          const [kind, id] = splitRefKey(key);
          if (kind === "stand") stands.push(id);
          else if (kind === "powerBox") boxes = true;
        }
        layers.highlight(stands, boxes);
        setData("errors", String(index?.errors ?? 0));
        setData("warnings", String(index?.warnings ?? 0));
      }) ?? (() => {}),
      // The rule worker answers after the frame that moved the stand (ADR 017): its results may
      // change the dragged stands' marks (a gap's width) without changing any level.
      session.validation?.onResult(() => {
        layers.refreshDragMarks();
        setData("errors", String(index?.errors ?? 0));
        setData("warnings", String(index?.warnings ?? 0));
        setData("validation", validationState());
      }) ?? (() => {}),
    ];
    const markReady = () => {
      stats.ready = true;
      el.dataset.ready = "true";
      standsLayer.off("draw.ready");
    };
    standsLayer.on("draw.ready", markReady);
    render();
    standsLayer.batchDraw();
    const host = createInteractionHost(session, () => visibleRef.current);
    const detach = attachCanvasInput(
      el,
      session,
      host,
      () => visibleRef.current,
      stats,
      () => saveRef.current(),
    );
    return () => {
      detach();
      for (const off of unsubscribe) off();
      standsLayer.off("draw.ready");
      layers.destroy();
      painter?.dispose();
      painterRef.current = null;
      snapshot.destroy();
      stats.ready = false;
    };
  }, [mounted, session, store, t, locale]);

  // The worker's canvas is shown at the stage's size (its pixels follow with the next frame).
  useEffect(() => {
    if (size) painterRef.current?.setSize(size.width, size.height);
  }, [size]);

  const venue = halls.find((h) => h.id === hallId)?.venue ?? "";
  return (
    <div
      ref={containerRef}
      className="plan-canvas"
      tabIndex={0}
      role="application"
      aria-roledescription={t("title")}
      aria-label={t("canvasLabel", { venue })}
      aria-describedby="plan-canvas-help"
      data-hall={hallId}
    >
      {size ? (
        <Stage ref={stageRef} width={size.width} height={size.height}>
          <FloorLayer
            halls={floor.halls}
            zones={floor.zones}
            obstacles={floor.obstacles}
            gridM={gridM}
            view={viewRef}
          />
          <Layer ref={standsRef} listening={false} />
          <Layer ref={outlinesRef} listening={false} />
          <Layer ref={dragRef} listening={false} />
          <OverlayLayer session={session} halls={visible} />
        </Stage>
      ) : null}
    </div>
  );
}
