/**
 * Math.hypot(a, b), bit for bit as V8 computes it (the larger magnitude factored out, then
 * sqrt(p² + q²) × m; checked against Math.hypot on millions of random pairs), without the
 * builtin call: Math.hypot returns a boxed number on every call, which made the walk queries
 * (ten calls per stand) a leading source of garbage in a full run.
 */
export function hypot2(a: number, b: number): number {
  const x = Math.abs(a);
  const y = Math.abs(b);
  const m = x > y ? x : y;
  if (m === 0 || m === Infinity || m !== m) return Math.hypot(a, b);
  const p = x / m;
  const q = y / m;
  return Math.sqrt(p * p + q * q) * m;
}
