import { assignExhibitor, screenToPlan, zoomAt } from "../model";
import type { EditorBenchStats } from "./bench-stats";
import { handleEditorKey, isTypingTarget } from "./editor-keys";
import { EXHIBITOR_DRAG_TYPE } from "./exhibitor-filter";
import { dropTargetAt } from "./hit-test";
import { beginInteraction, type Interaction, type InteractionHost, type PointerSample } from "./interaction";
import type { EditorSession } from "./session";
import { wheelZoomFactor } from "./view-math";

const CURSORS: Readonly<Record<string, string>> = {
  n: "ns-resize",
  s: "ns-resize",
  e: "ew-resize",
  w: "ew-resize",
  ne: "nesw-resize",
  sw: "nesw-resize",
  nw: "nwse-resize",
  se: "nwse-resize",
};

/**
 * Wires the canvas container's DOM events to the editor: pointer presses to interactions, the
 * wheel to zoom, exhibitors dropped from the list to assignments, keys to actions. Plain DOM
 * listeners (not Konva's): every layer is listening(false) and hit testing is done in metres.
 * Returns the function that removes them all.
 */
export function attachCanvasInput(
  el: HTMLElement,
  session: EditorSession,
  host: InteractionHost,
  visibleHalls: () => ReadonlySet<string>,
  stats: EditorBenchStats,
  save: () => void,
): () => void {
  const { store, ui } = session;
  let interaction: Interaction | null = null;

  // The container's box, read once per press: reading it on every move of a drag would force a
  // synchronous layout whenever the frame before left something to lay out (ADR 013). Nothing moves
  // the canvas on the page while a button is held; between presses it is read afresh.
  let pressBox: DOMRect | null = null;
  const sample = (e: {
    clientX: number;
    clientY: number;
    shiftKey: boolean;
    altKey: boolean;
  }): PointerSample => {
    const box = pressBox ?? el.getBoundingClientRect();
    const sx = e.clientX - box.left;
    const sy = e.clientY - box.top;
    return {
      screen: [sx, sy],
      plan: screenToPlan(store.getState().view, sx, sy),
      shiftKey: e.shiftKey,
      altKey: e.altKey,
    };
  };
  const cancelInteraction = () => {
    interaction?.cancel();
    interaction = null;
    pressBox = null;
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0 && e.button !== 1) return;
    el.focus({ preventScroll: true });
    el.setPointerCapture(e.pointerId);
    e.preventDefault();
    pressBox = el.getBoundingClientRect();
    interaction = beginInteraction(host, sample(e), { forcePan: e.button === 1 || ui.get().spacePan });
  };
  const onPointerMove = (e: PointerEvent) => {
    const p = sample(e);
    session.cursor.set({ at: p.plan });
    if (!interaction) {
      const hit = host.hitTest(p.plan);
      el.style.cursor =
        ui.get().spacePan || ui.get().tool === "pan"
          ? "grab"
          : hit.type === "resize"
            ? (CURSORS[hit.handle] ?? "move")
            : hit.type === "rotate"
              ? "alias"
              : hit.type === "entity"
                ? "move"
                : ui.get().tool === "select"
                  ? "default"
                  : "crosshair";
      return;
    }
    const started = performance.now();
    if (interaction.move(p)) {
      stats.lastMoveMs = performance.now() - started;
      stats.movesHandled += 1;
    }
  };
  const onPointerUp = (e: PointerEvent) => {
    if (el.hasPointerCapture(e.pointerId)) el.releasePointerCapture(e.pointerId);
    const done = interaction;
    interaction = null;
    done?.end(sample(e));
    pressBox = null;
  };
  const onPointerCancel = () => cancelInteraction();
  // The canvas's moves are the canvas's: they are taken at the window, before anything else sees
  // them, and go no further. React's root listens for pointer and mouse moves in both phases on
  // the document and would route every one of them through the component tree; Konva's stage
  // listens inside the canvas, for layers that do not listen (hit testing is done in metres).
  const inCanvas = (e: Event) => {
    const target = e.target as Node | null;
    return typeof target?.nodeType === "number" && el.contains(target);
  };
  const onWindowPointerMove = (e: PointerEvent) => {
    if (!inCanvas(e)) return;
    e.stopPropagation();
    onPointerMove(e);
  };
  // The mouse events the browser adds to each pointer move: kept from React's root too.
  const onWindowMouseMove = (e: MouseEvent) => {
    if (inCanvas(e)) e.stopPropagation();
  };
  const onPointerLeave = () => session.cursor.set({ at: null });
  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const p = sample(e);
    const factor = wheelZoomFactor(e.deltaY, e.deltaMode, e.ctrlKey);
    store.setView(zoomAt(store.getState().view, factor, p.screen[0], p.screen[1]));
  };

  // Exhibitors dragged from the list (HTML drag and drop): the stand under the pointer, in metres.
  const dropTarget = (e: DragEvent) =>
    dropTargetAt(store.getState().doc.plan, sample(e).plan, visibleHalls());
  const onDragOver = (e: DragEvent) => {
    if (!session.canEdit || !e.dataTransfer?.types.includes(EXHIBITOR_DRAG_TYPE)) return;
    const target = dropTarget(e);
    ui.set({ dropTargetId: target?.id ?? null });
    if (target) {
      e.preventDefault();
      e.dataTransfer.dropEffect = "link";
    }
  };
  const onDragLeave = () => ui.set({ dropTargetId: null });
  const onDrop = (e: DragEvent) => {
    ui.set({ dropTargetId: null });
    const exhibitorId = e.dataTransfer?.getData(EXHIBITOR_DRAG_TYPE);
    const target = dropTarget(e);
    if (!session.canEdit || !exhibitorId || !target) return;
    e.preventDefault();
    store.dispatch(assignExhibitor, { standId: target.id, exhibitorId });
    store.select([{ kind: "stand", id: target.id }]);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.defaultPrevented || isTypingTarget(e.target)) return;
    // Space activates a focused button or link: it only means "pan" on the canvas or the page.
    if (e.key === " " && e.target instanceof HTMLElement && e.target.closest("button, a, summary")) return;
    if (handleEditorKey(session, e, { save, cancelInteraction })) e.preventDefault();
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.key === " ") ui.set({ spacePan: false });
  };
  const onBlur = () => ui.set({ spacePan: false });

  const listeners: [EventTarget, string, EventListener, AddEventListenerOptions?][] = [
    [el, "pointerdown", onPointerDown as EventListener],
    [window, "pointermove", onWindowPointerMove as EventListener, { capture: true }],
    [window, "mousemove", onWindowMouseMove as EventListener, { capture: true }],
    [el, "pointerup", onPointerUp as EventListener],
    [el, "pointercancel", onPointerCancel],
    [el, "lostpointercapture", onPointerCancel],
    [el, "pointerleave", onPointerLeave],
    [el, "wheel", onWheel as EventListener, { passive: false }],
    [el, "dragover", onDragOver as EventListener],
    [el, "dragleave", onDragLeave],
    [el, "drop", onDrop as EventListener],
    [window, "keydown", onKeyDown as EventListener],
    [window, "keyup", onKeyUp as EventListener],
    [window, "blur", onBlur],
  ];
  for (const [target, type, listener, options] of listeners) target.addEventListener(type, listener, options);
  return () => {
    for (const [target, type, listener, options] of listeners)
      target.removeEventListener(type, listener, options);
    cancelInteraction();
  };
}
