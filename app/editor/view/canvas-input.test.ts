import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildTestPlan } from "../model/test-fixtures";
import { attachCanvasInput } from "./canvas-input";
import { createInteractionHost } from "./interaction-host";
import { createEditorSession } from "./session";

/** A canvas inside the container (Konva's), as the target of the events over it. */
const inside = { nodeType: 1 };

/** Just what attachCanvasInput uses of the canvas container, on Node's own EventTarget. */
class FakeContainer extends EventTarget {
  readonly nodeType = 1;
  style = { cursor: "" };
  getBoundingClientRect() {
    return { left: 0, top: 0, width: 800, height: 600 } as DOMRect;
  }
  contains(node: unknown) {
    return node === this || node === inside;
  }
  focus() {}
  setPointerCapture() {}
  hasPointerCapture() {
    return false;
  }
  releasePointerCapture() {}
}

/** A pointer or mouse event at (x, y) px, as Node has no PointerEvent. */
function pointer(type: string, x: number, y: number): Event {
  return Object.assign(new Event(type, { bubbles: true, cancelable: true }), {
    clientX: x,
    clientY: y,
    shiftKey: false,
    altKey: false,
    button: 0,
    pointerId: 1,
  });
}

/** The event as the window sees it in its capture phase: on its way to `target`. */
function towards(event: Event, target: unknown): Event {
  return Object.defineProperty(event, "target", { value: target });
}

describe("attachCanvasInput", () => {
  const globals = globalThis as { window?: unknown };
  beforeEach(() => {
    globals.window = new EventTarget();
  });
  afterEach(() => {
    delete globals.window;
  });

  it("takes the canvas's pointer and mouse moves at the window, before anything else sees them", () => {
    const session = createEditorSession(buildTestPlan(), { version: 1, canEdit: true, liveValidation: true });
    session.store.setView({ x: 0, y: 0, scale: 20, width: 800, height: 600 });
    session.ui.set({ hallId: "h1" });
    const el = new FakeContainer();
    const win = globals.window as EventTarget;
    const stats = { movesHandled: 0, lastMoveMs: 0, standCount: 0, ready: true };
    const visible = () => new Set(["h1"]);
    const detach = attachCanvasInput(
      el as unknown as HTMLElement,
      session,
      createInteractionHost(session, visible),
      visible,
      stats,
      () => {},
    );

    // React listens on the document, in both phases, for every pointer and mouse move; Konva's
    // stage inside the canvas too. A move over the canvas is handled, and stopped, at the window.
    const hover = towards(pointer("pointermove", 100, 100), inside);
    win.dispatchEvent(hover);
    expect(hover.cancelBubble).toBe(true);
    expect(session.cursor.get().at).toEqual([5, 5]);
    const mouse = towards(pointer("mousemove", 100, 100), inside);
    win.dispatchEvent(mouse);
    expect(mouse.cancelBubble).toBe(true);

    // While dragging (the pointer is captured by the container, the target of its moves).
    el.dispatchEvent(pointer("pointerdown", 100, 100));
    const drag = towards(pointer("pointermove", 140, 120), el);
    win.dispatchEvent(drag);
    expect(drag.cancelBubble).toBe(true);
    expect(stats.movesHandled).toBe(1);
    el.dispatchEvent(pointer("pointerup", 140, 120));

    // Moves elsewhere on the page go their way, untouched.
    const elsewhere = towards(pointer("pointermove", 10, 10), { nodeType: 1 });
    win.dispatchEvent(elsewhere);
    expect(elsewhere.cancelBubble).toBe(false);
    expect(session.cursor.get().at).toEqual([7, 6]);

    // Other events still bubble: a press is not the canvas's alone.
    const press = pointer("pointerdown", 10, 10);
    el.dispatchEvent(press);
    expect(press.cancelBubble).toBe(false);

    // Detached, the window's listeners are gone (they were added for the capture phase).
    detach();
    win.dispatchEvent(towards(pointer("pointermove", 400, 300), inside));
    expect(session.cursor.get().at).toEqual([7, 6]);
  });
});
