import type { Assignment } from "./assignment";
import type { AllocationInstance } from "./instance";
import type { WishScore } from "./wishes";

/**
 * Local search for the soft tier (near wishes met), keeping the hard tiers: the set of placed
 * exhibitors never changes and the total cost (waste + intrusions) never grows. Moves: relocate
 * one exhibitor to a free candidate stand, or swap the stands of two new placements. Best
 * improvement per exhibitor, exhibitors in a fixed order, no randomness: the same input always
 * gives the same moves. Stops at a local optimum or at the deadline.
 */
const COST_SLACK = 1e-9;

export function improveWishes(
  inst: AllocationInstance,
  a: Assignment,
  score: WishScore,
  deadline: number,
): number {
  let moves = 0;
  const order = inst.toPlace.map((_, k) => k).filter((k) => score.touching[k]!.length > 0);
  for (let improved = true; improved && Date.now() < deadline;) {
    improved = false;
    for (const k of order) {
      if (Date.now() >= deadline) break;
      const from = a.standOf[k]!;
      if (from < 0) continue;
      if (tryBestMove(inst, a, score, k, from)) {
        moves++;
        improved = true;
      }
    }
  }
  return moves;
}

function tryBestMove(
  inst: AllocationInstance,
  a: Assignment,
  score: WishScore,
  k: number,
  from: number,
): boolean {
  const costFrom = inst.cost(k, from);
  let best: { s: number; l: number | undefined; gain: number } | null = null;
  for (const s of inst.toPlace[k]!.candidates) {
    if (s === from) continue;
    const l = a.holderOf(s);
    if (l === undefined) {
      if (inst.cost(k, s) > costFrom + COST_SLACK) continue;
      const gain = relocationGain(a, score, k, from, s);
      if (gain > 0 && (!best || gain > best.gain)) best = { s, l, gain };
    } else {
      if (!a.isCandidate(l, from)) continue;
      if (inst.cost(k, s) + inst.cost(l, from) > costFrom + inst.cost(l, s) + COST_SLACK) continue;
      const gain = swapGain(a, score, k, from, l, s);
      if (gain > 0 && (!best || gain > best.gain)) best = { s, l, gain };
    }
  }
  if (!best) return false;
  if (best.l === undefined) {
    a.remove(k);
    a.place(k, best.s);
  } else {
    a.remove(k);
    a.remove(best.l);
    a.place(k, best.s);
    a.place(best.l, from);
  }
  return true;
}

/** Wishes gained by moving k from `from` to the free stand s (−1 when the move is not allowed). */
function relocationGain(a: Assignment, score: WishScore, k: number, from: number, s: number): number {
  const before = score.local([k], a);
  a.remove(k);
  let gain = -1;
  if (a.canPlace(k, s)) {
    a.place(k, s);
    gain = score.local([k], a) - before;
    a.remove(k);
  }
  a.place(k, from);
  return gain;
}

/** Wishes gained by swapping the stands of k (on `from`) and l (on s); −1 when not allowed. */
function swapGain(a: Assignment, score: WishScore, k: number, from: number, l: number, s: number): number {
  const before = score.local([k, l], a);
  a.remove(k);
  a.remove(l);
  let gain = -1;
  if (a.canPlace(k, s)) {
    a.place(k, s);
    if (a.canPlace(l, from)) {
      a.place(l, from);
      gain = score.local([k, l], a) - before;
      a.remove(l);
    }
    a.remove(k);
  }
  a.place(k, from);
  a.place(l, s);
  return gain;
}
