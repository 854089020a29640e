export interface StatusSlice {
  key: string;
  label: string;
  count: number;
  display: string;
}

/**
 * One stacked bar plus a legend that repeats every number in text. Each status has its own
 * colour class (app/styles) so the bar and the legend swatches always agree.
 */
/** Each slice's start and width along a 0–100 bar, in order. */
function layOut(slices: StatusSlice[]): { slice: StatusSlice; x: number; width: number }[] {
  const total = slices.reduce((sum, slice) => sum + slice.count, 0);
  const widths = slices.map((slice) => (total > 0 ? (slice.count / total) * 100 : 0));
  return slices.map((slice, i) => ({
    slice,
    width: widths[i] ?? 0,
    x: widths.slice(0, i).reduce((a, b) => a + b, 0),
  }));
}

export function StatusBreakdown({ slices, summary }: { slices: StatusSlice[]; summary: string }) {
  return (
    <div className="status-breakdown">
      <svg
        className="status-breakdown__bar"
        viewBox="0 0 100 6"
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
      >
        {layOut(slices)
          .filter(({ width }) => width > 0)
          .map(({ slice, x, width }) => (
            <rect key={slice.key} x={x} y={0} width={width} height={6} className={`swatch--${slice.key}`} />
          ))}
      </svg>
      <ul className="status-breakdown__legend">
        {slices.map((slice) => (
          <li key={slice.key}>
            <span className={`status-breakdown__swatch swatch--${slice.key}`} aria-hidden="true" />
            <span className="status-breakdown__label">{slice.label}</span>
            <span className="status-breakdown__count">{slice.display}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
