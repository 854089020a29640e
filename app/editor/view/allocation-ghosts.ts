import type { Placement } from "../../../floorplans/allocation/types";
import { createValueStore, useSlice, type ValueStore } from "./value-store";
import type { EditorSession } from "./session";

/**
 * The placements of an allocation proposal still waiting for the organiser's answer: the panel
 * writes them, the canvas overlay draws them as ghosts (dashed stands with the exhibitor's name).
 * Kept per editor session, beside the document and never in it: a ghost is not an edit.
 */
export interface GhostState {
  readonly placements: readonly Placement[];
}

const EMPTY: GhostState = { placements: [] };
const stores = new WeakMap<EditorSession, ValueStore<GhostState>>();

function ghostStore(session: EditorSession): ValueStore<GhostState> {
  let store = stores.get(session);
  if (!store) {
    store = createValueStore<GhostState>(EMPTY);
    stores.set(session, store);
  }
  return store;
}

export function setAllocationGhosts(session: EditorSession, placements: readonly Placement[]): void {
  ghostStore(session).set({ placements });
}

export function useAllocationGhosts(session: EditorSession): readonly Placement[] {
  const store = ghostStore(session);
  return useSlice(store.subscribe, store.get, (s) => s.placements);
}
