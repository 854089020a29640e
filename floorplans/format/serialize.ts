import type { Plan } from "./schema";
import { DEFAULT_RULES } from "./settings";

/**
 * Canonical key order of each kind of object, as RULES.md writes them. A key the schema gains
 * later and this table does not list is still written, after the listed ones, alphabetically.
 */
const KEY_ORDER: Record<string, readonly string[]> = {
  plan: [
    "format",
    "name",
    "assumptions",
    "rules",
    "halls",
    "obstacles",
    "exits",
    "powerBoxes",
    "zones",
    "stands",
    "exhibitors",
  ],
  rules: Object.keys(DEFAULT_RULES),
  halls: ["id", "name", "venue", "outline", "powerSupplyKw"],
  obstacles: ["id", "hallId", "kind", "label", "polygon"],
  exits: ["id", "hallId", "label", "a", "b"],
  powerBoxes: ["id", "hallId", "label", "at", "capacityKw", "phases"],
  zones: ["id", "hallId", "kind", "name", "polygon"],
  stands: [
    "id",
    "hallId",
    "label",
    "x",
    "y",
    "width",
    "depth",
    "rotation",
    "covered",
    "powerBoxId",
    "exhibitorId",
    "status",
    "notes",
  ],
  exhibitors: [
    "id",
    "name",
    "requestedAreaM2",
    "powerKw",
    "phases",
    "pavilionId",
    "avoid",
    "near",
    "noise",
    "priority",
  ],
};

/** Short lists of ids stay on one line; longer ones (assumptions) get a line per item. */
const INLINE_STRINGS_MAX_CHARS = 72;

function orderKeys(value: Record<string, unknown>, kind: string): string[] {
  const order = KEY_ORDER[kind] ?? [];
  const present = Object.keys(value).filter((k) => value[k] !== undefined);
  const listed = order.filter((k) => present.includes(k));
  const others = present.filter((k) => !order.includes(k)).sort();
  return [...listed, ...others];
}

function writeInline(items: readonly unknown[]): string | undefined {
  if (items.every((item) => typeof item === "number"))
    return `[${items.map((n) => JSON.stringify(n)).join(", ")}]`;
  if (!items.every((item) => typeof item === "string")) return undefined;
  const line = `[${items.map((s) => JSON.stringify(s)).join(", ")}]`;
  return line.length <= INLINE_STRINGS_MAX_CHARS ? line : undefined;
}

/** `kind` names the object being written (a collection key for its elements) to pick its key order. */
function writeValue(value: unknown, indent: string, kind: string): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const inline = writeInline(value);
    if (inline !== undefined) return inline;
    return `[\n${value.map((item: unknown) => inner + writeValue(item, inner, kind)).join(",\n")}\n${indent}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = orderKeys(record, kind);
  if (keys.length === 0) return "{}";
  const lines = keys.map((key) => {
    const childKind = kind === "plan" ? key : "";
    return `${inner}${JSON.stringify(key)}: ${writeValue(record[key], inner, childKind)}`;
  });
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

/**
 * The canonical text of a plan: 2-space JSON, keys in a fixed order, points as `[x, y]` on one
 * line, a final newline. Equal plans give identical text, so exports diff cleanly in version
 * control, and the text parses back to an equal plan.
 */
export function serializePlan(plan: Plan): string {
  return `${writeValue(plan, "", "plan")}\n`;
}
