import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parsePlanJson } from "../../floorplans/format/parse";
import type { Plan } from "../../floorplans/format/schema";

const VENUES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../floorplans/venues");

/** A venue file of floorplans/venues, parsed; a broken file stops the seed with its problems listed. */
export function readVenuePlan(file: string): Plan {
  const full = path.join(VENUES_DIR, file);
  const parsed = parsePlanJson(fs.readFileSync(full, "utf8"));
  if (!parsed.ok) {
    throw new Error(
      `${full} is not a valid plan:\n${parsed.invalid.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`,
    );
  }
  return parsed.plan;
}

/** "seconde-nature" → "SN": a short prefix for ids that would clash once two venue files are merged. */
function prefixFor(plan: Plan): string {
  const hall = plan.halls[0]?.id ?? "X";
  return hall
    .split(/[-_\s]+/)
    .map((word) => word.charAt(0).toUpperCase())
    .join("");
}

/**
 * One event plan from several venue files (an event can span venues). Ids must be unique in a plan
 * and stand codes unique per event, but each venue file numbers its own stands: an id already taken
 * by an earlier file is renamed `PREFIX-id` (e.g. the Aix stand C01 becomes SN-C01).
 */
export function mergeVenuePlans(name: string, plans: Plan[]): Plan {
  const merged: Plan = {
    format: "allee.plan/v1",
    name,
    rules: {},
    halls: [],
    obstacles: [],
    exits: [],
    powerBoxes: [],
    zones: [],
    stands: [],
    exhibitors: [],
  };
  for (const plan of plans) {
    const prefix = prefixFor(plan);
    const rename = <T extends { id: string }>(taken: T[], items: T[]) => {
      const used = new Set(taken.map((t) => t.id));
      return new Map(items.map((item) => [item.id, used.has(item.id) ? `${prefix}-${item.id}` : item.id]));
    };
    const halls = rename(merged.halls, plan.halls);
    const boxes = rename(merged.powerBoxes, plan.powerBoxes);
    const hallOf = (id: string) => halls.get(id) ?? id;
    const idIn = (map: Map<string, string>, id: string) => map.get(id) ?? id;
    const obstacles = rename(merged.obstacles, plan.obstacles);
    const exits = rename(merged.exits, plan.exits);
    const zones = rename(merged.zones, plan.zones);
    const stands = rename(merged.stands, plan.stands);

    merged.rules = { ...plan.rules, ...merged.rules };
    merged.halls.push(...plan.halls.map((h) => ({ ...h, id: hallOf(h.id) })));
    merged.obstacles.push(
      ...plan.obstacles.map((o) => ({ ...o, id: idIn(obstacles, o.id), hallId: hallOf(o.hallId) })),
    );
    merged.exits.push(...plan.exits.map((e) => ({ ...e, id: idIn(exits, e.id), hallId: hallOf(e.hallId) })));
    merged.powerBoxes.push(
      ...plan.powerBoxes.map((b) => ({ ...b, id: idIn(boxes, b.id), hallId: hallOf(b.hallId) })),
    );
    merged.zones.push(...plan.zones.map((z) => ({ ...z, id: idIn(zones, z.id), hallId: hallOf(z.hallId) })));
    merged.stands.push(
      ...plan.stands.map((s) => ({
        ...s,
        id: idIn(stands, s.id),
        label: s.label === s.id ? idIn(stands, s.id) : s.label,
        hallId: hallOf(s.hallId),
        powerBoxId: s.powerBoxId === null ? null : idIn(boxes, s.powerBoxId),
        // Venue files carry no exhibitors; the seed assigns stands from the applications.
        exhibitorId: null,
      })),
    );
  }
  return merged;
}
