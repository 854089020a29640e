import { EPS } from "../../geometry/constants";
import type { Plan } from "../../format/schema";
import type { RuleSettings } from "../../format/settings";
import type { WalkingField } from "../../walking";
import { checkAccess, computeAccess } from "../access";
import { checkCompetitorPair, checkNoiseZones, checkWish } from "../adjacency";
import { Aggregates } from "../aggregates";
import { checkExhibitorArea } from "../area";
import { buildHallField, exitDistanceOf, pushExitViolation } from "../exit-distance";
import { checkCoveredSize, checkHallShares, checkHallSupply } from "../floor-share";
import { gatherStatics, Neighbourhood } from "../neighbourhood";
import { checkPavilion } from "../pavilion";
import { buildPlanModel, type PlanModel } from "../plan-model";
import { checkBox, checkStandPower } from "../power";
import { checkPlacement } from "../stand-placement";
import { checkStandPair } from "../stand-pairs";
import { StandStore } from "../stand-store";
import type { Violation } from "../types";
import { StandGrid } from "./stand-grid";
import { ViolationBook } from "./violation-book";

type Bucket = Violation[] | undefined;
export type PairSink = (s: number, t: number, found: Violation[]) => void;

/**
 * What the incremental engine keeps between updates: the plan model, the stands, running sums,
 * a grid index, walking fields, and the violations in buckets by what they depend on (one stand, a
 * pair of stands, a hall, a box, an exhibitor, a wish), so an update re-runs only the buckets
 * its change can reach. The evaluate* methods are the same rule functions as validatePlan.
 */
export class EngineState {
  readonly model: PlanModel;
  readonly store: StandStore;
  readonly agg: Aggregates;
  readonly trees: StandGrid;
  readonly fields: (WalkingField | null)[];
  readonly hallSlots: Set<number>[];
  readonly slotOf = new Map<string, number>();
  readonly freeSlots: number[] = [];
  /** First slot never used: slots below it are live or in freeSlots. */
  nextSlot: number;
  readonly book = new ViolationBook();
  readonly local: Bucket[] = [];
  readonly power: Bucket[] = [];
  readonly access: Bucket[] = [];
  readonly exitFar: Bucket[] = [];
  /** Last walking distance per slot (NaN: no free side), to skip findings that cannot change. */
  readonly exitDistance: number[] = [];
  readonly pairs = new Map<number, Map<number, Violation[]>>();
  readonly halls: Bucket[] = [];
  readonly boxes: Bucket[] = [];
  readonly exhibitors: Bucket[] = [];
  readonly wishes: Bucket[] = [];
  private readonly near = new Neighbourhood();
  private readonly scratch: Violation[] = [];

  constructor(plan: Plan, settings: RuleSettings) {
    const model = buildPlanModel(plan, settings);
    this.model = model;
    const store = StandStore.fromPlan(model);
    this.store = store;
    const n = plan.stands.length;
    this.nextSlot = n;
    plan.stands.forEach((s, i) => this.slotOf.set(s.id, i));
    this.agg = new Aggregates(model);
    for (let i = 0; i < n; i++) this.agg.addGeometry(store, i, 1);
    for (let i = 0; i < n; i++) this.agg.addDemand(model, store, i, 1);
    this.hallSlots = model.halls.map(() => new Set<number>());
    for (let i = 0; i < n; i++) if (store.hall[i]! >= 0) this.hallSlots[store.hall[i]!]!.add(i);
    this.trees = new StandGrid(model.halls.map((h) => h.outline));
    model.halls.forEach((h) => this.trees.load(store, this.hallSlots[h.index]!, h.index));
    for (let s = 0; s < n; s++) {
      this.evaluateLocal(s);
      this.evaluatePower(s);
      this.findPairs(s, (t) => t < s, (a, b, found) => this.setPair(a, b, [...(this.pairs.get(a)?.get(b) ?? []), ...found]));
      this.evaluateAccess(s);
    }
    for (let h = 0; h < model.halls.length; h++) this.evaluateHall(h);
    for (let b = 0; b < model.boxes.length; b++) this.evaluateBox(b);
    for (let e = 0; e < model.exhibitors.length; e++) this.evaluateExhibitor(e);
    for (let w = 0; w < model.wishes.length; w++) this.evaluateWish(w);
    this.fields = model.halls.map((h) => buildHallField(h, store, this.hallSlots[h.index]!));
    for (let s = 0; s < n; s++) this.evaluateExit(s);
    this.book.commit();
  }

  private run(bucket: Bucket, check: (out: Violation[]) => void): Bucket {
    const out = this.scratch;
    out.length = 0;
    check(out);
    return this.book.swap(bucket, out);
  }

  evaluateLocal(s: number): void {
    const { model, store, near } = this;
    this.local[s] = this.run(this.local[s], (out) => {
      const hall = model.halls[store.hall[s]!];
      if (hall) {
        gatherStatics(hall, store, s, model.aisleReach, near);
        checkPlacement(model, store, s, near, out);
        checkNoiseZones(model, store, s, out);
      }
      checkPavilion(model, store, s, out);
      checkCoveredSize(model, store, s, out);
    });
  }

  evaluatePower(s: number): void {
    this.power[s] = this.run(this.power[s], (out) => checkStandPower(this.model, this.store, this.agg, s, out));
  }

  evaluateAccess(s: number): void {
    const { model, store, near } = this;
    this.access[s] = this.run(this.access[s], (out) => {
      const hall = model.halls[store.hall[s]!];
      near.stands.clear();
      if (hall) {
        gatherStatics(hall, store, s, 2 * EPS, near);
        this.trees.touching(store, s, near.stands);
      }
      checkAccess(model, store, s, computeAccess(model, store, s, near), out);
    });
  }

  /** exit.too-far of a stand whose access may have moved: always rebuilt. */
  evaluateExit(s: number): void {
    const distance = exitDistanceOf(this.store, s, this.fields[this.store.hall[s]!] ?? null);
    this.exitDistance[s] = distance;
    this.exitFar[s] = this.run(this.exitFar[s], (out) => pushExitViolation(this.model, this.store, s, distance, out));
  }

  /** exit.too-far of a stand whose access is unchanged: rebuilt only when its distance changed. */
  refreshExit(s: number): void {
    const distance = exitDistanceOf(this.store, s, this.fields[this.store.hall[s]!] ?? null);
    if (Object.is(distance, this.exitDistance[s])) return;
    this.exitDistance[s] = distance;
    this.exitFar[s] = this.run(this.exitFar[s], (out) => pushExitViolation(this.model, this.store, s, distance, out));
  }

  evaluateHall(h: number): void {
    this.halls[h] = this.run(this.halls[h], (out) => {
      checkHallShares(this.model, this.agg, h, out);
      checkHallSupply(this.model, this.agg, h, out);
    });
  }

  evaluateBox(b: number): void {
    this.boxes[b] = this.run(this.boxes[b], (out) => checkBox(this.model, this.agg, b, out));
  }

  evaluateExhibitor(e: number): void {
    this.exhibitors[e] = this.run(this.exhibitors[e], (out) => checkExhibitorArea(this.model, this.store, this.agg, e, out));
  }

  evaluateWish(w: number): void {
    this.wishes[w] = this.run(this.wishes[w], (out) => checkWish(this.model, this.store, this.agg, w, out));
  }

  /**
   * Pair rules of stand s: stand.overlap, aisle, covered.too-close and noise against the stands
   * the grid index finds within s's reach, adjacency.competitor against its competitors' stands.
   * `skip` leaves out partners that will handle the pair themselves. The sink receives a
   * scratch list (copy it) and must append: a pair may get a spatial and a competitor finding.
   */
  findPairs(s: number, skip: (t: number) => boolean, sink: PairSink): void {
    const { model, store } = this;
    const h = store.hall[s]!;
    const out = this.scratch;
    const candidates = this.near.stands;
    candidates.clear();
    if (h >= 0) {
      const b = store.bounds;
      this.trees.near(h, b[4 * s]!, b[4 * s + 1]!, b[4 * s + 2]!, b[4 * s + 3]!, store.reach[s]!, candidates, store);
    }
    for (let n = 0; n < candidates.length; n++) {
      const t = candidates.items[n]!;
      if (t === s || skip(t)) continue;
      out.length = 0;
      checkStandPair(model, store, s, t, out);
      if (out.length > 0) sink(s, t, out);
    }
    const e = store.exhibitor[s]!;
    if (e < 0) return;
    for (const other of model.exhibitors[e]!.competitors) {
      for (const t of this.agg.exhibitorStands[other]!) {
        if (skip(t)) continue;
        out.length = 0;
        checkCompetitorPair(model, store, s, t, out);
        if (out.length > 0) sink(s, t, out);
      }
    }
  }

  setPair(s: number, t: number, bucket: Bucket): void {
    this.setHalfPair(s, t, bucket);
    this.setHalfPair(t, s, bucket);
  }

  private setHalfPair(a: number, b: number, bucket: Bucket): void {
    let map = this.pairs.get(a);
    if (bucket) {
      if (!map) this.pairs.set(a, (map = new Map()));
      map.set(b, bucket);
    } else if (map) {
      map.delete(b);
      if (map.size === 0) this.pairs.delete(a);
    }
  }

  /** Forgets a removed stand's findings (every bucket that names it). */
  dropSlot(s: number): void {
    const book = this.book;
    for (const buckets of [this.local, this.power, this.access, this.exitFar]) {
      book.drop(buckets[s]);
      buckets[s] = undefined;
    }
    const partners = this.pairs.get(s);
    if (partners) for (const [t, bucket] of partners) {
      book.drop(bucket);
      this.setPair(s, t, undefined);
    }
  }

  collect(): Violation[] {
    const all: Violation[] = [];
    const add = (bucket: Bucket) => {
      if (bucket) for (const v of bucket) all.push(v);
    };
    for (const list of [this.local, this.power, this.access, this.exitFar, this.halls, this.boxes, this.exhibitors, this.wishes]) list.forEach(add);
    for (const [s, partners] of this.pairs) for (const [t, bucket] of partners) if (s < t) add(bucket);
    return all;
  }
}
