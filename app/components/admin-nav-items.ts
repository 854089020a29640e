import type { admin } from "~/i18n/locales/admin";

export type StaffRole = "organiser" | "staff";
type NavLabel = Exclude<keyof (typeof admin)["fr"]["nav"], "label">;

export interface AdminNavItem {
  /** Key of the label in `admin:nav`. */
  label: NavLabel;
  /** The link for the event in view; null when the item needs an event and there is none. */
  href: (eventSlug: string | null) => string | null;
  roles: readonly StaffRole[];
  /** Active on the exact path only: the dashboard's path is the prefix of every event page. */
  end?: boolean;
}

const eventPath = (slug: string | null, section = "") => (slug ? `/admin/events/${slug}${section}` : null);

/**
 * The organiser/staff navigation, in display order. A feature that adds a section adds one line
 * here (labels for plan, applications, logistics and exports are already translated).
 */
export const adminNavItems: readonly AdminNavItem[] = [
  { label: "dashboard", href: (slug) => eventPath(slug), roles: ["organiser", "staff"], end: true },
  { label: "plan", href: (slug) => eventPath(slug, "/plan"), roles: ["organiser", "staff"] },
  { label: "applications", href: (slug) => eventPath(slug, "/applications"), roles: ["organiser", "staff"] },
  { label: "logistics", href: (slug) => eventPath(slug, "/logistics"), roles: ["organiser", "staff"] },
  { label: "exports", href: (slug) => eventPath(slug, "/exports"), roles: ["organiser", "staff"] },
  { label: "outbox", href: () => "/admin/outbox", roles: ["organiser"] },
];

export interface VisibleNavItem {
  label: NavLabel;
  to: string;
  end: boolean;
}

export function listVisibleNavItems(role: string, eventSlug: string | null): VisibleNavItem[] {
  return adminNavItems.flatMap((item) => {
    const to = item.href(eventSlug);
    const allowed = (item.roles as readonly string[]).includes(role);
    return allowed && to ? [{ label: item.label, to, end: item.end ?? false }] : [];
  });
}
