import { pointSchema, polygonSchema, type Point } from "./schema";

/**
 * Lenient readers over a plan that may have failed the schema: the cross-checks read only the
 * fields they need, so a file with a bad `width` still gets its duplicate ids and unknown halls
 * reported in the same answer. A field that is malformed reads as undefined (zod reports it).
 */
export type PlanRecord = Record<string, unknown>;
export interface Entry {
  index: number;
  record: PlanRecord;
}

export const COLLECTION_KEYS = [
  "halls",
  "obstacles",
  "exits",
  "powerBoxes",
  "zones",
  "stands",
  "exhibitors",
] as const;
export type CollectionKey = (typeof COLLECTION_KEYS)[number];

function isRecord(value: unknown): value is PlanRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object entries of a collection; undefined when the collection itself is unreadable. */
export function readCollection(source: unknown, key: CollectionKey): Entry[] | undefined {
  if (!isRecord(source)) return undefined;
  const list = source[key];
  if (list === undefined && key !== "halls") return []; // schema default: an absent collection is empty
  if (!Array.isArray(list)) return undefined;
  const entries: Entry[] = [];
  list.forEach((record: unknown, index) => {
    if (isRecord(record)) entries.push({ index, record });
  });
  return entries;
}

/** An id as the schema reads it (trimmed, non-empty), or undefined. */
export function readId(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

export function readIdList(value: unknown): (string | undefined)[] {
  return Array.isArray(value) ? value.map(readId) : [];
}

export function readPoint(value: unknown): Point | undefined {
  const parsed = pointSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function readPolygon(value: unknown): Point[] | undefined {
  const parsed = polygonSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
