import type { Exhibitor, Plan, Stand } from "../../floorplans/format/schema";
import type { SeedApplication } from "./data/application";
import { DEMOS } from "./data/demos";
import { STAND_HOLDS, type StandHold } from "./data/stand-holds";
import { placeExhibitors } from "./placement";
import { boxInsidePolygon, standBox } from "./placement-geometry";

/** The hall where the seed places exhibitors: the first of the first venue file (La Cartonnerie). */
function mainHall(plan: Plan): string {
  const hall = plan.halls[0];
  if (!hall) throw new Error("the venue plan has no hall");
  return hall.id;
}

/** A placement exhibitor from an application; wishes kept only between exhibitors being placed. */
function toExhibitor(
  a: SeedApplication,
  name: string,
  wishes: [string, "near" | "avoid", string][],
  ids: Set<string>,
  pavilions: Set<string>,
): Exhibitor {
  const mine = wishes.filter(([from, , to]) => from === a.slug && ids.has(to));
  return {
    id: a.slug,
    name,
    requestedAreaM2: a.requestedAreaM2,
    powerKw: a.powerKw,
    phases: a.phases,
    pavilionId: a.pavilion !== null && pavilions.has(a.pavilion) ? a.pavilion : null,
    avoid: mine.filter(([, kind]) => kind === "avoid").map(([, , to]) => to),
    near: mine.filter(([, kind]) => kind === "near").map(([, , to]) => to),
    noise: a.noise,
    priority: a.priority,
  };
}

/**
 * The MIN 2024 demo plan: the venue plan with accepted and confirmed exhibitors placed on the
 * Cartonnerie (confirmed first, large stands first as they are scarce), then a few stands held,
 * reserved and blocked. Returns the exhibitors the placement could not seat, besides those left
 * unplaced on purpose.
 */
export function buildDemoPlan(
  venuePlan: Plan,
  applications: SeedApplication[],
  nameOf: (slug: string) => string,
  wishes: [string, "near" | "avoid", string][],
): { plan: Plan; unplaced: string[] } {
  const toPlace = applications
    .map((a, order) => ({ a, order }))
    .filter(({ a }) => a.place && (a.status === "accepted" || a.status === "confirmed"))
    .sort(
      (x, y) =>
        Number(x.a.status !== "confirmed") - Number(y.a.status !== "confirmed") ||
        y.a.requestedAreaM2 - x.a.requestedAreaM2 ||
        x.order - y.order,
    )
    .map(({ a }) => a);
  const ids = new Set(toPlace.map((a) => a.slug));
  const pavilions = new Set(venuePlan.zones.filter((z) => z.kind === "pavilion").map((z) => z.id));
  const exhibitors = toPlace.map((a) => toExhibitor(a, nameOf(a.slug), wishes, ids, pavilions));

  const { plan, unplaced } = placeExhibitors(
    venuePlan,
    mainHall(venuePlan),
    exhibitors.map((exhibitor) => ({ exhibitor, demo: exhibitor.id in DEMOS })),
  );
  const placedIds = new Set(plan.stands.flatMap((s) => (s.exhibitorId === null ? [] : [s.exhibitorId])));
  return {
    plan: { ...applyHolds(plan, STAND_HOLDS), exhibitors: exhibitors.filter((e) => placedIds.has(e.id)) },
    unplaced,
  };
}

function applyHolds(plan: Plan, holds: StandHold[]): Plan {
  const stands = plan.stands.map((s) => ({ ...s }));
  const free = (s: Stand) => s.exhibitorId === null && (s.status ?? "available") === "available";
  const pavilionZones = plan.zones.filter((z) => z.kind === "pavilion");
  for (const hold of holds) {
    const zone = plan.zones.find((z) => z.id === hold.zone);
    const matches = stands.filter((s) => {
      if (!free(s)) return false;
      if (zone) return s.hallId === zone.hallId && boxInsidePolygon(standBox(s), zone.polygon);
      if (hold.hall !== undefined && s.hallId !== hold.hall) return false;
      // Blocking a pavilion stand would shrink a pavilion the applications already fill.
      return (
        hold.status !== "blocked" || !pavilionZones.some((z) => boxInsidePolygon(standBox(s), z.polygon))
      );
    });
    // Options and reservations take the first free stand; a blocked one is the last (the far end of a row).
    const stand = hold.status === "blocked" ? matches.at(-1) : matches[0];
    if (stand) Object.assign(stand, { status: hold.status, notes: hold.notes });
  }
  return { ...plan, stands };
}
