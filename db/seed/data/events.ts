import { app } from "./application";

/** Midnight or end of day in Paris, as an instant (summer time in May–October: UTC+2). */
function parisSummer(date: string, time = "00:00"): Date {
  return new Date(`${date}T${time}:00+02:00`);
}

/**
 * The venues of the demo. Names must match the `venue` of the halls in floorplans/venues/*.plan.json:
 * the plan import finds venues by name.
 */
export const VENUES = [
  { name: "Friche la Belle de Mai", address: "41 rue Jobin, 13003 Marseille", city: "Marseille", country: "FR" },
  { name: "Seconde Nature (Aix-en-Provence)", address: "27 bis rue du 11 Novembre, 13100 Aix-en-Provence", city: "Aix-en-Provence", country: "FR" },
];

export const VENUE_FILES = ["cartonnerie.plan.json", "seconde-nature-aix.plan.json"];

export const EVENT_2024 = {
  slug: "min-2024",
  name: "Marché des Imaginaires Numériques 2024",
  startsOn: "2024-11-07",
  endsOn: "2024-11-08",
  timezone: "Europe/Paris",
  applicationsOpenAt: parisSummer("2024-05-15"),
  applicationsCloseAt: parisSummer("2024-09-15", "23:59"),
  editDeadlineAt: parisSummer("2024-10-07", "23:59"),
};

/**
 * The previous edition, for the event switcher: same venues, the venue plan without assignments,
 * a handful of closed applications. Older than MIN 2024, so the demo lands on MIN 2024.
 */
export const EVENT_2023 = {
  slug: "min-2023",
  name: "Marché des Imaginaires Numériques 2023",
  startsOn: "2023-11-09",
  endsOn: "2023-11-10",
  timezone: "Europe/Paris",
  applicationsOpenAt: parisSummer("2023-05-15"),
  applicationsCloseAt: parisSummer("2023-09-15", "23:59"),
  editDeadlineAt: parisSummer("2023-10-09", "23:59"),
};

export const APPLICATIONS_2023 = [
  app("studio-lumen", "confirmed", 12, 3, 1, { pavilion: "pav-region-sud" }),
  app("atelier-onde", "confirmed", 9, 2, 1, { pavilion: "pav-region-sud", noise: "quiet" }),
  app("phocea-games", "rejected", 18, 6, 3),
  app("hanbit-immersive", "confirmed", 9, 5, 3, { pavilion: "pav-international" }),
  app("rade-drones", "withdrawn", 36, 8, 3, { noise: "loud" }),
  app("kirie-interactive", "waitlisted", 9, 1, 1, { pavilion: "pav-international" }),
  app("pixel-estaque", "accepted", 9, 2, 1, { pavilion: "pav-region-sud" }),
];
