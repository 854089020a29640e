import type Konva from "konva";

/**
 * While stands are dragged, each layer that the drag leaves alone (the floor, the resting stands,
 * their outlines, the overlay) is shown as a still picture of itself, and its own canvas is hidden
 * (docs/decisions/014).
 *
 * Why: Chromium without a GPU hands the compositor a fresh copy of every visible 2D canvas of the
 * page on every frame in which any canvas changes. With five stage-sized Konva canvases that was
 * about 2 ms of each drag frame (five ProduceCanvasResource and the commit that carries them) for
 * a drag layer of a few hundred pixels. A hidden canvas is not copied, and a picture is an
 * `ImageBitmap` shown through a `bitmaprenderer` context: handed over when it changes, not per frame.
 *
 * The hidden layers keep drawing into their canvases as usual (Konva draws whatever CSS says), and
 * a layer that draws during the drag (the outlines when an overlap appears or goes, every layer
 * when the view moves) has its picture taken again at once (see `take` for when it shows). Each
 * picture sits just above its layer's canvas, so the order of the layers on screen is unchanged.
 * When the drag ends, the canvases are shown again as they are: the same pixels as the pictures,
 * until the redraws the drop asks for (in the same animation frame, before the page is painted).
 */
export class RestingSnapshot {
  private active = false;
  private readonly stills: Still[];

  constructor(layers: readonly Konva.Layer[]) {
    // Without createImageBitmap or `bitmaprenderer` (older browsers) nothing changes.
    this.stills =
      typeof createImageBitmap === "function" ? layers.flatMap((layer) => still(layer) ?? []) : [];
    for (const s of this.stills) s.layer.on("draw.restingSnapshot", () => this.active && this.take(s));
  }

  /** Whether stands are being dragged: the pictures stand in for the layers while they are. */
  setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    for (const s of this.stills) {
      if (active) this.take(s);
      else show(s, false);
    }
  }

  /**
   * Takes the layer's picture as its canvas is now. The copy is made by createImageBitmap, about
   * three times cheaper than drawing into an OffscreenCanvas and transferring it, but it arrives a
   * task later: until the first one has arrived, the layer's own canvas stays on screen, and a
   * later picture may lag its layer by one frame (the outlines of an overlap that just appeared).
   */
  private take(s: Still): void {
    const canvas = s.layer.getCanvas()._canvas;
    if (canvas.width === 0 || canvas.height === 0) return;
    const taken = ++s.taken;
    createImageBitmap(canvas).then(
      (bitmap) => {
        // A later picture is on its way, or the drag is over: this one is of no use.
        if (taken !== s.taken || !this.active) return bitmap.close();
        if (s.picture.width !== bitmap.width || s.picture.height !== bitmap.height) {
          s.picture.width = bitmap.width;
          s.picture.height = bitmap.height;
        }
        if (s.picture.style.width !== canvas.style.width) s.picture.style.width = canvas.style.width;
        if (s.picture.style.height !== canvas.style.height) s.picture.style.height = canvas.style.height;
        s.shown.transferFromImageBitmap(bitmap);
        show(s, true);
      },
      // The canvas could not be read (it was resized to nothing meanwhile): the layer stays as it is.
      () => undefined,
    );
  }

  destroy(): void {
    this.setActive(false);
    for (const s of this.stills) {
      s.layer.off("draw.restingSnapshot");
      s.picture.remove();
    }
  }
}

interface Still {
  readonly layer: Konva.Layer;
  readonly picture: HTMLCanvasElement;
  readonly shown: ImageBitmapRenderingContext;
  /** How many pictures were asked for: only the last one asked for is shown. */
  taken: number;
}

function still(layer: Konva.Layer): Still | null {
  const canvas = layer.getCanvas()._canvas;
  const picture = document.createElement("canvas");
  const shown = picture.getContext("bitmaprenderer");
  if (!shown || !canvas.parentNode) return null;
  picture.setAttribute("aria-hidden", "true");
  Object.assign(picture.style, {
    position: "absolute",
    top: "0",
    left: "0",
    pointerEvents: "none",
    display: "none",
  });
  canvas.parentNode.insertBefore(picture, canvas.nextSibling);
  return { layer, picture, shown, taken: 0 };
}

/** Shows the picture instead of the layer's canvas, or the canvas again. */
function show(s: Still, picture: boolean): void {
  const canvas = s.layer.getCanvas()._canvas.style;
  const visibility = picture ? "hidden" : "";
  if (canvas.visibility !== visibility) canvas.visibility = visibility;
  const display = picture ? "block" : "none";
  if (s.picture.style.display !== display) s.picture.style.display = display;
}
