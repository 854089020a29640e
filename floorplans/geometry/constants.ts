/**
 * Tolerance of RULES.md: ε = 1 mm. Two shapes touch when their distance is ≤ EPS and they overlap
 * when they penetrate each other by more than EPS. Every rule compares distances with this one figure.
 */
export const EPS = 0.001;

/**
 * Tolerance for areas, powers and shares (m², kW, ratios): these sums are exact up to float noise,
 * so comparisons only forgive that noise, not a real excess.
 */
export const FLOAT_SLACK = 1e-9;

/** A point as the plan format writes it: [x, y] in metres, y down. */
export type XY = readonly [number, number];
