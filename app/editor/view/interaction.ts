import {
  clickSelection,
  mergeSelection,
  moveEntities,
  resizeStand,
  rotateEntities,
  selectInMarquee,
  toggleRef,
  type MarqueeMode,
  type EntityRef,
  type ResizeHandle,
  type XY,
} from "../model";
import { standCentre } from "../model/geometry";
import { beginDrawing } from "./draw-interactions";
import {
  gesture,
  isDrag,
  snapOf,
  type Interaction,
  type InteractionHost,
  type PointerSample,
} from "./interaction-core";

export type { Interaction, InteractionHost, PointerSample } from "./interaction-core";

function pan(host: InteractionHost, start: PointerSample): Interaction {
  const view0 = host.store.getState().view;
  return {
    kind: "pan",
    move(p) {
      const view = host.store.getState().view;
      host.store.setView({
        ...view,
        x: view0.x + p.screen[0] - start.screen[0],
        y: view0.y + p.screen[1] - start.screen[1],
      });
      return false;
    },
    end() {},
    cancel() {},
  };
}

function moveSelection(host: InteractionHost, start: PointerSample, ref: EntityRef): Interaction {
  const { store } = host;
  const selection = store.getState().doc.selection;
  const wasSelected = selection.some((s) => s.kind === ref.kind && s.id === ref.id);
  // Pressing an unselected shape selects it at once, so the drag that follows moves it.
  if (!wasSelected && !start.shiftKey) store.select([ref]);
  if (!wasSelected && start.shiftKey) store.select(toggleRef(selection, ref));
  return gesture(
    host,
    "move",
    start,
    (p) => {
      const dx = p.plan[0] - start.plan[0];
      const dy = p.plan[1] - start.plan[1];
      store.updateGesture(moveEntities, { dx, dy, snap: snapOf(host, p) });
    },
    (p) => {
      // A click on what was already selected: Shift takes it out, a plain click keeps it alone.
      if (wasSelected) store.select(clickSelection(store.getState().doc.selection, ref, p));
    },
  );
}

function resize(host: InteractionHost, start: PointerSample, id: string, handle: ResizeHandle): Interaction {
  return gesture(
    host,
    "resize",
    start,
    (p) => {
      const dx = p.plan[0] - start.plan[0];
      const dy = p.plan[1] - start.plan[1];
      host.store.updateGesture(resizeStand, { id, handle, dx, dy, snap: snapOf(host, p) });
    },
    () => {},
  );
}

const DEGREES = 180 / Math.PI;

/** Quarter turns by default; Shift turns freely (y points down, so atan2 grows clockwise as Konva's rotation). */
function rotate(host: InteractionHost, start: PointerSample, id: string): Interaction {
  const stand = host.store.getState().doc.plan.stands.find((s) => s.id === id);
  const centre: XY = stand ? standCentre(stand) : start.plan;
  const angle = (p: XY) => Math.atan2(p[1] - centre[1], p[0] - centre[0]) * DEGREES;
  const a0 = angle(start.plan);
  return gesture(
    host,
    "rotate",
    start,
    (p) => {
      host.store.updateGesture(rotateEntities, { by: angle(p.plan) - a0, step: p.shiftKey ? null : 90 });
    },
    () => {},
  );
}

/** Marquee: a left-to-right drag takes what is inside, right-to-left what it touches (as in CAD). */
function marquee(host: InteractionHost, start: PointerSample): Interaction {
  const { store, ui } = host;
  const rectOf = (p: PointerSample) => ({
    rect: {
      minX: Math.min(start.plan[0], p.plan[0]),
      minY: Math.min(start.plan[1], p.plan[1]),
      maxX: Math.max(start.plan[0], p.plan[0]),
      maxY: Math.max(start.plan[1], p.plan[1]),
    },
    mode: p.plan[0] < start.plan[0] ? ("intersect" as const) : ("contain" as const),
  });
  return {
    kind: "marquee",
    move(p) {
      if (isDrag(start, p)) ui.set({ marquee: rectOf(p) });
      return false;
    },
    end(p) {
      ui.set({ marquee: null });
      const selection = store.getState().doc.selection;
      if (!isDrag(start, p)) {
        store.select(clickSelection(selection, null, start));
        return;
      }
      const { rect, mode } = rectOf(p);
      store.select(selectMarquee(host, rect, mode, selection, start.shiftKey));
    },
    cancel() {
      ui.set({ marquee: null });
    },
  };
}

function selectMarquee(
  host: InteractionHost,
  rect: { minX: number; minY: number; maxX: number; maxY: number },
  mode: MarqueeMode,
  selection: readonly EntityRef[],
  shiftKey: boolean,
): readonly EntityRef[] {
  const caught = selectInMarquee(host.store.getState().doc.plan, rect, mode).filter((ref) =>
    host.isVisible(ref),
  );
  return mergeSelection(selection, caught, { shiftKey });
}

/** A click on empty floor: clears the selection (Shift keeps it). A drag: pans. */
function background(host: InteractionHost, start: PointerSample): Interaction {
  const panning = pan(host, start);
  let moved = false;
  return {
    kind: "background",
    move(p) {
      moved ||= isDrag(start, p);
      return moved ? panning.move(p) : false;
    },
    end() {
      if (!moved) host.store.select(clickSelection(host.store.getState().doc.selection, null, start));
    },
    cancel() {},
  };
}

export interface PressOptions {
  /** Middle button or Space held: pan whatever the tool. */
  readonly forcePan: boolean;
}

/** What a press starts, from the tool in use and what lies under the pointer. */
export function beginInteraction(
  host: InteractionHost,
  start: PointerSample,
  options: PressOptions,
): Interaction {
  const { tool } = host.ui.get();
  if (options.forcePan || tool === "pan") return pan(host, start);
  if (tool === "marquee") return marquee(host, start);
  if (tool !== "select") {
    const drawing = host.canEdit ? beginDrawing(host, start, tool) : null;
    if (drawing) return drawing;
  }
  const hit = host.hitTest(start.plan);
  if (hit.type === "resize" && host.canEdit) return resize(host, start, hit.standId, hit.handle);
  if (hit.type === "rotate" && host.canEdit) return rotate(host, start, hit.standId);
  if (hit.type === "entity") return moveSelection(host, start, hit.ref);
  return start.shiftKey ? marquee(host, start) : background(host, start);
}
