import { EPS } from "../geometry/constants";
import { measureBoxes, measureConvex, type measured } from "../geometry/convex";
import { NOISE_LOUD, NOISE_NORMAL, type PlanModel } from "./plan-model";
import { FLAG_BOX, FLAG_COVERED, type StandStore } from "./stand-store";
import type { Violation } from "./types";
import { makeViolation } from "./violation";

/** Lower bound of the distance between two stands: the larger gap of their bounding boxes. */
export function boxGap(store: StandStore, i: number, j: number): number {
  const b = store.bounds;
  const p = i * 4;
  const q = j * 4;
  return Math.max(b[p]! - b[q + 2]!, b[q]! - b[p + 2]!, b[p + 1]! - b[q + 3]!, b[q + 1]! - b[p + 3]!, 0);
}

/**
 * Penetration and distance of two stands. Measured in the order of their ids, so that the full
 * run and the incremental engine (which meet the pair from either side) get the same bits.
 */
export function measureStands(store: StandStore, i: number, j: number): typeof measured {
  const swap = store.ids[j]! < store.ids[i]!;
  const a = swap ? j : i;
  const b = swap ? i : j;
  const f = store.flags;
  if ((f[a]! & f[b]! & FLAG_BOX) !== 0) {
    const x = store.bounds;
    const p = a * 4;
    const q = b * 4;
    return measureBoxes(x[p]!, x[p + 1]!, x[p + 2]!, x[p + 3]!, x[q]!, x[q + 1]!, x[q + 2]!, x[q + 3]!);
  }
  return measureConvex(store.corners, a * 8, 4, store.corners, b * 8, 4);
}

/**
 * Rules between two stands of the same hall found by the spatial index: stand.overlap
 * (penetration > ε), aisle.too-narrow (ε < dist < minAisleM − ε), covered.too-close (both
 * covered, dist < coveredMinGapM − ε: touching and overlapping count) and adjacency.noise between
 * a loud and a quiet exhibitor's stands (dist ≤ noiseBufferM + ε).
 */
export function checkStandPair(model: PlanModel, store: StandStore, i: number, j: number, out: Violation[]): void {
  const s = model.settings;
  const f = store.flags;
  const bothCovered = (f[i]! & f[j]! & FLAG_COVERED) !== 0;
  const ni = store.noise[i]!;
  const nj = store.noise[j]!;
  const noisy = ni !== NOISE_NORMAL && nj !== NOISE_NORMAL && ni !== nj;
  let reach = model.aisleReach;
  if (bothCovered && s.coveredMinGapM + EPS > reach) reach = s.coveredMinGapM + EPS;
  if (noisy && s.noiseBufferM + EPS > reach) reach = s.noiseBufferM + EPS;
  if (boxGap(store, i, j) > reach) return;
  const { penetration, distance } = measureStands(store, i, j);
  const idI = store.ids[i]!;
  const idJ = store.ids[j]!;
  const first = idI < idJ ? idI : idJ;
  const second = idI < idJ ? idJ : idI;
  if (penetration > EPS) {
    out.push(makeViolation("stand.overlap", [first, second], { standId: first, otherStandId: second, depthM: penetration }));
  } else if (distance > EPS && distance < s.minAisleM - EPS) {
    out.push(
      makeViolation("aisle.too-narrow", [first, second], { standId: first, otherId: second, otherKind: "stand", distanceM: distance, minM: s.minAisleM }),
    );
  }
  if (bothCovered && distance < s.coveredMinGapM - EPS) {
    out.push(makeViolation("covered.too-close", [first, second], { standId: first, otherStandId: second, distanceM: distance, minM: s.coveredMinGapM }));
  }
  if (noisy && distance <= s.noiseBufferM + EPS) {
    const [loud, quiet] = ni === NOISE_LOUD ? [idI, idJ] : [idJ, idI];
    out.push(
      makeViolation("adjacency.noise", [loud, quiet], { standId: loud, otherId: quiet, otherKind: "stand", distanceM: distance, bufferM: s.noiseBufferM }),
    );
  }
}
