import { Type, type Static } from 'typebox';
import { ascending, sumOfSorted } from './statistics.ts';

export const AGGREGATION_METHODS = ['mean', 'trimmed-mean', 'median'] as const;
export const AggregationMethod = Type.Enum([...AGGREGATION_METHODS], {
  description:
    'mean; trimmed-mean: without the highest and the lowest score when at least five judges scored; median',
});
export type AggregationMethod = Static<typeof AggregationMethod>;

/**
 * Fewest judges for which the trimmed mean drops the highest and the lowest score. With four or fewer, dropping two
 * would leave the result to one or two judges, so the plain mean is used instead.
 */
export const TRIM_MIN_JUDGES = 5;

function meanOfSorted(sorted: Float64Array): number {
  // rounding in the sum can put the mean of equal values a hair beside them (0.1 three times gives 0.10000000000000002);
  // the true mean lies between the smallest and the largest value, so it is held there
  return Math.min(Math.max(sumOfSorted(sorted) / sorted.length, sorted[0]!), sorted[sorted.length - 1]!);
}

/** Combines the judges' values for one entry; the order of `values` never matters. */
export function aggregate(values: readonly number[], method: AggregationMethod): number {
  if (values.length === 0) throw new RangeError('Nothing to aggregate: no judge scored.');
  const sorted = ascending(values);
  switch (method) {
    case 'mean':
      return meanOfSorted(sorted);
    case 'trimmed-mean':
      return meanOfSorted(sorted.length >= TRIM_MIN_JUDGES ? sorted.subarray(1, -1) : sorted);
    case 'median': {
      const middle = sorted.length >> 1;
      return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    }
  }
}
