import { resolveSnapStep, type EditorStore, type EntityRef, type XY } from "../model";
import type { Hit } from "./hit-test";
import type { UiStore } from "./ui-state";

/** A pointer position, on screen (px from the canvas' corner) and on the plan (metres). */
export interface PointerSample {
  readonly screen: XY;
  readonly plan: XY;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** What an interaction needs from the canvas around it. */
export interface InteractionHost {
  readonly store: EditorStore;
  readonly ui: UiStore;
  readonly canEdit: boolean;
  hitTest(p: XY): Hit;
  /** The drawn hall under `p`, else the hall in the switcher (new shapes belong to it). */
  hallAt(p: XY): string;
  hallOutline(hallId: string): readonly XY[] | undefined;
  /** Marquee selection keeps to the halls on screen. */
  isVisible(ref: EntityRef): boolean;
}

/**
 * One press-drag-release of the pointer. `move` returns true when it changed the document (a
 * gesture frame: what the benchmark counts). Escape and undo end a gesture inside the store; the
 * interaction notices and ignores the rest of the drag.
 */
export interface Interaction {
  readonly kind: string;
  move(p: PointerSample): boolean;
  end(p: PointerSample): void;
  cancel(): void;
}

/** Below this many pixels a press and release is a click, not a drag. */
export const DRAG_THRESHOLD_PX = 3;

export function isDrag(a: PointerSample, b: PointerSample): boolean {
  return Math.hypot(b.screen[0] - a.screen[0], b.screen[1] - a.screen[1]) >= DRAG_THRESHOLD_PX;
}

export function snapOf(host: InteractionHost, p: { altKey: boolean }): number | null {
  return resolveSnapStep(host.store.getState().settings.gridM, p);
}

/**
 * A gesture of the model driven by the pointer: opened on the first real movement, fed with
 * totals since the press, squashed into one history entry on release.
 */
export function gesture(
  host: InteractionHost,
  kind: string,
  start: PointerSample,
  frame: (p: PointerSample) => void,
  onClick: (p: PointerSample) => void,
): Interaction {
  const { store, ui } = host;
  let started = false;
  let over = false;
  const stop = () => {
    over = true;
    ui.set({ dragging: false });
  };
  return {
    kind,
    move(p) {
      if (over || !host.canEdit) return false;
      if (!started) {
        if (!isDrag(start, p)) return false;
        started = true;
        store.beginGesture();
        ui.set({ dragging: true });
      } else if (store.getState().gesture === null) {
        // Escape or undo ended the gesture in the store: the rest of this drag does nothing.
        stop();
        return false;
      }
      frame(p);
      return true;
    },
    end(p) {
      if (over) return;
      if (started && store.getState().gesture !== null) store.endGesture();
      if (!started) onClick(p);
      stop();
    },
    cancel() {
      if (!over && started) store.cancelGesture();
      stop();
    },
  };
}
