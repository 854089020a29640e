import { findEntity, type EntityRef, type XY } from "../model";
import { isPointInPolygon } from "../model/geometry";
import { hitTest } from "./hit-test";
import type { InteractionHost } from "./interaction-core";
import type { EditorSession } from "./session";

/** The canvas' side of the interactions, from the session and the halls on screen. */
export function createInteractionHost(
  session: EditorSession,
  visibleHalls: () => ReadonlySet<string>,
): InteractionHost {
  const { store, ui } = session;
  const plan = () => store.getState().doc.plan;
  return {
    store,
    ui,
    canEdit: session.canEdit,
    hitTest(p: XY) {
      const state = store.getState();
      return hitTest(state.doc.plan, p, {
        scale: state.view.scale,
        visibleHalls: visibleHalls(),
        selection: state.doc.selection,
      });
    },
    hallAt(p: XY) {
      const drawn = visibleHalls();
      const hall = plan().halls.find((h) => drawn.has(h.id) && isPointInPolygon(p, h.outline));
      return hall?.id ?? ui.get().hallId;
    },
    hallOutline: (hallId) => plan().halls.find((h) => h.id === hallId)?.outline,
    isVisible(ref: EntityRef) {
      const entity = findEntity(plan(), ref.kind, ref.id);
      return entity !== undefined && visibleHalls().has(entity.hallId);
    },
  };
}
