import { paintDragFrame, type DragFrame, type FrameTarget } from "./drag-frame";

/**
 * Paints the editor's drag layer off the page's main thread (ADR 018): the page hands over its
 * canvas once (`transferControlToOffscreen`), then sends a DragFrame whenever the dragged stands,
 * their marks or the view change (at most one per animation frame). Each is drawn as it arrives,
 * and the canvas goes to the compositor without a task on the page's thread.
 */
export type ToDragPaintWorker =
  | { readonly type: "canvas"; readonly canvas: OffscreenCanvas }
  | { readonly type: "frame"; readonly frame: DragFrame };

// The project's types are the page's (lib DOM); a worker's global needs only these here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToDragPaintWorker>) => void) | null;
};
let canvas: OffscreenCanvas | null = null;
let context: FrameTarget | null = null;

function draw(frame: DragFrame): void {
  if (!canvas || !context) return;
  if (canvas.width !== frame.width) canvas.width = frame.width;
  if (canvas.height !== frame.height) canvas.height = frame.height;
  paintDragFrame(context, frame);
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === "canvas") {
    canvas = message.canvas;
    context = canvas.getContext("2d") as unknown as FrameTarget | null;
    // Thrown here, the error reaches the page's `onerror`: the page then paints the drag itself.
    if (!context) throw new Error("drag-paint worker: no 2D context for the transferred canvas");
    return;
  }
  draw(message.frame);
};
