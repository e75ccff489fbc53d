/**
 * Judges disagree strongly on an entry when their totals span more than this share of the rubric's maximum total
 * (25 of 100 points): the council should talk about such entries before the round closes.
 */
export const DEFAULT_DISAGREEMENT_SHARE = 0.25;

/** The spread of the judges' raw totals for one entry and whether it is wide enough to flag. */
export function disagreementOf(
  totals: readonly number[],
  maxTotal: number,
  share: number,
): { range: number; flagged: boolean } {
  const range = totals.length === 0 ? 0 : Math.max(...totals) - Math.min(...totals);
  return { range, flagged: range > share * maxTotal };
}
