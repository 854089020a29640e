import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as commands from "./commands";
import { entitiesOf } from "./document";
import { createHistory, recordDiff, redo, undo } from "./history";
import { createEditorStore } from "./store";
import { buildTestDoc, buildTestPlan } from "./test-fixtures";
import type { CommandResult, EditorDoc, EntityKind, EntityRef } from "./types";

/** A random step, resolved against the document it is applied to (indices wrap around). */
type Op = (doc: EditorDoc) => CommandResult | null;

const quarter = fc.integer({ min: -40, max: 40 }).map((n) => n / 4);
const coord = fc.integer({ min: 0, max: 100 }).map((n) => n / 4);
const picks = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });

function pick(doc: EditorDoc, kind: EntityKind, indices: readonly number[]): EntityRef[] {
  const all = entitiesOf(doc.plan, kind);
  if (all.length === 0) return [];
  const ids = [...new Set(indices.map((i) => all[i % all.length]!.id))];
  return ids.map((id) => ({ kind, id }));
}

const standIds = (doc: EditorDoc, indices: readonly number[]) => pick(doc, "stand", indices).map((r) => r.id);
const withRefs = (refs: EntityRef[], run: (refs: EntityRef[]) => CommandResult) =>
  refs.length ? run(refs) : null;

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ x: coord, y: coord, preset: fc.constantFrom("3x3", "4x3", "6x3", "6x6" as const) }).map(
    (a): Op =>
      (d) =>
        commands.addStand(d, a),
  ),
  fc
    .record({
      x: coord,
      y: coord,
      count: fc.integer({ min: 1, max: 4 }),
      direction: fc.constantFrom("x", "y" as const),
    })
    .map(
      (a): Op =>
        (d) =>
          commands.addRow(d, a),
    ),
  fc.record({ p: picks, dx: quarter, dy: quarter, snap: fc.constantFrom(0.5, null) }).map(
    ({ p, ...a }): Op =>
      (d) =>
        withRefs(pick(d, "stand", p), (refs) => commands.moveEntities(d, { refs, ...a })),
  ),
  fc.record({ p: picks, dx: quarter, dy: quarter, handle: fc.constantFrom(...commands.RESIZE_HANDLES) }).map(
    ({ p, ...a }): Op =>
      (d) =>
        withRefs(pick(d, "stand", p), ([r]) => commands.resizeStand(d, { id: r!.id, snap: 0.5, ...a })),
  ),
  fc.record({ p: picks, by: fc.integer({ min: -360, max: 360 }), free: fc.boolean() }).map(
    ({ p, by, free }): Op =>
      (d) =>
        withRefs(pick(d, "stand", p), (refs) =>
          commands.rotateEntities(d, { refs, by, step: free ? null : 90 }),
        ),
  ),
  picks.map(
    (p): Op =>
      (d) =>
        withRefs(pick(d, "stand", p), (refs) => commands.deleteEntities(d, { refs })),
  ),
  picks.map(
    (p): Op =>
      (d) =>
        withRefs(pick(d, "stand", p), (refs) => commands.duplicateEntities(d, { refs })),
  ),
  fc
    .record({
      p: picks,
      status: fc.constantFrom("available", "held", "reserved" as const),
      covered: fc.boolean(),
    })
    .map(
      ({ p, ...props }): Op =>
        (d) =>
          withRefs(pick(d, "stand", p), () => commands.setStandProps(d, { ids: standIds(d, p), props })),
    ),
  fc.record({ p: fc.nat(), code: fc.constantFrom("A01", "A02", "Z1", "Z2", "B01") }).map(
    ({ p, code }): Op =>
      (d) =>
        withRefs(pick(d, "stand", [p]), ([r]) =>
          commands.setStandProps(d, { ids: [r!.id], props: { code } }),
        ),
  ),
  fc.record({ p: picks, edge: fc.constantFrom(...commands.ALIGN_EDGES) }).map(
    ({ p, edge }): Op =>
      (d) =>
        withRefs(pick(d, "stand", p), (refs) => commands.alignEntities(d, { refs, edge })),
  ),
  fc.record({ p: picks, axis: fc.constantFrom("horizontal", "vertical" as const) }).map(
    ({ p, axis }): Op =>
      (d) =>
        withRefs(pick(d, "stand", p), (refs) => commands.distributeEntities(d, { refs, axis })),
  ),
  fc.record({ p: picks, prefix: fc.constantFrom("A", "B", "R") }).map(
    ({ p, prefix }): Op =>
      (d) =>
        withRefs(pick(d, "stand", p), () => commands.renumberStands(d, { ids: standIds(d, p), prefix })),
  ),
  fc.record({ p: fc.nat(), ex: fc.constantFrom("ex-a", "ex-b", "ex-c") }).map(
    ({ p, ex }): Op =>
      (d) =>
        withRefs(pick(d, "stand", [p]), ([r]) =>
          commands.assignExhibitor(d, { standId: r!.id, exhibitorId: ex }),
        ),
  ),
  fc.nat().map(
    (p): Op =>
      (d) =>
        withRefs(pick(d, "stand", [p]), ([r]) => commands.unassignExhibitor(d, { standId: r!.id })),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Op => (d) => {
    const [ra, rb] = [pick(d, "stand", [a])[0], pick(d, "stand", [b])[0]];
    return ra && rb ? commands.swapExhibitors(d, { a: ra.id, b: rb.id }) : null;
  }),
  fc
    .record({
      kind: fc.constantFrom<EntityKind>("obstacle", "zone", "powerBox", "exit"),
      p: picks,
      dx: quarter,
      dy: quarter,
    })
    .map(
      ({ kind, p, dx, dy }): Op =>
        (d) =>
          withRefs(pick(d, kind, p), (refs) => commands.moveEntities(d, { refs, dx, dy })),
    ),
  fc.record({ kind: fc.constantFrom<EntityKind>("obstacle", "zone", "powerBox"), p: picks }).map(
    ({ kind, p }): Op =>
      (d) =>
        withRefs(pick(d, kind, p), (refs) => commands.deleteEntities(d, { refs })),
  ),
  fc.record({ x: coord, y: coord }).map(
    ({ x, y }): Op =>
      (d) =>
        commands.addObstacle(d, {
          kind: "pillar",
          polygon: [
            [x, y],
            [x + 0.5, y],
            [x + 0.5, y + 0.5],
            [x, y + 0.5],
          ],
        }),
  ),
  coord.map(
    (y): Op =>
      (d) =>
        commands.addPowerBox(d, { at: [1, y] }),
  ),
);

describe("history property", () => {
  it("undoing every command gives back the original document; redoing them all gives the final one", () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 25 }), (ops) => {
        const original = buildTestDoc();
        let doc = original;
        let history = createHistory(1000);
        const docs = [doc];
        for (const op of ops) {
          const result = op(doc);
          if (!result?.ok) continue;
          doc = result.doc;
          history = recordDiff(history, result.diff);
          if (docs.at(-1) !== doc) docs.push(doc);
        }
        const final = doc;
        for (let step = undo(history, doc), i = docs.length - 2; step; step = undo(history, doc), i--) {
          ({ history, doc } = step);
          expect(doc).toEqual(docs[i]);
        }
        expect(doc).toEqual(original);
        for (let step = redo(history, doc); step; step = redo(history, doc)) ({ history, doc } = step);
        expect(doc).toEqual(final);
      }),
      { numRuns: 150 },
    );
  });

  it("through the store, with gestures squashed or cancelled between commands", () => {
    const gesture = fc.record({
      p: picks,
      frames: fc.array(fc.tuple(quarter, quarter), { minLength: 1, maxLength: 8 }),
      cancel: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            opArb.map((op) => ({ op })),
            gesture,
          ),
          { minLength: 1, maxLength: 20 },
        ),
        (steps) => {
          const store = createEditorStore(buildTestPlan(), { historyDepth: 1000 });
          for (const step of steps) {
            if ("op" in step) {
              store.dispatch(
                (d: EditorDoc) => step.op(d) ?? { ok: true, doc: d, diff: { plan: {} } },
                undefined,
              );
              continue;
            }
            const refs = pick(store.getState().doc, "stand", step.p);
            if (refs.length === 0) continue;
            store.select(refs);
            store.beginGesture();
            for (const [dx, dy] of step.frames)
              store.updateGesture(commands.moveEntities, { dx, dy, snap: 0.5 });
            if (step.cancel) store.cancelGesture();
            else store.endGesture();
          }
          const final = store.getState().doc.plan;
          while (store.canUndo()) store.undo();
          expect(store.getState().doc.plan).toEqual(buildTestPlan());
          expect(store.dirty).toBe(false);
          while (store.canRedo()) store.redo();
          expect(store.getState().doc.plan).toEqual(final);
        },
      ),
      { numRuns: 100 },
    );
  });
});
