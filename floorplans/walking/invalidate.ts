import { FROM_DOOR, marks, NO_PARENT, stepOpen, type FieldState } from "./field-state";
import { MonotoneQueue } from "./monotone-queue";
import { UNREACHED } from "./stencil";

/**
 * The increase half of a dynamic shortest-path update (after Ramalingam and Reps). A cell loses
 * its distance only if its tree parent did, or the step from its parent now crosses a blocked
 * cell, or its door seed got worse, and it finds no other neighbour (or door) giving the very
 * same distance. Cells are examined by increasing old distance, so every neighbour that could
 * stand in as a parent has already been judged. Distances are exact integers, which makes the
 * "same distance" test exact. Returns the cells whose distance must be recomputed.
 */
export function invalidate(
  state: FieldState,
  blocked: readonly number[],
  worseSeeds: readonly number[],
): number[] {
  const { dist, parent } = state;
  const order = (state.order ??= new MonotoneQueue());
  const mark = marks(state);
  const { count, offset, touch, touchStep } = state.steps;
  // One stamp array, two values: "lost its distance" and "judged, keeps it".
  const lost = ++state.stamp;
  const judged = ++state.stamp;
  const invalid: number[] = [];

  // Children of the cells blocked by this update are seeded before the run (any distance);
  // judge() pushes those of the cells that lose their distance during it (one step further).
  const seedChildren = (c: number): void => {
    for (let d = 0; d < count; d++) {
      const v = c + offset[d]!;
      // A child blocked by this very update is judged already (it lost its distance).
      if (parent[v] !== d || dist[v]! < 0) continue;
      order.seed(v, dist[v]!);
    }
  };

  for (const b of blocked) {
    mark[b] = lost;
    seedChildren(b);
    // Steps that merely pass over b may be broken too.
    for (let k = 0; k < touch.length; k++) {
      const d = touchStep[k]!;
      const v = b - touch[k]! + offset[d]!;
      if (parent[v] === d && dist[v]! >= 0) order.seed(v, dist[v]!);
    }
    parent[b] = NO_PARENT;
  }
  for (const c of worseSeeds) if (parent[c] === FROM_DOOR) order.seed(c, dist[c]!);

  for (let slot = order.nextSlot(); slot >= 0; slot = order.nextSlot()) {
    const cells = order.cells[slot]!;
    for (let e = 0; e < order.lengths[slot]!; e++) {
      const c = cells[e]!;
      if (mark[c] === judged || mark[c] === lost || dist[c]! < 0) continue;
      mark[c] = judged;
      const stand = judge(state, c, lost, order);
      if (stand >= 0) {
        parent[c] = stand;
        continue;
      }
      mark[c] = lost;
      invalid.push(c);
    }
  }
  for (const c of invalid) {
    dist[c] = UNREACHED;
    parent[c] = NO_PARENT;
  }
  return invalid;
}

/** Children of the cell being judged, pushed only if it loses its distance (one per step at most). */
let kids = new Int32Array(32);

/**
 * Judges cell c in one pass over its neighbours: returns a parent (step or FROM_DOOR) giving c its
 * very distance from a cell that kept its own, or -1 after queueing c's children (the cells whose
 * tree parent it is). The stencil is symmetric, so the cell one step d away is both a possible
 * child (reached by d) and a possible parent (reaching c by the opposite step); a child cannot
 * also be a parent, its distance being larger than c's.
 */
function judge(state: FieldState, c: number, lost: number, order: MonotoneQueue): number {
  const { dist, parent, seed } = state;
  const mark = state.mark!;
  const { count, offset, weight, opposite } = state.steps;
  const dc = dist[c]!;
  if (seed[c] === dc) return FROM_DOOR;
  if (kids.length < count) kids = new Int32Array(count);
  let children = 0;
  for (let d = 0; d < count; d++) {
    const x = c + offset[d]!;
    const dx = dist[x]!;
    if (dx < 0) continue;
    if (parent[x] === d) {
      kids[children++] = x;
      continue;
    }
    if (dx + weight[d]! === dc && mark[x] !== lost && stepOpen(state, x, opposite[d]!)) return opposite[d]!;
  }
  for (let k = 0; k < children; k++) order.push(kids[k]!, dist[kids[k]!]!);
  return -1;
}

/** Best distance of cell c from its settled neighbours and its door seed; queued if reachable. */
export function reseed(state: FieldState, c: number): void {
  const { dist, parent, seed } = state;
  const { count, offset, weight } = state.steps;
  let best = seed[c]!;
  let via = best < UNREACHED ? FROM_DOOR : NO_PARENT;
  // The best neighbour first, open or not: its step is nearly always open, and then it is the
  // answer (the first step reaching the least distance), found with one crossing test instead of
  // one per improvement. Only when that step is closed are all of them tested.
  let first = best;
  let firstStep = -1;
  for (let d = 0; d < count; d++) {
    const dn = dist[c - offset[d]!]!;
    if (dn < 0 || dn === UNREACHED) continue;
    if (dn + weight[d]! < first) {
      first = dn + weight[d]!;
      firstStep = d;
    }
  }
  if (firstStep >= 0 && stepOpen(state, c - offset[firstStep]!, firstStep)) {
    best = first;
    via = firstStep;
  } else if (firstStep >= 0) {
    for (let d = 0; d < count; d++) {
      const n = c - offset[d]!;
      if (dist[n]! < 0 || dist[n] === UNREACHED) continue;
      const candidate = dist[n]! + weight[d]!;
      if (candidate < best && stepOpen(state, n, d)) {
        best = candidate;
        via = d;
      }
    }
  }
  if (best >= dist[c]!) return;
  dist[c] = best;
  parent[c] = via;
  state.queue.seed(c, best);
}

/** Steps that pass over a newly freed cell f may now be open between two cells that kept their distance. */
export function relaxAcross(state: FieldState, f: number): void {
  const { dist, parent } = state;
  const { offset, weight, touch, touchStep } = state.steps;
  for (let k = 0; k < touch.length; k++) {
    const d = touchStep[k]!;
    const u = f - touch[k]!;
    const v = u + offset[d]!;
    if (dist[u]! < 0 || dist[u] === UNREACHED || dist[v]! < 0) continue;
    const candidate = dist[u]! + weight[d]!;
    if (candidate < dist[v]! && stepOpen(state, u, d)) {
      dist[v] = candidate;
      parent[v] = d;
      state.queue.seed(v, candidate);
      state.changed?.push(v);
    }
  }
}
