import Konva from "konva";
import type { EditorState, Stand } from "../model";
import { paintStands, type PaintStyle } from "./stand-paint";

/** Stands changed since the gesture began: the ones it is moving (or drawing). */
function changedSince(base: readonly Stand[], now: readonly Stand[]): Set<string> {
  const ids = new Set<string>();
  const shared = Math.min(base.length, now.length);
  for (let i = 0; i < shared; i++) if (now[i] !== base[i]) ids.add(now[i]!.id);
  for (let i = shared; i < now.length; i++) ids.add(now[i]!.id);
  return ids;
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The stands, as two Konva shapes painted in batches (stand-paint.ts): the resting stands on the
 * stands layer, and — during a gesture — the stands it changes on the drag layer. A drag frame
 * repaints only the drag layer; the layer with thousands of stands is repainted when the set of
 * dragged stands changes (drag start and end), when colours or highlights change, or when the
 * view moves. Both layers are listening(false): hit testing is done in metres (hit-test.ts).
 */
export class StandLayers {
  private stands: readonly Stand[] = [];
  private visible: ReadonlySet<string> = NONE;
  private dragged: ReadonlySet<string> = NONE;
  private lastStands: readonly Stand[] | null = null;
  private readonly base: Konva.Shape;
  private readonly drag: Konva.Shape;

  constructor(
    private readonly standsLayer: Konva.Layer,
    private readonly dragLayer: Konva.Layer,
    private readonly style: () => PaintStyle,
  ) {
    const shape = (pick: (s: Stand) => boolean) =>
      new Konva.Shape({
        listening: false,
        perfectDrawEnabled: false,
        sceneFunc: (ctx) => {
          const shown = this.stands.filter((s) => this.visible.has(s.hallId) && pick(s));
          paintStands(ctx._context, shown, this.style());
        },
      });
    this.base = shape((s) => !this.dragged.has(s.id));
    this.drag = shape((s) => this.dragged.has(s.id));
    standsLayer.add(this.base);
    dragLayer.add(this.drag);
    // What is being dragged lets the stands under it show through: overlaps are seen, not guessed.
    dragLayer.opacity(0.8);
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
    const dragged = state.gesture ? changedSince(state.gesture.base.plan.stands, stands) : NONE;
    const draggedChanged = !sameIds(dragged, this.dragged);
    // During a gesture only the dragged stands change: the resting ones need no repaint.
    const restingChanged = stands !== this.lastStands && (state.gesture === null || draggedChanged);
    this.stands = stands;
    this.visible = visible;
    this.dragged = dragged;
    this.lastStands = stands;
    if (restyle || draggedChanged || restingChanged) this.standsLayer.batchDraw();
    if (dragged.size > 0 || draggedChanged) this.dragLayer.batchDraw();
  }

  /** The rule engine's diff touched these stands: repaint what shows them. */
  highlight(standIds: readonly string[]): void {
    if (standIds.length === 0) return;
    if (standIds.some((id) => !this.dragged.has(id))) this.standsLayer.batchDraw();
    if (standIds.some((id) => this.dragged.has(id))) this.dragLayer.batchDraw();
  }

  destroy(): void {
    this.base.destroy();
    this.drag.destroy();
  }
}
