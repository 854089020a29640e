import { obstacleKinds, zoneKinds } from "../../../../floorplans/format/schema";
import { startChanges } from "../changes";
import { findEntity, type Entity, type EntityOfKind } from "../document";
import type { CommandResult, EditorDoc, EntityKind, Plan } from "../types";
import { areFinite, rejected, resolved, withoutUndefined, type Resolved } from "./shared";

export type FeatureKind = Exclude<EntityKind, "stand">;

/** Editable fields of obstacles, exits, power boxes and zones (geometry goes through setGeometry). */
export interface FeatureProps {
  readonly kind?: string;
  readonly label?: string | null;
  readonly name?: string | null;
  readonly capacityKw?: number | null;
  readonly phases?: number;
}

const EDITABLE: Record<FeatureKind, readonly (keyof FeatureProps)[]> = {
  obstacle: ["kind", "label"],
  exit: ["label"],
  powerBox: ["label", "capacityKw", "phases"],
  zone: ["kind", "name"],
};

export interface SetFeaturePropsArgs {
  readonly ref: { readonly kind: FeatureKind; readonly id: string };
  readonly props: FeatureProps;
}

function text(value: string | null | undefined, current: string | undefined): string | undefined {
  if (value === undefined) return current;
  return value === null || value.trim() === "" ? undefined : value;
}

function checkKind(
  plan: Plan,
  entityKind: FeatureKind,
  id: string,
  kind: string | undefined,
): Resolved<null> {
  if (kind === undefined) return resolved(null);
  const allowed: readonly string[] = entityKind === "obstacle" ? obstacleKinds : zoneKinds;
  if (!allowed.includes(kind)) return rejected("kind.invalid", { kind });
  // Exhibitors name their pavilion: turning it into a quiet or demo zone would leave them pointing at nothing valid.
  if (entityKind === "zone" && kind !== "pavilion" && plan.exhibitors.some((e) => e.pavilionId === id)) {
    return rejected("zone.pavilion-in-use", { id });
  }
  return resolved(null);
}

function checkBox(props: FeatureProps): Resolved<null> {
  const { capacityKw, phases } = props;
  if (capacityKw != null && (!areFinite(capacityKw) || capacityKw <= 0)) {
    return rejected("value.invalid", { field: "capacityKw" });
  }
  if (phases !== undefined && phases !== 1 && phases !== 3)
    return rejected("value.invalid", { field: "phases" });
  return resolved(null);
}

export function setFeatureProps(doc: EditorDoc, args: SetFeaturePropsArgs): CommandResult {
  const { ref, props } = args;
  const allowed = EDITABLE[ref.kind];
  if (!allowed) return rejected("kind.invalid", { kind: String(ref.kind) });
  const entity = findEntity(doc.plan, ref.kind, ref.id);
  if (!entity) return rejected("entity.not-found", { kind: ref.kind, id: ref.id });
  const unknown = Object.keys(props).find((key) => !allowed.includes(key as keyof FeatureProps));
  if (unknown !== undefined) return rejected("prop.unknown", { prop: unknown });
  const checked =
    ref.kind === "powerBox" ? checkBox(props) : checkKind(doc.plan, ref.kind, ref.id, props.kind);
  if (!checked.ok) return checked;
  const current = entity as Entity & FeatureProps & { label?: string; name?: string };
  const next = withoutUndefined({
    ...current,
    ...(props.kind !== undefined && { kind: props.kind }),
    ...(props.capacityKw !== undefined && { capacityKw: props.capacityKw }),
    ...(props.phases !== undefined && { phases: props.phases }),
    label: allowed.includes("label") ? text(props.label, current.label) : undefined,
    name: allowed.includes("name") ? text(props.name, current.name) : undefined,
  });
  return startChanges(doc)
    .updateEntity(ref.kind, ref.id, next as EntityOfKind[FeatureKind])
    .commit();
}
