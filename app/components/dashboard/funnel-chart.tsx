import { useId } from "react";

export interface FunnelStep {
  label: string;
  count: number;
  /** The count as displayed (formatted for the locale). */
  display: string;
}

const WIDTH = 480;
const ROW = 52;
const BAR = 34;
const LABEL_END = 128;
const BARS_CENTRE = 272;
const BARS_MAX = 260;
const SHADES = ["#0b5c63", "#0f6e76", "#137f86", "#178f96"];

/**
 * Applications stage by stage, as a funnel: centred bars proportional to the first (widest)
 * stage, joined by lighter trapezoids. The SVG carries a text summary for screen readers.
 */
export function FunnelChart({ steps, summary }: { steps: FunnelStep[]; summary: string }) {
  const titleId = useId();
  const max = Math.max(1, ...steps.map((step) => step.count));
  const widthOf = (count: number) => Math.max(4, (count / max) * BARS_MAX);
  const height = steps.length * ROW;
  return (
    <svg
      className="funnel-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={titleId}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{summary}</title>
      {steps.map((step, index) => {
        const w = widthOf(step.count);
        const y = index * ROW + (ROW - BAR) / 2;
        const next = steps[index + 1];
        const nw = next ? widthOf(next.count) : 0;
        return (
          <g key={step.label}>
            {next ? (
              <polygon
                className="funnel-chart__neck"
                points={[
                  `${BARS_CENTRE - w / 2},${y + BAR}`,
                  `${BARS_CENTRE + w / 2},${y + BAR}`,
                  `${BARS_CENTRE + nw / 2},${y + ROW}`,
                  `${BARS_CENTRE - nw / 2},${y + ROW}`,
                ].join(" ")}
              />
            ) : null}
            <rect
              x={BARS_CENTRE - w / 2}
              y={y}
              width={w}
              height={BAR}
              rx={4}
              fill={SHADES[index % SHADES.length]}
            />
            <text x={0} y={y + BAR / 2} dominantBaseline="central" className="funnel-chart__label">
              {step.label}
            </text>
            <text
              x={WIDTH}
              y={y + BAR / 2}
              dominantBaseline="central"
              textAnchor="end"
              className="funnel-chart__count"
            >
              {step.display}
            </text>
          </g>
        );
      })}
      <line x1={LABEL_END} x2={LABEL_END} y1={0} y2={height} className="funnel-chart__rule" />
    </svg>
  );
}
