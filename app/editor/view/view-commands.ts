import { findAction, zoomAt, zoomToBounds } from "../model";
import type { EditorSession } from "./session";
import { hallBounds, hallsOfVenue } from "./view-math";

/** Zoom buttons and + / − keys step by this factor, about the centre of the canvas. */
export const ZOOM_STEP = 1.25;

/** The halls drawn with the one in the switcher: every hall of its venue. */
export function visibleHallIds(session: EditorSession): Set<string> {
  return new Set(hallsOfVenue(session.store.getState().doc.plan, session.ui.get().hallId));
}

/** "Show everything": the halls on screen (other venues reuse coordinates, so not all the plan). */
export function zoomToVisibleHalls(session: EditorSession): void {
  const { store } = session;
  const bounds = hallBounds(store.getState().doc.plan, visibleHallIds(session));
  if (bounds) store.setView(zoomToBounds(store.getState().view, bounds));
}

export function zoomToHall(session: EditorSession, hallId: string): void {
  const { store } = session;
  const bounds = hallBounds(store.getState().doc.plan, [hallId]);
  if (bounds) store.setView(zoomToBounds(store.getState().view, bounds));
}

export function zoomBy(session: EditorSession, factor: number): void {
  const view = session.store.getState().view;
  session.store.setView(zoomAt(view, factor, view.width / 2, view.height / 2));
}

export function zoomToSelection(session: EditorSession): void {
  const action = findAction("zoomToSelection");
  if (action) session.store.perform(action);
}

/** Another hall: its venue is drawn, the selection (possibly elsewhere) is dropped, the hall fills the view. */
export function switchHall(session: EditorSession, hallId: string): void {
  session.ui.set({ hallId });
  session.store.select([]);
  zoomToHall(session, hallId);
}
