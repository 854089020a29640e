/**
 * Where the event switcher sends someone who is on `pathname`: the same section of the other
 * event (the first segment after the slug: plan, applications…), never a deeper page, whose ids
 * belong to the event being left. Outside an event's pages it goes to the event's home.
 */
export function eventSwitchPath(pathname: string, slug: string): string {
  const section = /^\/admin\/events\/[^/]+(\/[^/]+)?/.exec(pathname)?.[1] ?? "";
  return `/admin/events/${encodeURIComponent(slug)}${section}`;
}
