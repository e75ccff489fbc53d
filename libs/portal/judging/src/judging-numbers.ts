/*
 * Scores are exact binary numbers in the service; people read them with two decimals, and Vietnamese readers with a
 * decimal comma (87,34). Points are typed by people, with a comma or a point.
 */

const TOLERANCE = 1e-9;

/** A score rounded as people read it: two decimals, half away from zero (87.335 → 87.34). */
export function displayScore(value: number): number {
  const hundredths = Number((Math.abs(value) * 100).toFixed(6));
  return (Math.sign(value) * Math.round(hundredths)) / 100 || 0;
}

/** The decimal separator of a language: a comma in Vietnamese, a point in English. */
function withSeparator(text: string, language: string): string {
  return language === 'vi' ? text.replace('.', ',') : text;
}

/** A score with exactly two decimals in the reader's language: `87,34` (vi), `87.34` (en). */
export function scoreText(value: number, language: string): string {
  return withSeparator(displayScore(value).toFixed(2), language);
}

/** Points or a limit with the decimals it has, at most two: `20`, `12,5` (vi), `12.5` (en). */
export function pointsText(value: number, language: string): string {
  return withSeparator(String(displayScore(value)), language);
}

/** A share (0.25) as a percentage: `25%`, `12,5%` (vi). */
export function shareText(share: number, language: string): string {
  return `${pointsText(share * 100, language)}%`;
}

/** The number typed in a box, with a decimal comma or point; null when empty or not a plain decimal number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** True when `value` is written with at most `places` decimals (2.25 has two; 2.255 has three). */
export function hasAtMostDecimals(value: number, places: number): boolean {
  const scaled = value * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < TOLERANCE * Math.max(1, Math.abs(scaled));
}
