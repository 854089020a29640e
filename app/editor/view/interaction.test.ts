import { describe, expect, it } from "vitest";
import { countUndoable, type XY } from "../model";
import { buildTestPlan } from "../model/test-fixtures";
import { beginInteraction, type PointerSample } from "./interaction";
import { createInteractionHost } from "./interaction-host";
import { createEditorSession } from "./session";

/** A session on the test plan at 20 px per metre with the origin at the canvas' corner. */
function setup(canEdit = true) {
  const session = createEditorSession(buildTestPlan(), { version: 1, canEdit, liveValidation: true });
  session.store.setView({ x: 0, y: 0, scale: 20, width: 800, height: 600 });
  session.ui.set({ hallId: "h1" });
  const host = createInteractionHost(session, () => new Set(["h1"]));
  const at = (x: number, y: number, mods: Partial<PointerSample> = {}): PointerSample => ({
    plan: [x, y] as XY,
    screen: [x * 20, y * 20] as XY,
    shiftKey: false,
    altKey: false,
    ...mods,
  });
  const press = (p: PointerSample, forcePan = false) => beginInteraction(host, p, { forcePan });
  const stand = (id: string) => session.store.getState().doc.plan.stands.find((s) => s.id === id);
  const errors = () => session.validation!.index.errors;
  return { session, at, press, stand, errors };
}

describe("dragging stands", () => {
  it("moves the pressed stand with snapping, validates every frame and records one history entry", () => {
    const { session, at, press, stand, errors } = setup();
    const before = errors();
    const drag = press(at(3, 3));
    expect(drag.move(at(3.1, 3.1))).toBe(false); // 2.8 px: still a click
    expect(drag.move(at(3.3, 3.3))).toBe(true);
    expect(drag.move(at(5.8, 3.2))).toBe(true);
    // 2.8 m snapped to the 0.5 m grid: A01 now overlaps A02 — seen during the drag, not after it.
    expect(stand("A01")).toMatchObject({ x: 5, y: 2 });
    expect(errors()).toBeGreaterThan(before);
    expect(session.store.getState().gesture).not.toBeNull();
    drag.end(at(5.8, 3.2));
    expect(countUndoable(session.store.getState().history)).toBe(1);
    session.store.undo();
    expect(stand("A01")).toMatchObject({ x: 2, y: 2 });
    expect(errors()).toBe(before);
  });

  it("suspends snapping while Alt is held", () => {
    const { at, press, stand } = setup();
    const drag = press(at(3, 3));
    drag.move(at(3.33, 3.21, { altKey: true }));
    expect(stand("A01")!.x).toBeCloseTo(2.33);
    expect(stand("A01")!.y).toBeCloseTo(2.21);
  });

  it("stops following the pointer once Escape cancelled the drag in the store", () => {
    const { session, at, press, stand } = setup();
    const drag = press(at(3, 3));
    drag.move(at(6, 3));
    session.store.handleKey({
      key: "Escape",
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
    });
    expect(stand("A01")).toMatchObject({ x: 2, y: 2 });
    expect(drag.move(at(9, 3))).toBe(false);
    drag.end(at(9, 3));
    expect(stand("A01")).toMatchObject({ x: 2, y: 2 });
    expect(countUndoable(session.store.getState().history)).toBe(0);
    expect(session.ui.get().dragging).toBe(false);
  });

  it("moves the whole selection when one of its stands is pressed", () => {
    const { session, at, press, stand } = setup();
    session.store.select([
      { kind: "stand", id: "A01" },
      { kind: "stand", id: "A02" },
    ]);
    const drag = press(at(6, 3));
    drag.move(at(6, 5));
    drag.end(at(6, 5));
    expect([stand("A01")!.y, stand("A02")!.y, stand("A03")!.y]).toEqual([4, 4, 2]);
  });

  it("lets staff select but not move", () => {
    const { session, at, press, stand } = setup(false);
    const drag = press(at(3, 3));
    expect(drag.move(at(6, 3))).toBe(false);
    drag.end(at(6, 3));
    expect(stand("A01")).toMatchObject({ x: 2 });
    expect(session.store.getState().doc.selection).toEqual([{ kind: "stand", id: "A01" }]);
  });
});

describe("clicks and the marquee", () => {
  it("selects on click, toggles with Shift, clears on empty floor", () => {
    const { session, at, press } = setup();
    const click = (p: PointerSample) => press(p).end(p);
    click(at(3, 3));
    click(at(6, 3, { shiftKey: true }));
    expect(session.store.getState().doc.selection.map((r) => r.id)).toEqual(["A01", "A02"]);
    click(at(3, 3, { shiftKey: true }));
    expect(session.store.getState().doc.selection.map((r) => r.id)).toEqual(["A02"]);
    click(at(14, 17));
    expect(session.store.getState().doc.selection).toEqual([]);
  });

  it("selects what a left-to-right marquee contains, and what a right-to-left one touches", () => {
    const { session, at, press } = setup();
    session.ui.set({ tool: "marquee" });
    let drag = press(at(1, 1.5));
    drag.move(at(9, 5.5));
    expect(session.ui.get().marquee?.mode).toBe("contain");
    drag.end(at(9, 5.5));
    expect(session.store.getState().doc.selection.map((r) => r.id)).toEqual(["A01", "A02"]);
    drag = press(at(9, 5.5));
    drag.end(at(4, 4));
    expect(session.store.getState().doc.selection.map((r) => r.id)).toEqual(["A01", "A02", "A03"]);
    expect(session.ui.get().marquee).toBeNull();
  });

  it("pans when the empty floor is dragged, or anywhere with Space held", () => {
    const { session, at, press } = setup();
    const drag = press(at(14, 17));
    drag.move(at(15, 17));
    expect(session.store.getState().view.x).toBeCloseTo(20);
    const space = press(at(3, 3), true);
    space.move(at(3, 4));
    expect(session.store.getState().view.y).toBeCloseTo(20);
    expect(session.store.getState().doc.selection).toEqual([]);
  });
});

describe("resizing, turning and drawing", () => {
  it("resizes from a handle of the selected stand", () => {
    const { session, at, press, stand } = setup();
    session.store.select([{ kind: "stand", id: "A01" }]);
    const drag = press(at(5, 5));
    drag.move(at(5, 7.2));
    drag.end(at(5, 7.2));
    expect(stand("A01")).toMatchObject({ x: 2, y: 2, width: 3, depth: 5 });
  });

  it("turns by quarter turns, freely with Shift", () => {
    const { session, at, press, stand } = setup();
    session.store.select([{ kind: "stand", id: "A01" }]);
    const handle = at(3.5, 2 - 26 / 20);
    let drag = press(handle);
    drag.move(at(6, 3.4));
    drag.end(at(6, 3.4));
    expect(stand("A01")!.rotation).toBe(90);
    // Turned a quarter, the handle that was above the stand is now on its right.
    drag = press(at(3.5 + 1.5 + 26 / 20, 3.5));
    drag.move(at(1.2, 2.9, { shiftKey: true }));
    drag.end(at(1.2, 2.9, { shiftKey: true }));
    expect(stand("A01")!.rotation % 90).not.toBe(0);
  });

  it("draws a stand by dragging, checked live, and goes back to selection", () => {
    const { session, at, press, errors } = setup();
    session.ui.set({ tool: "stand" });
    const before = errors();
    const drag = press(at(7, 6));
    drag.move(at(8, 7));
    drag.move(at(10.2, 9.1));
    const drawn = () => session.store.getState().doc.plan.stands.at(-1);
    // A new row gets the first unused letter (A and B are taken in hall 1, C in hall 2).
    expect(drawn()).toMatchObject({ id: "D01", x: 7, y: 6, width: 3, depth: 3, hallId: "h1" });
    // 1 m below A03: a too-narrow aisle, found while the rectangle is still being drawn.
    expect(errors()).toBeGreaterThan(before);
    drag.end(at(10.2, 9.1));
    expect(session.ui.get().tool).toBe("select");
    expect(session.store.getState().doc.selection).toEqual([{ kind: "stand", id: "D01" }]);
    expect(countUndoable(session.store.getState().history)).toBe(1);
  });

  it("places the preset, centred, on a click", () => {
    const { session, at, press } = setup();
    session.ui.set({ tool: "stand", preset: "6x3" });
    press(at(14, 17)).end(at(14, 17));
    expect(session.store.getState().doc.plan.stands.at(-1)).toMatchObject({
      x: 11,
      y: 15.5,
      width: 6,
      depth: 3,
    });
  });

  it("adds a row, a pillar, a zone, a door on the wall and a power box", () => {
    const { session, at, press } = setup();
    const plan = () => session.store.getState().doc.plan;
    session.ui.set({ tool: "row", rowCount: 3, preset: "3x3" });
    press(at(2, 12)).end(at(2, 12));
    expect(
      plan()
        .stands.filter((s) => s.y === 12)
        .map((s) => s.x),
    ).toEqual([2, 5, 8]);
    session.ui.set({ tool: "obstacle", obstacleKind: "pillar" });
    press(at(12, 17)).end(at(12, 17));
    expect(plan().obstacles.at(-1)).toMatchObject({ kind: "pillar", hallId: "h1" });
    session.ui.set({ tool: "zone", zoneKind: "demo" });
    const zone = press(at(12, 12));
    zone.move(at(16, 15));
    expect(session.ui.get().preview).not.toBeNull();
    zone.end(at(16, 15));
    expect(plan().zones.at(-1)).toMatchObject({
      kind: "demo",
      polygon: [
        [12, 12],
        [16, 12],
        [16, 15],
        [12, 15],
      ],
    });
    session.ui.set({ tool: "exit" });
    press(at(29.7, 6)).end(at(29.7, 6));
    expect(plan().exits.at(-1)).toMatchObject({ a: [30, 5.3], b: [30, 6.7] });
    session.ui.set({ tool: "powerBox" });
    press(at(29, 19)).end(at(29, 19));
    expect(plan().powerBoxes.at(-1)).toMatchObject({ at: [29, 19], phases: 3, hallId: "h1" });
    expect(session.ui.get().preview).toBeNull();
  });
});
