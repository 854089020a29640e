import Konva from "konva";
import type { Bounds, EditorState, Stand } from "../model";
import { findById } from "../model/id-index";
import { devicePixels, joinAreas, outlineArea } from "./outline-area";
import { dragRect, type PixelRect } from "./drag-canvas";
import { DRAGGED_OPACITY, type DragFrame } from "./drag-frame";
import type { DragPainter } from "./drag-painter.client";
import type { RestingSnapshot } from "./resting-snapshot.client";
import { paintMarks } from "./mark-paint";
import { paintHighlights, paintStands, type PaintStyle } from "./stand-paint";
import type { ViolationMark } from "./violation-marks";

/** Stands changed since the gesture began: the ones it is moving (or drawing). */
function changedSince(base: readonly Stand[], now: readonly Stand[]): Stand[] {
  const changed: Stand[] = [];
  const shared = Math.min(base.length, now.length);
  for (let i = 0; i < shared; i++) if (now[i] !== base[i]) changed.push(now[i]!);
  for (let i = shared; i < now.length; i++) changed.push(now[i]!);
  return changed;
}

/** What the layers paint besides the stands: where the violations are, and how to word a width. */
export interface MarkSource {
  /** The marks to draw; with `only`, those of the violations that name one of these ids. */
  marks(only?: ReadonlySet<string>): readonly ViolationMark[];
  label(metres: number): string;
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

const NONE: ReadonlySet<string> = new Set();
/** The drag layer's canvas when nothing is dragged: one pixel, nothing to clear or composite. */
const EMPTY: PixelRect = { x: 0, y: 0, width: 1, height: 1 };

/** The stand ids a mark joins, from its key (`rule:subject|subject`). */
function markSubjects(mark: ViolationMark): string[] {
  return mark.key.slice(mark.key.indexOf(":") + 1).split("|");
}

/**
 * The stands, as Konva shapes painted in batches (stand-paint.ts), on three layers: the resting
 * stands; the red/amber outlines and marks of the resting stands' violations; and on the drag
 * layer, the stands a gesture is changing with their own outlines and marks. A drag frame repaints
 * only the drag layer, which holds a few stands; the outlines layer is repainted when the rule
 * engine changes the level of a resting stand (an overlap appears or goes), the stands layer when
 * the set of dragged stands changes (drag start and end), when colours change, or when the view
 * moves. All layers are listening(false): hit testing is done in metres (hit-test.ts).
 *
 * With a `painter` (ADR 018), what the drag layer paints is painted by a worker on a canvas of its
 * own, laid just above the drag layer's: the Konva drag layer then stays empty, and each change
 * sends the worker a frame instead of drawing. If the worker fails, the drag layer paints in the
 * page again.
 */
export class StandLayers {
  private stands: readonly Stand[] = [];
  private visible: ReadonlySet<string> = NONE;
  private dragged: ReadonlySet<string> = NONE;
  private draggedStands: readonly Stand[] = [];
  private lastStands: readonly Stand[] | null = null;
  /** The marks of the dragged stands' violations, found once per drag-layer draw. */
  private dragMarks: readonly ViolationMark[] = [];
  /** Where the drag layer's canvas sits on the stage (it covers the dragged stands only). */
  private dragArea: PixelRect = EMPTY;
  /**
   * What the next draw of the resting outlines repaints: a plan rectangle when the only change is
   * the level of a few resting stands during a drag (an overlap with the dragged stand appears or
   * goes), else everything (null: nothing asked for, as when the stage redraws for a new view).
   * `outlinesView` is the transform of the last draw: a partial repaint is only valid on it.
   */
  private outlinesArea: Bounds | "all" | null = null;
  private outlinesView = "";
  private readonly base: Konva.Shape;
  private readonly restingOutlines: Konva.Shape;
  private readonly drag: Konva.Shape;
  private readonly dragOutlines: Konva.Shape;
  /** Whether a frame for the painter is due at the next animation frame. */
  private framePending = false;
  /** Whether the painter's canvas holds nothing (no need to send it an empty frame again). */
  private painterEmpty = true;

  constructor(
    private readonly standsLayer: Konva.Layer,
    private readonly outlinesLayer: Konva.Layer,
    private readonly dragLayer: Konva.Layer,
    private readonly style: () => PaintStyle,
    private readonly source: MarkSource,
    /** Shown instead of the still layers while stands are dragged (ADR 014). */
    private readonly snapshot: RestingSnapshot | null = null,
    /** Paints the drag layer in a worker (ADR 018); null: Konva paints it in the page. */
    private painter: DragPainter | null = null,
  ) {
    const shape = (paint: (ctx: CanvasRenderingContext2D) => void) =>
      new Konva.Shape({
        listening: false,
        perfectDrawEnabled: false,
        sceneFunc: (ctx) => paint(ctx._context),
      });
    // The drag layer's canvas is the dragged stands' rectangle: its shapes paint shifted by its corner.
    const dragShape = (paint: (ctx: CanvasRenderingContext2D) => void) =>
      shape((ctx) => {
        const ratio = this.dragLayer.getCanvas().getPixelRatio();
        const m = ctx.getTransform();
        ctx.setTransform(m.a, m.b, m.c, m.d, m.e - this.dragArea.x * ratio, m.f - this.dragArea.y * ratio);
        paint(ctx);
      });
    const shown = (s: Stand) => this.visible.has(s.hallId);
    const restingStand = (s: Stand) => shown(s) && !this.dragged.has(s.id);
    const dragging = (mark: ViolationMark) => markSubjects(mark).some((id) => this.dragged.has(id));
    this.base = shape((ctx) => paintStands(ctx, this.stands.filter(restingStand), this.style()));
    this.restingOutlines = shape((ctx) => {
      const style = this.style();
      const m = ctx.getTransform();
      const view = `${m.a} ${m.d} ${m.e} ${m.f} ${ctx.canvas.width} ${ctx.canvas.height}`;
      const asked = this.outlinesArea;
      const area = asked !== null && asked !== "all" && view === this.outlinesView ? asked : "all";
      this.outlinesArea = null;
      this.outlinesView = view;
      // The layer does not clear itself (clearBeforeDraw false): all of it, or only the area.
      const pixels = area === "all" ? null : devicePixels(area, m, ctx.canvas);
      if (area !== "all" && !pixels) return;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      if (pixels) {
        ctx.clearRect(pixels.x, pixels.y, pixels.width, pixels.height);
        ctx.beginPath();
        ctx.rect(pixels.x, pixels.y, pixels.width, pixels.height);
        ctx.clip();
      } else ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      ctx.setTransform(m);
      const resting = this.stands.filter(restingStand);
      paintHighlights(ctx, resting, area === "all" ? style : { ...style, bounds: area });
      const marks = this.source.marks();
      paintMarks(
        ctx,
        this.dragged.size > 0 ? marks.filter((mark) => !dragging(mark)) : marks,
        style.scale,
        this.source.label,
      );
      ctx.restore();
    });
    this.drag = dragShape((ctx) => {
      if (this.painter) return;
      paintStands(ctx, this.draggedStands.filter(shown), this.style());
    });
    this.dragOutlines = dragShape((ctx) => {
      if (this.dragged.size === 0 || this.painter) return;
      const style = this.style();
      paintHighlights(ctx, this.draggedStands.filter(shown), style);
      paintMarks(ctx, this.dragMarks, style.scale, this.source.label);
    });
    // A layer of its own for the compositor: moving it is a transform, not a repaint of the page.
    dragLayer.getCanvas()._canvas.style.willChange = "transform";
    // Before each draw (which clears the canvas first), the canvas is fitted to what it will hold.
    dragLayer.on("beforeDraw.standLayers", () => {
      // Painted by the worker: the page's drag layer holds nothing, and a stage redraw (the view
      // moved) means the worker's frame must follow the new view.
      if (this.painter) {
        this.fitDragCanvas(EMPTY);
        this.requestDragDraw();
        return;
      }
      const moving = this.draggedStands.filter(shown);
      // The source gives exactly the marks naming a dragged stand.
      this.dragMarks = this.dragged.size > 0 ? this.source.marks(this.dragged) : [];
      const stage = dragLayer.getStage();
      const area =
        moving.length > 0 && stage
          ? dragRect(
              moving,
              this.dragMarks,
              { x: stage.x(), y: stage.y(), scale: stage.scaleX() },
              { width: stage.width(), height: stage.height() },
              this.dragArea.width > 1 ? this.dragArea : null,
            )
          : null;
      this.fitDragCanvas(area ?? EMPTY);
    });
    // What is being dragged lets the stands under it show through: overlaps are seen, not guessed.
    this.drag.opacity(DRAGGED_OPACITY);
    standsLayer.add(this.base);
    outlinesLayer.clearBeforeDraw(false);
    outlinesLayer.add(this.restingOutlines);
    dragLayer.add(this.drag, this.dragOutlines);
    // The worker cannot run: the drag layer is painted in the page from now on.
    painter?.onFailure(() => {
      this.painter = null;
      this.dragLayer.batchDraw();
    });
  }

  /** Whether the drag layer is painted by the worker ("worker") or in the page ("page"). */
  get dragPaint(): "worker" | "page" {
    return this.painter ? "worker" : "page";
  }

  /** How many stands are drawn (the halls of the venue on screen). */
  get count(): number {
    let n = 0;
    for (const s of this.stands) if (this.visible.has(s.hallId)) n++;
    return n;
  }

  /**
   * Brings the layers in line with the editor state. `restyle` says colours, halls or highlights
   * of resting stands changed, so the stands layer must be repainted even mid-drag.
   */
  sync(state: EditorState, visible: ReadonlySet<string>, restyle: boolean): void {
    const { stands } = state.doc.plan;
    const draggedStands = state.gesture ? changedSince(state.gesture.base.plan.stands, stands) : [];
    const dragged: ReadonlySet<string> =
      draggedStands.length > 0 ? new Set(draggedStands.map((s) => s.id)) : NONE;
    const draggedChanged = !sameIds(dragged, this.dragged);
    const changed = stands !== this.lastStands;
    // During a gesture only the dragged stands change: the resting ones need no repaint.
    const restingChanged = changed && (state.gesture === null || draggedChanged);
    this.stands = stands;
    this.visible = visible;
    this.dragged = dragged;
    this.draggedStands = draggedStands;
    this.lastStands = stands;
    if (draggedChanged) this.snapshot?.setActive(dragged.size > 0);
    if (restyle || draggedChanged || restingChanged) {
      this.standsLayer.batchDraw();
      this.redrawOutlines("all");
    }
    if (restyle || changed || draggedChanged) this.requestDragDraw();
  }

  /**
   * The rule engine's diff changed the level of these stands (or of power boxes: `boxes`, whose
   * overload rings are painted with the outlines): the outlines are repainted — the resting ones
   * only when a resting stand or a box is concerned, and during a drag only around the resting
   * stands concerned (ADR 015).
   */
  highlight(standIds: readonly string[], boxes = false): void {
    const resting = standIds.filter((id) => !this.dragged.has(id));
    if (boxes || resting.length > 0) {
      // During a drag, only the resting stands whose level changed need their outlines repainted.
      const area =
        !boxes && this.dragged.size > 0
          ? outlineArea(
              resting.flatMap((id) => findById(this.stands, id) ?? []),
              this.style().scale,
            )
          : null;
      this.redrawOutlines(area ?? "all");
    }
    if (standIds.length > 0 || boxes) this.requestDragDraw();
  }

  /**
   * New rule results that may change the dragged stands' marks without changing a level (a gap's
   * width): the drag layer is drawn again. Within a drag the next move asks for that draw anyway,
   * and Konva draws a layer once per frame however often it is asked.
   */
  refreshDragMarks(): void {
    if (this.dragged.size > 0) this.requestDragDraw();
  }

  /**
   * The drag layer must show the current state: Konva draws it at the next animation frame, and
   * the worker likewise gets one frame per animation frame, however many changes came before it
   * (a pointer move and the rule worker's answer to the previous one, typically).
   */
  private requestDragDraw(): void {
    if (!this.painter) {
      this.dragLayer.batchDraw();
      return;
    }
    if (this.framePending) return;
    this.framePending = true;
    requestAnimationFrame(() => {
      this.framePending = false;
      this.sendDragFrame();
    });
  }

  private sendDragFrame(): void {
    const painter = this.painter;
    const stage = this.dragLayer.getStage();
    if (!painter || !stage) return;
    const moving = this.dragged.size > 0 ? this.draggedStands.filter((s) => this.visible.has(s.hallId)) : [];
    // Nothing dragged and nothing on the worker's canvas: no frame to send.
    if (moving.length === 0 && this.painterEmpty) return;
    const style = this.style();
    const marks = moving.length > 0 ? this.source.marks(this.dragged) : [];
    const ratio = this.dragLayer.getCanvas().getPixelRatio();
    const frame: DragFrame = {
      width: Math.round(stage.width() * ratio),
      height: Math.round(stage.height() * ratio),
      ratio,
      scale: stage.scaleX(),
      x: stage.x(),
      y: stage.y(),
      bounds: style.bounds,
      stands: moving.map((stand) => ({ stand, fill: style.fillOf(stand), level: style.levelOf(stand.id) })),
      marks,
      labels: marks.map((mark) => (mark.type === "gap" ? this.source.label(mark.distanceM) : "")),
    };
    this.painterEmpty = moving.length === 0;
    painter.draw(frame);
  }

  /** Asks for a draw of the resting outlines; areas asked for before it are joined. */
  private redrawOutlines(area: Bounds | "all"): void {
    const pending = this.outlinesArea;
    // Nothing pending yet: joinAreas(null, area) is the area itself.
    this.outlinesArea = area === "all" || pending === "all" ? "all" : (joinAreas(pending, area) ?? "all");
    this.outlinesLayer.batchDraw();
  }

  private fitDragCanvas(area: PixelRect): void {
    this.dragArea = area;
    const canvas = this.dragLayer.getCanvas();
    canvas.setSizeIfChanged(area.width, area.height);
    const transform = `translate(${area.x}px, ${area.y}px)`;
    const style = canvas._canvas.style;
    if (style.transform !== transform) style.transform = transform;
  }

  destroy(): void {
    this.dragLayer.off("beforeDraw.standLayers");
    this.painter = null;
    this.fitDragCanvas(EMPTY);
    this.base.destroy();
    this.restingOutlines.destroy();
    this.drag.destroy();
    this.dragOutlines.destroy();
  }
}
