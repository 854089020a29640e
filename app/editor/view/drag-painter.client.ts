import type { DragFrame } from "./drag-frame";
import type { ToDragPaintWorker } from "./drag-paint.worker";

/** The little of a Worker the painter uses. */
interface DragPaintPort {
  postMessage(message: ToDragPaintWorker, transfer?: Transferable[]): void;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

/**
 * The drag layer painted by a worker (ADR 018): a canvas of the stage's size, placed just above
 * the Konva drag layer's own canvas, whose drawing is handed to `drag-paint.worker.ts`. The page
 * sends frames (plain data); the worker draws them and the compositor shows them, so a drag frame
 * costs the page's main thread a message instead of a draw, its rasterisation and its commit.
 */
export interface DragPainter {
  /** Sends a frame to paint (the page sends at most one per animation frame; each is drawn as it arrives). */
  draw(frame: DragFrame): void;
  /** The stage's size in CSS pixels: the canvas is shown at that size. */
  setSize(width: number, height: number): void;
  /** Called once if the worker cannot run (its script failed to load, or it threw). */
  onFailure(listener: () => void): void;
  dispose(): void;
}

/** Whether this browser can hand a canvas to a worker. */
function canPaintInWorker(): boolean {
  return (
    typeof Worker === "function" &&
    typeof OffscreenCanvas === "function" &&
    typeof HTMLCanvasElement.prototype.transferControlToOffscreen === "function"
  );
}

/**
 * Puts the worker's canvas just after `after` (the Konva drag layer's canvas) and starts the
 * worker; null when the browser cannot (the drag layer then paints in the page, as before).
 */
export function createDragPainter(after: HTMLCanvasElement): DragPainter | null {
  if (!canPaintInWorker() || !after.parentNode) return null;
  const element = document.createElement("canvas");
  element.setAttribute("aria-hidden", "true");
  element.dataset.dragPaint = "worker";
  Object.assign(element.style, { position: "absolute", top: "0", left: "0", pointerEvents: "none" });
  let port: DragPaintPort;
  try {
    port = new Worker(new URL("./drag-paint.worker.ts", import.meta.url), {
      type: "module",
    }) as unknown as DragPaintPort;
  } catch {
    return null;
  }
  after.parentNode.insertBefore(element, after.nextSibling);
  const offscreen = element.transferControlToOffscreen();
  port.postMessage({ type: "canvas", canvas: offscreen }, [offscreen]);
  let failed = false;
  let disposed = false;
  const listeners: (() => void)[] = [];
  const stop = () => {
    port.onerror = null;
    port.terminate();
    element.remove();
  };
  port.onerror = () => {
    if (failed || disposed) return;
    failed = true;
    stop();
    for (const listener of listeners.splice(0)) listener();
  };
  return {
    draw(frame) {
      if (!failed && !disposed) port.postMessage({ type: "frame", frame });
    },
    setSize(width, height) {
      const w = `${width}px`;
      const h = `${height}px`;
      if (element.style.width !== w) element.style.width = w;
      if (element.style.height !== h) element.style.height = h;
    },
    onFailure(listener) {
      if (failed) listener();
      else listeners.push(listener);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      listeners.length = 0;
      if (!failed) stop();
    },
  };
}
