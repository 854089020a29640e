/**
 * A sum of floats kept exactly (Shewchuk's non-overlapping partials, as Python's math.fsum) and
 * rounded once, correctly, on read. Why: the incremental rule engine adds and removes stand areas
 * and power demands in any order, and must still give bit for bit the figures of a full run —
 * which a plain running `+=` cannot (float addition is not associative).
 */
export class ExactSum {
  // Non-overlapping partials in increasing magnitude; doubles need at most ~40 of them.
  // A plain double array: cheaper to allocate than a typed array, and there is one per exhibitor.
  private partials: number[] = [0, 0, 0, 0];
  private length = 0;

  add(value: number): void {
    let x = value;
    let i = 0;
    const partials = this.partials;
    const n = this.length;
    for (let k = 0; k < n; k++) {
      let y = partials[k]!;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    if (i === partials.length) partials.push(x);
    else partials[i] = x;
    this.length = i + 1;
  }

  subtract(value: number): void {
    this.add(-value);
  }

  /** The exact sum rounded to the nearest float (ties to even), independent of the order of additions. */
  value(): number {
    const partials = this.partials;
    let n = this.length;
    if (n === 0) return 0;
    let hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Half-way case: the rest of the partials decide which way to round.
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }
}

/** Exact, order-independent sum of a list. */
export function exactSum(values: Iterable<number>): number {
  const sum = new ExactSum();
  for (const v of values) sum.add(v);
  return sum.value();
}
