import type {
  Exhibitor,
  Exit,
  Obstacle,
  Plan,
  PowerBox,
  Stand,
  Zone,
} from "../../../floorplans/format/schema";

/** What the organiser can select and edit on the canvas. Ids are unique per kind only (RULES.md). */
export type EntityKind = "stand" | "obstacle" | "exit" | "powerBox" | "zone";

export interface EntityRef {
  readonly kind: EntityKind;
  readonly id: string;
}

/** The editor document: the plan being edited plus what is selected in it. */
export interface EditorDoc {
  readonly plan: Plan;
  readonly selection: readonly EntityRef[];
}

/** The plan collections a command may change (exhibitors only through cascades such as pavilion ids). */
export type CollectionKey = "stands" | "obstacles" | "exits" | "powerBoxes" | "zones" | "exhibitors";

export interface CollectionItems {
  stands: Stand;
  obstacles: Obstacle;
  exits: Exit;
  powerBoxes: PowerBox;
  zones: Zone;
  exhibitors: Exhibitor;
}

export const COLLECTION_KEYS: readonly CollectionKey[] = [
  "stands",
  "obstacles",
  "exits",
  "powerBoxes",
  "zones",
  "exhibitors",
];

export const COLLECTION_OF = {
  stand: "stands",
  obstacle: "obstacles",
  exit: "exits",
  powerBox: "powerBoxes",
  zone: "zones",
} as const satisfies Record<EntityKind, CollectionKey>;

export const KIND_OF: Partial<Record<CollectionKey, EntityKind>> = {
  stands: "stand",
  obstacles: "obstacle",
  exits: "exit",
  powerBoxes: "powerBox",
  zones: "zone",
};

/** An entity is placed at `index` of its collection (before the change for removals, after it for additions). */
export interface Placed<T> {
  readonly index: number;
  readonly value: T;
}

export interface Change<T> {
  readonly before: T;
  readonly after: T;
}

export interface CollectionDiff<T> {
  readonly added: readonly Placed<T>[];
  readonly removed: readonly Placed<T>[];
  /** `before.id` and `after.id` differ when a stand's code is changed (the code is the stand id). */
  readonly updated: readonly Change<T>[];
}

export type PlanDiff = { readonly [K in CollectionKey]?: CollectionDiff<CollectionItems[K]> };

/** Everything one command changed: enough to apply it again, or to invert it. */
export interface DocDiff {
  readonly plan: PlanDiff;
  readonly selection?: Change<readonly EntityRef[]>;
}

/** Keys of translatable messages: the view words them (FR/EN), the model only names the reason. */
export const COMMAND_ERROR_REASONS = [
  "entity.not-found",
  "selection.empty",
  "selection.too-few",
  "hall.not-found",
  "code.empty",
  "code.duplicate",
  "code.multiple",
  "id.duplicate",
  "prefix.invalid",
  "size.not-positive",
  "size.too-large",
  "number.not-finite",
  "status.invalid",
  "status.needs-exhibitor",
  "status.has-exhibitor",
  "kind.invalid",
  "value.invalid",
  "prop.unknown",
  "powerBox.not-found",
  "powerBox.other-hall",
  "exhibitor.not-found",
  "stand.blocked",
  "stand.not-assigned",
  "swap.same-stand",
  "swap.nothing",
  "row.count-invalid",
  "polygon.invalid",
  "exit.invalid",
  "exit.off-outline",
  "zone.pavilion-in-use",
  "geometry.unsupported",
] as const;
export type CommandErrorReason = (typeof COMMAND_ERROR_REASONS)[number];

export interface CommandError {
  readonly reason: CommandErrorReason;
  readonly details?: Readonly<Record<string, string | number>>;
}

export type CommandResult =
  | { readonly ok: true; readonly doc: EditorDoc; readonly diff: DocDiff }
  | { readonly ok: false; readonly error: CommandError };

/** Every edit of the plan is one of these: pure, data in, data out (a plan, never an effect). */
export type Command<A> = (doc: EditorDoc, args: A) => CommandResult;

export type XY = readonly [number, number];

export interface Bounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export type { Plan, Stand, Obstacle, Exit, PowerBox, Zone, Exhibitor };
