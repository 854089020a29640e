import { EPS } from "../geometry/constants";
import { measured } from "../geometry/convex";
import { measureAgainstShape } from "../geometry/shape";
import type { Aggregates } from "./aggregates";
import { NOISE_LOUD, type PlanModel } from "./plan-model";
import { FLAG_BOX, type StandStore } from "./stand-store";
import { boxGap, measureStands } from "./stand-pairs";
import type { Violation } from "./types";
import { makeViolation, type ViolationData } from "./violation";

/**
 * Exhibitor relations. Competitors and wishes are found from the exhibitors' lists, not by a
 * spatial search: each exhibitor has a handful of stands, so pairing them directly is cheaper.
 * Stands in different halls are never close (each hall has its own floor).
 */

/** adjacency.competitor: "closer than" means dist < competitorMinDistanceM − ε (touching counts). */
export function checkCompetitorPair(model: PlanModel, store: StandStore, i: number, j: number, out: Violation[]): void {
  const h = store.hall[i]!;
  if (h < 0 || h !== store.hall[j]) return;
  const minM = model.settings.competitorMinDistanceM;
  if (boxGap(store, i, j) >= minM - EPS) return;
  const distance = measureStands(store, i, j).distance;
  if (distance >= minM - EPS) return;
  const idI = store.ids[i]!;
  const idJ = store.ids[j]!;
  const swap = idJ < idI;
  const exI = model.exhibitors[store.exhibitor[i]!]!.id;
  const exJ = model.exhibitors[store.exhibitor[j]!]!.id;
  out.push(
    makeViolation("adjacency.competitor", swap ? [idJ, idI] : [idI, idJ], {
      standId: swap ? idJ : idI,
      otherStandId: swap ? idI : idJ,
      exhibitorId: swap ? exJ : exI,
      otherExhibitorId: swap ? exI : exJ,
      distanceM: distance,
      minM,
    }),
  );
}

/** All competitor pairs of one exhibitor's stands (pairs with exhibitors of a lower index are left to them). */
export function checkCompetitorsOf(model: PlanModel, store: StandStore, agg: Aggregates, e: number, out: Violation[]): void {
  for (const other of model.exhibitors[e]!.competitors) {
    if (other < e) continue;
    for (const i of agg.exhibitorStands[e]!) {
      for (const j of agg.exhibitorStands[other]!) checkCompetitorPair(model, store, i, j, out);
    }
  }
}

/**
 * adjacency.wish, once per pair: fires when both are placed and no stand of one is within
 * nearDistanceM (dist ≤ nearDistanceM + ε) of a stand of the other.
 */
export function checkWish(model: PlanModel, store: StandStore, agg: Aggregates, w: number, out: Violation[]): void {
  const { a, b } = model.wishes[w]!;
  const standsA = agg.exhibitorStands[a]!;
  const standsB = agg.exhibitorStands[b]!;
  if (standsA.length === 0 || standsB.length === 0) return;
  const maxM = model.settings.nearDistanceM;
  let best = Infinity;
  for (const i of standsA) {
    const h = store.hall[i]!;
    for (const j of standsB) {
      if (h < 0 || store.hall[j] !== h || boxGap(store, i, j) >= best) continue;
      const d = measureStands(store, i, j).distance;
      if (d < best) best = d;
      if (best <= maxM + EPS) return;
    }
  }
  const idA = model.exhibitors[a]!.id;
  const idB = model.exhibitors[b]!.id;
  const data: ViolationData = { exhibitorId: idA, otherExhibitorId: idB, maxM };
  // No distance when the two never share a hall: "infinitely far" has no figure.
  if (Number.isFinite(best)) data.distanceM = best;
  out.push(makeViolation("adjacency.wish", [idA, idB], data));
}

/** adjacency.noise between a loud exhibitor's stand and the quiet zones of its hall (within = dist ≤ noiseBufferM + ε). */
export function checkNoiseZones(model: PlanModel, store: StandStore, slot: number, out: Violation[]): void {
  if (store.noise[slot] !== NOISE_LOUD) return;
  const hall = model.halls[store.hall[slot]!];
  if (!hall) return;
  const bufferM = model.settings.noiseBufferM;
  const b = store.bounds;
  const o = slot * 4;
  const isBox = (store.flags[slot]! & FLAG_BOX) !== 0;
  for (const zone of hall.quietZones) {
    measureAgainstShape(store.corners, slot * 8, 4, isBox, b[o]!, b[o + 1]!, b[o + 2]!, b[o + 3]!, zone.shape, bufferM + EPS);
    const distance = measured.distance;
    if (distance <= bufferM + EPS) {
      const id = store.ids[slot]!;
      out.push(makeViolation("adjacency.noise", [id, zone.id], { standId: id, otherId: zone.id, otherKind: "zone", distanceM: distance, bufferM }));
    }
  }
}
