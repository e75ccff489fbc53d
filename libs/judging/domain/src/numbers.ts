/*
 * Points and weights are decimals typed by people and stored as binary floating point, so "has two decimals" and
 * "adds up to 1" are checked with a tolerance far below the smallest step anyone can type (0.01) and far above the
 * error of a few additions (about 1e-15).
 */
const TOLERANCE = 1e-9;

/** True when `value` is written with at most `places` decimals (2.25 has two; 2.255 has three). */
export function hasAtMostDecimals(value: number, places: number): boolean {
  const scaled = value * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < TOLERANCE * Math.max(1, Math.abs(scaled));
}

/** True when the values add up to 1, as weights written as fractions must (0.1 + 0.2 + 0.7 does). */
export function sumsToOne(values: readonly number[]): boolean {
  return Math.abs(values.reduce((sum, value) => sum + value, 0) - 1) < TOLERANCE;
}

/**
 * A score as people read it: two decimals, half away from zero (87.335 → 87.34, not the 87.33 that the binary value
 * 87.33499… would give). Ranking and thresholds always compare the exact values, never these.
 */
export function displayScore(value: number): number {
  const hundredths = Number((Math.abs(value) * 100).toFixed(6));
  // `|| 0` turns the -0 of a tiny negative value into 0, which is what a reader expects to see
  return (Math.sign(value) * Math.round(hundredths)) / 100 || 0;
}
