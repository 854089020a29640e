import { describeExitLengthProblem, describeExitPlacementProblem } from "./exit-checks";
import type { InvalidEntry } from "./issue-messages";
import {
  COLLECTION_KEYS,
  readCollection,
  readId,
  readIdList,
  readPoint,
  readPolygon,
  type CollectionKey,
  type Entry,
} from "./plan-records";
import { describePolygonProblems } from "./polygon-checks";
import { zoneKinds, type Point } from "./schema";

/** Where each id of a collection first appears: id → entry. */
type IdIndex = Map<string, Entry>;
type Report = (path: string, message: string) => void;

interface Context {
  entriesOf: (key: CollectionKey) => Entry[];
  /** The ids of a collection; undefined when it is unreadable (references into it are not judged). */
  idsOf: (key: CollectionKey) => IdIndex | undefined;
  report: Report;
}

/**
 * The checks zod cannot express on one field: duplicate ids, references between collections,
 * simple polygons and doors on walls. `source` is the parsed plan, or the raw input when the
 * schema failed (then only the readable fields are checked, so every problem is still listed).
 */
export function crossCheckPlan(source: unknown): InvalidEntry[] {
  const invalid: InvalidEntry[] = [];
  const report: Report = (path, message) => invalid.push({ path, message });
  const collections = new Map<CollectionKey, Entry[] | undefined>();
  const indexes = new Map<CollectionKey, IdIndex | undefined>();
  for (const key of COLLECTION_KEYS) {
    const entries = readCollection(source, key);
    collections.set(key, entries);
    indexes.set(key, entries && indexIds(key, entries, report));
  }
  const entriesOf = (key: CollectionKey) => collections.get(key) ?? [];
  // With no hall at all (already reported), every hallId would be "unknown": that is noise.
  const idsOf = (key: CollectionKey) =>
    key === "halls" && entriesOf("halls").length === 0 ? undefined : indexes.get(key);
  const context: Context = { entriesOf, idsOf, report };
  checkHallReferences(context);
  checkStandReferences(context);
  checkExhibitorReferences(context);
  checkExits(context, checkPolygons(context));
  return invalid;
}

function indexIds(key: CollectionKey, entries: Entry[], report: Report): IdIndex {
  const index: IdIndex = new Map();
  for (const entry of entries) {
    const id = readId(entry.record.id);
    if (id === undefined) continue;
    const first = index.get(id);
    if (first)
      report(`${key}[${entry.index}].id`, `duplicate id ${JSON.stringify(id)} (also ${key}[${first.index}])`);
    else index.set(id, entry);
  }
  return index;
}

/** Reports an id that names nothing, and returns what it names. */
function checkReference(
  targets: IdIndex | undefined,
  value: unknown,
  path: string,
  noun: string,
  report: Report,
): Entry | undefined {
  const id = readId(value);
  if (id === undefined || targets === undefined) return undefined;
  const target = targets.get(id);
  if (!target) report(path, `unknown ${noun} ${JSON.stringify(id)}`);
  return target;
}

function checkHallReferences({ entriesOf, idsOf, report }: Context): void {
  for (const key of ["obstacles", "exits", "powerBoxes", "zones", "stands"] as const) {
    for (const { index, record } of entriesOf(key)) {
      checkReference(idsOf("halls"), record.hallId, `${key}[${index}].hallId`, "hall", report);
    }
  }
}

function checkStandReferences({ entriesOf, idsOf, report }: Context): void {
  for (const { index, record } of entriesOf("stands")) {
    const path = `stands[${index}]`;
    // A box of another hall is a known reference, so the file is valid: the rule power.out-of-reach
    // reports it (RULES.md lists what makes a file invalid, and this is not among it).
    checkReference(idsOf("powerBoxes"), record.powerBoxId, `${path}.powerBoxId`, "power box", report);
    checkReference(idsOf("exhibitors"), record.exhibitorId, `${path}.exhibitorId`, "exhibitor", report);
  }
}

function checkExhibitorReferences({ entriesOf, idsOf, report }: Context): void {
  for (const { index, record } of entriesOf("exhibitors")) {
    const path = `exhibitors[${index}]`;
    const zone = checkReference(idsOf("zones"), record.pavilionId, `${path}.pavilionId`, "zone", report);
    const kind = zone?.record.kind;
    // An unknown kind is the schema's to report; naming it here too would say the same thing twice.
    if (zoneKinds.some((k) => k === kind) && kind !== "pavilion") {
      report(
        `${path}.pavilionId`,
        `zone ${JSON.stringify(readId(record.pavilionId))} is a ${String(kind)} zone, not a pavilion`,
      );
    }
    for (const list of ["avoid", "near"] as const) {
      readIdList(record[list]).forEach((other, k) => {
        const itemPath = `${path}.${list}[${k}]`;
        if (other !== undefined && other === readId(record.id))
          report(itemPath, "an exhibitor cannot list itself");
        else checkReference(idsOf("exhibitors"), other, itemPath, "exhibitor", report);
      });
    }
  }
}

/** Checks every polygon; returns the valid outline of each hall (first of its id), for the doors. */
function checkPolygons({ entriesOf, idsOf, report }: Context): Map<string, Point[]> {
  const outlines = new Map<string, Point[]>();
  for (const { index, record } of entriesOf("halls")) {
    const outline = readPolygon(record.outline);
    if (!outline) continue;
    const problems = describePolygonProblems(outline);
    for (const message of problems) report(`halls[${index}].outline`, message);
    const id = readId(record.id);
    if (problems.length === 0 && id !== undefined && idsOf("halls")?.get(id)?.index === index)
      outlines.set(id, outline);
  }
  for (const key of ["obstacles", "zones"] as const) {
    for (const { index, record } of entriesOf(key)) {
      const polygon = readPolygon(record.polygon);
      if (polygon)
        for (const message of describePolygonProblems(polygon)) report(`${key}[${index}].polygon`, message);
    }
  }
  return outlines;
}

function checkExits({ entriesOf, report }: Context, outlines: Map<string, Point[]>): void {
  for (const { index, record } of entriesOf("exits")) {
    const a = readPoint(record.a);
    const b = readPoint(record.b);
    if (!a || !b) continue;
    const outline = outlines.get(readId(record.hallId) ?? "");
    // A hall with a broken outline is reported there; its doors cannot be placed until it is fixed.
    const problem =
      describeExitLengthProblem(a, b) ?? (outline ? describeExitPlacementProblem(a, b, outline) : null);
    if (problem) report(`exits[${index}]`, problem);
  }
}
