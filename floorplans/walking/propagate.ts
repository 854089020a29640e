import { stepOpen, type FieldState } from "./field-state";

/**
 * Dijkstra over the stencil graph from the cells seeded in the queue. Each step of a settled
 * cell s asks one question, "would it improve its end?": blocked ends have distance -1, so they
 * never would, and the few steps that would go on to `improve` for the crossing test. This
 * loop is most of the cost of a build: 32 steps × every free cell of the hall.
 */
export function propagate(state: FieldState): void {
  if (state.steps.count === 32) propagate32(state);
  else propagateAny(state);
}

/** Takes step d from s to n at distance nd if the cells it crosses are free (noted during an update). */
function improve(state: FieldState, s: number, n: number, nd: number, d: number): void {
  if (!stepOpen(state, s, d)) return;
  state.dist[n] = nd;
  state.parent[n] = d;
  state.queue.push(n, nd);
  state.changed?.push(n);
}

/** Any stencil (the measurements of README.md compare several). */
export function propagateAny(state: FieldState): void {
  const { dist, queue } = state;
  const sd = state.steps.stepData;
  const span = sd.length;
  // Typed-array reads below are in range by construction (padding ≥ stencil radius): hence `!`.
  for (let slot = queue.nextSlot(); slot >= 0; slot = queue.nextSlot()) {
    // A run only pushes into later buckets: this slot's arrays stay put while it is read.
    const cells = queue.cells[slot]!;
    const keys = queue.keys[slot]!;
    const length = queue.lengths[slot]!;
    for (let e = 0; e < length; e++) {
      const s = cells[e]!;
      const ds = dist[s]!;
      if (keys[e] !== ds) continue;
      for (let j = 0; j < span; j += 2) {
        const nd = ds + sd[j + 1]!;
        if (nd < dist[s + sd[j]!]!) improve(state, s, s + sd[j]!, nd, j >> 1);
      }
    }
  }
}

/**
 * The default 32-step stencil, unrolled: steps as constants in locals instead of a table read
 * in a loop halve the cost of Dijkstra, most of a build (README.md). Same result as
 * propagateAny, as a test checks.
 */
export function propagate32(state: FieldState): void {
  const { dist, queue } = state;
  const sd = state.steps.stepData;
  // prettier-ignore
  const o0 = sd[0]!, w0 = sd[1]!, o1 = sd[2]!, w1 = sd[3]!, o2 = sd[4]!, w2 = sd[5]!,
    o3 = sd[6]!, w3 = sd[7]!, o4 = sd[8]!, w4 = sd[9]!, o5 = sd[10]!, w5 = sd[11]!,
    o6 = sd[12]!, w6 = sd[13]!, o7 = sd[14]!, w7 = sd[15]!, o8 = sd[16]!, w8 = sd[17]!,
    o9 = sd[18]!, w9 = sd[19]!, o10 = sd[20]!, w10 = sd[21]!, o11 = sd[22]!, w11 = sd[23]!,
    o12 = sd[24]!, w12 = sd[25]!, o13 = sd[26]!, w13 = sd[27]!, o14 = sd[28]!, w14 = sd[29]!,
    o15 = sd[30]!, w15 = sd[31]!, o16 = sd[32]!, w16 = sd[33]!, o17 = sd[34]!, w17 = sd[35]!,
    o18 = sd[36]!, w18 = sd[37]!, o19 = sd[38]!, w19 = sd[39]!, o20 = sd[40]!, w20 = sd[41]!,
    o21 = sd[42]!, w21 = sd[43]!, o22 = sd[44]!, w22 = sd[45]!, o23 = sd[46]!, w23 = sd[47]!,
    o24 = sd[48]!, w24 = sd[49]!, o25 = sd[50]!, w25 = sd[51]!, o26 = sd[52]!, w26 = sd[53]!,
    o27 = sd[54]!, w27 = sd[55]!, o28 = sd[56]!, w28 = sd[57]!, o29 = sd[58]!, w29 = sd[59]!,
    o30 = sd[60]!, w30 = sd[61]!, o31 = sd[62]!, w31 = sd[63]!;
  for (let slot = queue.nextSlot(); slot >= 0; slot = queue.nextSlot()) {
    const cells = queue.cells[slot]!;
    const keys = queue.keys[slot]!;
    const length = queue.lengths[slot]!;
    for (let e = 0; e < length; e++) {
      const s = cells[e]!;
      const ds = dist[s]!;
      if (keys[e] !== ds) continue;
      if (ds + w0 < dist[s + o0]!) improve(state, s, s + o0, ds + w0, 0);
      if (ds + w1 < dist[s + o1]!) improve(state, s, s + o1, ds + w1, 1);
      if (ds + w2 < dist[s + o2]!) improve(state, s, s + o2, ds + w2, 2);
      if (ds + w3 < dist[s + o3]!) improve(state, s, s + o3, ds + w3, 3);
      if (ds + w4 < dist[s + o4]!) improve(state, s, s + o4, ds + w4, 4);
      if (ds + w5 < dist[s + o5]!) improve(state, s, s + o5, ds + w5, 5);
      if (ds + w6 < dist[s + o6]!) improve(state, s, s + o6, ds + w6, 6);
      if (ds + w7 < dist[s + o7]!) improve(state, s, s + o7, ds + w7, 7);
      if (ds + w8 < dist[s + o8]!) improve(state, s, s + o8, ds + w8, 8);
      if (ds + w9 < dist[s + o9]!) improve(state, s, s + o9, ds + w9, 9);
      if (ds + w10 < dist[s + o10]!) improve(state, s, s + o10, ds + w10, 10);
      if (ds + w11 < dist[s + o11]!) improve(state, s, s + o11, ds + w11, 11);
      if (ds + w12 < dist[s + o12]!) improve(state, s, s + o12, ds + w12, 12);
      if (ds + w13 < dist[s + o13]!) improve(state, s, s + o13, ds + w13, 13);
      if (ds + w14 < dist[s + o14]!) improve(state, s, s + o14, ds + w14, 14);
      if (ds + w15 < dist[s + o15]!) improve(state, s, s + o15, ds + w15, 15);
      if (ds + w16 < dist[s + o16]!) improve(state, s, s + o16, ds + w16, 16);
      if (ds + w17 < dist[s + o17]!) improve(state, s, s + o17, ds + w17, 17);
      if (ds + w18 < dist[s + o18]!) improve(state, s, s + o18, ds + w18, 18);
      if (ds + w19 < dist[s + o19]!) improve(state, s, s + o19, ds + w19, 19);
      if (ds + w20 < dist[s + o20]!) improve(state, s, s + o20, ds + w20, 20);
      if (ds + w21 < dist[s + o21]!) improve(state, s, s + o21, ds + w21, 21);
      if (ds + w22 < dist[s + o22]!) improve(state, s, s + o22, ds + w22, 22);
      if (ds + w23 < dist[s + o23]!) improve(state, s, s + o23, ds + w23, 23);
      if (ds + w24 < dist[s + o24]!) improve(state, s, s + o24, ds + w24, 24);
      if (ds + w25 < dist[s + o25]!) improve(state, s, s + o25, ds + w25, 25);
      if (ds + w26 < dist[s + o26]!) improve(state, s, s + o26, ds + w26, 26);
      if (ds + w27 < dist[s + o27]!) improve(state, s, s + o27, ds + w27, 27);
      if (ds + w28 < dist[s + o28]!) improve(state, s, s + o28, ds + w28, 28);
      if (ds + w29 < dist[s + o29]!) improve(state, s, s + o29, ds + w29, 29);
      if (ds + w30 < dist[s + o30]!) improve(state, s, s + o30, ds + w30, 30);
      if (ds + w31 < dist[s + o31]!) improve(state, s, s + o31, ds + w31, 31);
    }
  }
}
