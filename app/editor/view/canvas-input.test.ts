import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildTestPlan } from "../model/test-fixtures";
import { attachCanvasInput } from "./canvas-input";
import { createInteractionHost } from "./interaction-host";
import { createEditorSession } from "./session";

/** Just what attachCanvasInput uses of the canvas container, on Node's own EventTarget. */
class FakeContainer extends EventTarget {
  style = { cursor: "" };
  getBoundingClientRect() {
    return { left: 0, top: 0, width: 800, height: 600 } as DOMRect;
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

describe("attachCanvasInput", () => {
  const globals = globalThis as { window?: unknown };
  beforeEach(() => {
    globals.window = new EventTarget();
  });
  afterEach(() => {
    delete globals.window;
  });

  it("keeps the canvas's pointer and mouse moves to itself, while hovering and while dragging", () => {
    const session = createEditorSession(buildTestPlan(), { version: 1, canEdit: true, liveValidation: true });
    session.store.setView({ x: 0, y: 0, scale: 20, width: 800, height: 600 });
    session.ui.set({ hallId: "h1" });
    const el = new FakeContainer();
    const stats = { movesHandled: 0, lastMoveMs: 0, standCount: 0, ready: true };
    const visible = () => new Set(["h1"]);
    const detach = attachCanvasInput(el as unknown as HTMLElement, session, createInteractionHost(session, visible), visible, stats, () => {});

    // React listens at the root for every pointer and mouse move: a move the canvas handled must
    // not travel up to it (it would be routed through the whole component tree for nothing).
    const hover = pointer("pointermove", 100, 100);
    el.dispatchEvent(hover);
    expect(hover.cancelBubble).toBe(true);
    const mouse = pointer("mousemove", 100, 100);
    el.dispatchEvent(mouse);
    expect(mouse.cancelBubble).toBe(true);
    expect(session.cursor.get().at).toEqual([5, 5]);

    el.dispatchEvent(pointer("pointerdown", 100, 100));
    const drag = pointer("pointermove", 140, 120);
    el.dispatchEvent(drag);
    expect(drag.cancelBubble).toBe(true);
    el.dispatchEvent(pointer("pointerup", 140, 120));

    // Other events still bubble: a press is not the canvas's alone.
    const press = pointer("pointerdown", 10, 10);
    el.dispatchEvent(press);
    expect(press.cancelBubble).toBe(false);
    detach();
  });
});
