import type { Plan, Stand } from "../../format/schema";
import { standPolygon } from "../exit-distance";
import type { Violation } from "../types";
import type { EngineState } from "./engine-state";

export interface StandChange {
  id: string;
  /** The stand's slot before the change; undefined for a new stand. */
  slot: number | undefined;
  /** The stand after the change; null when it was removed. */
  next: Stand | null;
}

type Polygon = [number, number][];

/**
 * One update of the incremental engine: takes the changed stands out of the running sums and
 * indexes, puts their new versions in, and re-runs exactly the buckets the change can reach —
 * the changed stands' own rules and pairs, the access of the stands they touched before or touch
 * now, the power rules of every stand of the exhibitors concerned (demands are shared), the hall,
 * box, exhibitor and wish totals concerned, and exit distances that the walking field's repair
 * may have changed. The collections are reused from update to update: an editor drag sends one
 * update per frame, and garbage is what makes its slow frames.
 */
export class StandUpdate {
  private readonly exhibitors = new Set<number>();
  private readonly halls = new Set<number>();
  private readonly boxes = new Set<number>();
  private readonly dirty = new Set<number>();
  private readonly changed = new Set<number>();
  private readonly powered = new Set<number>();
  private readonly wishes = new Set<number>();
  private readonly fieldChanges = new Map<number, Map<string, Polygon | null>>();
  private readonly fresh = new Map<number, Map<number, Violation[]>>();
  private readonly collector = { push: (slot: number) => void this.dirty.add(slot) };
  /** Stands whose walking distance the field's repair may have changed (see revalidate). */
  private readonly reached: number[] = [];
  private readonly reachedCollector = { push: (slot: number) => void this.reached.push(slot) };
  /** Slots whose exit distance this update has already asked for (moved[slot] === epoch). */
  private readonly moved: number[] = [];
  private epoch = 0;

  constructor(private readonly st: EngineState) {}

  apply(plan: Plan, changes: StandChange[]): void {
    const st = this.st;
    const { model, store, agg, trees } = st;
    model.plan = plan;
    for (const set of [this.exhibitors, this.halls, this.boxes, this.dirty, this.changed, this.powered, this.wishes]) set.clear();
    this.fieldChanges.clear();
    for (const { slot, next } of changes) {
      if (slot !== undefined && store.exhibitor[slot]! >= 0) this.exhibitors.add(store.exhibitor[slot]!);
      const e = next?.exhibitorId == null ? undefined : model.exhibitorIndex.get(next.exhibitorId);
      if (e !== undefined) this.exhibitors.add(e);
    }
    // Demands depend on each exhibitor's stand count: take the old ones out before counts change.
    for (const e of this.exhibitors) for (const t of agg.exhibitorStands[e]!) {
      agg.addDemand(model, store, t, -1);
      this.touch(t);
    }
    for (const { id, slot, next } of changes) {
      if (slot === undefined) continue;
      trees.touching(store, slot, this.collector);
      this.touch(slot);
      trees.remove(slot);
      const hall = store.hall[slot]!;
      if (hall >= 0) st.hallSlots[hall]!.delete(slot);
      agg.addGeometry(store, slot, -1);
      this.fieldChange(hall, id, null);
      if (next) continue;
      st.dropSlot(slot);
      store.clear(slot);
      st.slotOf.delete(id);
      st.freeSlots.push(slot);
      this.dirty.delete(slot);
    }
    for (const change of changes) {
      if (!change.next) continue;
      const slot = change.slot ?? st.freeSlots.pop() ?? st.nextSlot++;
      this.dirty.delete(slot);
      store.write(slot, change.next, model);
      st.slotOf.set(change.id, slot);
      trees.insert(store, slot);
      const hall = store.hall[slot]!;
      if (hall >= 0) st.hallSlots[hall]!.add(slot);
      agg.addGeometry(store, slot, 1);
      this.fieldChange(hall, change.id, standPolygon(store, slot));
      this.touch(slot);
      this.changed.add(slot);
      trees.touching(store, slot, this.collector);
    }
    for (const e of this.exhibitors) for (const t of agg.exhibitorStands[e]!) {
      agg.addDemand(model, store, t, 1);
      this.touch(t);
    }
    this.revalidate();
  }

  /** The hall and box totals a stand contributes to. */
  private touch(slot: number): void {
    const { store } = this.st;
    if (store.hall[slot]! >= 0) this.halls.add(store.hall[slot]!);
    if (store.powerBox[slot]! >= 0) this.boxes.add(store.powerBox[slot]!);
  }

  private fieldChange(hall: number, id: string, polygon: Polygon | null): void {
    if (hall < 0) return;
    let map = this.fieldChanges.get(hall);
    if (!map) this.fieldChanges.set(hall, (map = new Map()));
    map.set(id, polygon);
  }

  private revalidate(): void {
    const { st, changed, dirty } = this;
    const { model, store, agg } = st;
    for (const s of changed) st.evaluateLocal(s);
    this.revalidatePairs();
    for (const s of changed) this.powered.add(s);
    for (const e of this.exhibitors) for (const t of agg.exhibitorStands[e]!) this.powered.add(t);
    for (const s of this.powered) st.evaluatePower(s);
    for (const s of changed) st.evaluateAccess(s);
    for (const s of dirty) if (store.isLive(s) && !changed.has(s)) st.evaluateAccess(s);
    for (const h of this.halls) st.evaluateHall(h);
    for (const b of this.boxes) st.evaluateBox(b);
    for (const e of this.exhibitors) {
      st.evaluateExhibitor(e);
      for (const w of model.exhibitors[e]!.wishes) this.wishes.add(w);
    }
    for (const w of this.wishes) st.evaluateWish(w);
    // A moved stand can open or close a path anywhere in its hall. Each field's repair tells
    // where its answers may have changed (WalkingField.update); of the stands whose access stayed
    // put, only those whose access point lies there are asked again, and refreshExit compares.
    const reached = this.reached;
    reached.length = 0;
    for (const [hall, polygons] of this.fieldChanges) {
      const field = st.fields[hall];
      if (!field) continue;
      const areas = field.update([...polygons].map(([id, polygon]) => ({ id, polygon })));
      // The access point lies on the stand's outline, hence in its box: a box query finds it.
      for (let k = 0; k + 3 < areas.length; k += 4) st.trees.near(hall, areas[k]!, areas[k + 1]!, areas[k + 2]!, areas[k + 3]!, 0, this.reachedCollector, store);
    }
    const moved = this.moved;
    const epoch = ++this.epoch;
    for (const s of changed) {
      moved[s] = epoch;
      st.evaluateExit(s);
    }
    for (const s of dirty) {
      if (moved[s] === epoch || !store.isLive(s)) continue;
      moved[s] = epoch;
      st.evaluateExit(s);
    }
    for (const s of reached) {
      if (moved[s] === epoch) continue;
      moved[s] = epoch;
      st.refreshExit(s);
    }
  }

  /** New pair findings of the changed stands, swapped against their old ones pair by pair. */
  private revalidatePairs(): void {
    const { st, changed, fresh } = this;
    fresh.clear();
    const add = (a: number, b: number, found: Violation[]) => {
      let map = fresh.get(a);
      if (!map) fresh.set(a, (map = new Map()));
      const list = map.get(b);
      map.set(b, list ? [...list, ...found] : found.slice());
    };
    const sink = (s: number, t: number, found: Violation[]) => {
      add(s, t, found);
      add(t, s, found);
    };
    for (const s of changed) st.findPairs(s, (t) => changed.has(t) && t < s, sink);
    for (const s of changed) {
      const before = st.pairs.get(s);
      const after = fresh.get(s);
      // Each pair once: from its changed member with the smaller slot, or its only changed one.
      const handle = (t: number) => {
        if (changed.has(t) && t < s) return;
        st.setPair(s, t, st.book.swap(st.pairs.get(s)?.get(t), after?.get(t) ?? []));
      };
      const old = before ? [...before.keys()] : [];
      for (const t of old) handle(t);
      if (after) for (const t of after.keys()) if (!old.includes(t)) handle(t);
    }
  }
}
