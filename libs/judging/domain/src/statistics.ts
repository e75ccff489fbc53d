/*
 * Sums are taken over the values in ascending order. Floating-point addition is not associative, so summing in the
 * order the scores happened to arrive could change the last bits of a mean, and with it the order of two entries
 * that are all but tied; sorting first makes every result depend on the values only.
 */

/** A sorted copy, smallest first (a typed array sorts numerically, without a comparator, several times faster). */
export function ascending(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** Sum of values already in ascending order. */
export function sumOfSorted(sorted: Float64Array): number {
  let sum = 0;
  for (const value of sorted) sum += value;
  return sum;
}

/** Mean and population standard deviation (divided by n: the judge's own totals are the whole population). */
export function meanAndDeviation(values: readonly number[]): { mean: number; deviation: number } {
  const sorted = ascending(values);
  const mean = sumOfSorted(sorted) / sorted.length;
  const squares = sorted.map((value) => (value - mean) ** 2).sort();
  return { mean, deviation: Math.sqrt(sumOfSorted(squares) / sorted.length) };
}
