/**
 * Figures the editor benchmark reads from the page (tests/bench/editor*.ts): how many pointer
 * moves of a drag were fully handled (document updated, rules re-checked, redraw scheduled), how
 * long the last one took, how many stands are drawn, and whether the stage has drawn yet.
 */
export interface EditorBenchStats {
  movesHandled: number;
  lastMoveMs: number;
  standCount: number;
  ready: boolean;
}

declare global {
  interface Window {
    __alleeEditor?: EditorBenchStats;
  }
}

export function resetEditorStats(): EditorBenchStats {
  const stats: EditorBenchStats = { movesHandled: 0, lastMoveMs: 0, standCount: 0, ready: false };
  window.__alleeEditor = stats;
  return stats;
}
