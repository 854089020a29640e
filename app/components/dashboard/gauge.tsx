/**
 * A used-vs-capacity bar. Past the capacity the bar is full and turns to the warning colour; the
 * numbers are always written next to it, so colour is never the only signal.
 */
export function Gauge({ value, max, label }: { value: number; max: number; label: string }) {
  const ratio = max > 0 ? Math.min(1, value / max) : 0;
  const over = max > 0 && value > max;
  return (
    <svg className="gauge" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={label}>
      <rect x={0} y={0} width={100} height={10} rx={2} className="gauge__track" />
      <rect
        x={0}
        y={0}
        width={ratio * 100}
        height={10}
        rx={2}
        className={over ? "gauge__fill gauge__fill--over" : "gauge__fill"}
      />
    </svg>
  );
}
