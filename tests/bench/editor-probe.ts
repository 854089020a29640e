/**
 * What an editor page exposes to the bench as `window.__alleeEditor` (the real editor and the
 * naive baseline alike): the bench reads the counters before and after a drag.
 */
export interface AlleeEditorProbe {
  /** Pointer moves fully processed (state updated, validation run); +1 per move. */
  movesHandled: number;
  /** How long the last handled move took in the page's own handler, in ms. */
  lastMoveMs: number;
  standCount: number;
  /** True once the stage has drawn the plan. */
  ready: boolean;
}

declare global {
  interface Window {
    __alleeEditor?: AlleeEditorProbe;
  }
}
