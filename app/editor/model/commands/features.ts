import { describeExitPlacementProblem } from "../../../../floorplans/format/exit-checks";
import { obstacleKinds, zoneKinds, type Plan } from "../../../../floorplans/format/schema";
import { startChanges } from "../changes";
import { nextFreeId, normalizeCode } from "../codes";
import { entitiesOf, findEntity, type EntityOfKind } from "../document";
import { boundsCentre, boundsOfPoints, findHallAt } from "../geometry";
import { snapPoint, type SnapStep } from "../snapping";
import type { CommandResult, EditorDoc, EntityKind, Exit, Obstacle, PowerBox, XY, Zone } from "../types";
import { areFinite, rejected, resolved, withoutUndefined, type Resolved } from "./shared";
import { checkExit, checkPolygon } from "./translate";

type FeatureKind = Exclude<EntityKind, "stand">;

/** Id prefixes of new features, after the conventions of the venue files (P1 pillar, EX1 door, B1 box). */
const OBSTACLE_PREFIX: Record<Obstacle["kind"], string> = {
  pillar: "P",
  wall: "W",
  technical: "T",
  "no-build": "NB",
};
const ZONE_PREFIX: Record<Zone["kind"], string> = { pavilion: "PAV", quiet: "Q", demo: "D" };

interface Placement {
  readonly hallId?: string;
  /** Default: P1, EX2… the next free id of the kind's prefix. */
  readonly id?: string;
  readonly snap?: SnapStep;
}

function resolveId(
  plan: Plan,
  kind: FeatureKind,
  wanted: string | undefined,
  prefix: string,
): Resolved<string> {
  const taken = entitiesOf(plan, kind).map((e) => e.id);
  if (wanted === undefined) return resolved(nextFreeId(taken, prefix));
  const id = normalizeCode(wanted);
  if (id === null) return rejected("code.empty");
  return taken.includes(id) ? rejected("id.duplicate", { id }) : resolved(id);
}

function resolveHall(plan: Plan, wanted: string | undefined, at: XY): Resolved<string> {
  const hallId = wanted ?? findHallAt(plan, at);
  return plan.halls.some((h) => h.id === hallId)
    ? resolved(hallId)
    : rejected("hall.not-found", { id: hallId });
}

function commitAdded<K extends FeatureKind>(doc: EditorDoc, kind: K, entity: EntityOfKind[K]): CommandResult {
  return startChanges(doc)
    .addEntity(kind, entity)
    .select([{ kind, id: entity.id }])
    .commit();
}

function preparePolygon(polygon: readonly XY[], snap: SnapStep): Resolved<[number, number][]> {
  return checkPolygon(polygon.map((p) => snapPoint(p, snap)));
}

export interface AddObstacleArgs extends Placement {
  readonly kind: Obstacle["kind"];
  readonly polygon: readonly XY[];
  readonly label?: string;
}

export function addObstacle(doc: EditorDoc, args: AddObstacleArgs): CommandResult {
  if (!obstacleKinds.includes(args.kind)) return rejected("kind.invalid", { kind: String(args.kind) });
  const polygon = preparePolygon(args.polygon, args.snap);
  if (!polygon.ok) return polygon;
  const hallId = resolveHall(doc.plan, args.hallId, boundsCentre(boundsOfPoints(polygon.value)));
  const id = resolveId(doc.plan, "obstacle", args.id, OBSTACLE_PREFIX[args.kind]);
  if (!hallId.ok) return hallId;
  if (!id.ok) return id;
  const obstacle = withoutUndefined({
    id: id.value,
    hallId: hallId.value,
    kind: args.kind,
    polygon: polygon.value,
    label: args.label,
  });
  return commitAdded(doc, "obstacle", obstacle);
}

export interface AddZoneArgs extends Placement {
  readonly kind: Zone["kind"];
  readonly polygon: readonly XY[];
  readonly name?: string;
}

export function addZone(doc: EditorDoc, args: AddZoneArgs): CommandResult {
  if (!zoneKinds.includes(args.kind)) return rejected("kind.invalid", { kind: String(args.kind) });
  const polygon = preparePolygon(args.polygon, args.snap);
  if (!polygon.ok) return polygon;
  const hallId = resolveHall(doc.plan, args.hallId, boundsCentre(boundsOfPoints(polygon.value)));
  const id = resolveId(doc.plan, "zone", args.id, ZONE_PREFIX[args.kind]);
  if (!hallId.ok) return hallId;
  if (!id.ok) return id;
  return commitAdded(
    doc,
    "zone",
    withoutUndefined({
      id: id.value,
      hallId: hallId.value,
      kind: args.kind,
      name: args.name,
      polygon: polygon.value,
    }),
  );
}

export interface AddExitArgs extends Placement {
  readonly a: XY;
  readonly b: XY;
  readonly label?: string;
}

/** A door goes on the wall it was drawn on: by default the hall whose outline holds it. */
export function addExit(doc: EditorDoc, args: AddExitArgs): CommandResult {
  if (!areFinite(...args.a, ...args.b)) return rejected("number.not-finite", { field: "exit" });
  const a = snapPoint(args.a, args.snap);
  const b = snapPoint(args.b, args.snap);
  const onWall = doc.plan.halls.find((h) => describeExitPlacementProblem(a, b, h.outline) === null);
  const hallId = resolveHall(doc.plan, args.hallId ?? onWall?.id, a);
  const id = resolveId(doc.plan, "exit", args.id, "EX");
  if (!hallId.ok) return hallId;
  if (!id.ok) return id;
  const exit = checkExit(
    doc.plan,
    withoutUndefined({ id: id.value, hallId: hallId.value, a, b, label: args.label }),
  );
  return exit.ok ? commitAdded(doc, "exit", exit.value) : exit;
}

export interface AddPowerBoxArgs extends Placement {
  readonly at: XY;
  readonly capacityKw?: number | null;
  readonly phases?: 1 | 3;
  readonly label?: string;
}

export function addPowerBox(doc: EditorDoc, args: AddPowerBoxArgs): CommandResult {
  if (!areFinite(...args.at)) return rejected("number.not-finite", { field: "at" });
  const { capacityKw, phases = 1 } = args;
  if (capacityKw != null && (!areFinite(capacityKw) || capacityKw <= 0))
    return rejected("value.invalid", { field: "capacityKw" });
  if (phases !== 1 && phases !== 3) return rejected("value.invalid", { field: "phases" });
  const at = snapPoint(args.at, args.snap);
  const hallId = resolveHall(doc.plan, args.hallId, at);
  const id = resolveId(doc.plan, "powerBox", args.id, "B");
  if (!hallId.ok) return hallId;
  if (!id.ok) return id;
  const box: PowerBox = withoutUndefined({
    id: id.value,
    hallId: hallId.value,
    at,
    capacityKw,
    phases,
    label: args.label,
  });
  return commitAdded(doc, "powerBox", box);
}

export type SetGeometryArgs =
  | {
      readonly ref: { readonly kind: "obstacle" | "zone"; readonly id: string };
      readonly polygon: readonly XY[];
    }
  | { readonly ref: { readonly kind: "exit"; readonly id: string }; readonly a: XY; readonly b: XY }
  | { readonly ref: { readonly kind: "powerBox"; readonly id: string }; readonly at: XY };

/** Replaces a feature's geometry (vertex edits, a door's ends, a box's position), checked like an import. */
export function setGeometry(doc: EditorDoc, args: SetGeometryArgs): CommandResult {
  const { ref } = args;
  const entity = findEntity(doc.plan, ref.kind, ref.id);
  if (!entity) return rejected("entity.not-found", { kind: ref.kind, id: ref.id });
  const changes = startChanges(doc);
  if ("polygon" in args && (ref.kind === "obstacle" || ref.kind === "zone")) {
    const polygon = checkPolygon(args.polygon);
    if (!polygon.ok) return polygon;
    const next = { ...(entity as Obstacle | Zone), polygon: polygon.value };
    return changes.updateEntity(ref.kind, ref.id, next as EntityOfKind[typeof ref.kind]).commit();
  }
  if ("a" in args && ref.kind === "exit") {
    if (!areFinite(...args.a, ...args.b)) return rejected("number.not-finite", { field: "exit" });
    const exit = checkExit(doc.plan, {
      ...(entity as Exit),
      a: [args.a[0], args.a[1]],
      b: [args.b[0], args.b[1]],
    });
    return exit.ok ? changes.updateEntity("exit", ref.id, exit.value).commit() : exit;
  }
  if ("at" in args && ref.kind === "powerBox") {
    if (!areFinite(...args.at)) return rejected("number.not-finite", { field: "at" });
    return changes
      .updateEntity("powerBox", ref.id, { ...(entity as PowerBox), at: [args.at[0], args.at[1]] })
      .commit();
  }
  return rejected("geometry.unsupported", { kind: ref.kind });
}
