/** Where an event's application window stands at `now` (null bounds: not opened / no closing date). */
export type ApplicationWindowState = "open" | "notYet" | "ended" | "none";

export function applicationWindowState(
  event: { applicationsOpenAt: Date | null; applicationsCloseAt: Date | null },
  now = new Date(),
): ApplicationWindowState {
  if (!event.applicationsOpenAt) return "none";
  if (now.getTime() < event.applicationsOpenAt.getTime()) return "notYet";
  if (event.applicationsCloseAt && now.getTime() > event.applicationsCloseAt.getTime()) return "ended";
  return "open";
}

/** What the pages need to explain the window (ISO strings: plain loader data). */
export interface ApplicationWindowInfo {
  state: ApplicationWindowState;
  opensAt: string | null;
  closesAt: string | null;
}

export function applicationWindowInfo(
  event: { applicationsOpenAt: Date | null; applicationsCloseAt: Date | null },
  now = new Date(),
): ApplicationWindowInfo {
  return {
    state: applicationWindowState(event, now),
    opensAt: event.applicationsOpenAt?.toISOString() ?? null,
    closesAt: event.applicationsCloseAt?.toISOString() ?? null,
  };
}
