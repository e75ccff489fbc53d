import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGGREGATION_METHODS, aggregate } from './aggregation.ts';

/** Totals as judges give them: hundredths from 0 to 100. */
const total = fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100);
/** Any judges' totals, and often all equal ones, where the rounding of a sum shows most. */
const totals = fc.oneof(
  fc.array(total, { minLength: 1, maxLength: 12 }),
  fc.tuple(total, fc.integer({ min: 1, max: 12 })).map(([value, count]) => Array<number>(count).fill(value)),
);

describe('aggregation', () => {
  it('takes the mean', () => {
    expect(aggregate([70, 80, 90], 'mean')).toBe(80);
  });

  it('gives equal scores back exactly, whatever the rounding of their sum', () => {
    expect(aggregate([0.1, 0.1, 0.1], 'mean')).toBe(0.1);
    expect(aggregate([0.1, 0.1, 0.1, 0.1, 0.1, 0.1], 'trimmed-mean')).toBe(0.1);
  });

  it('drops the highest and the lowest from five judges on', () => {
    expect(aggregate([10, 70, 80, 90, 100], 'trimmed-mean')).toBe(80);
    expect(aggregate([10, 70, 80, 90, 100, 100], 'trimmed-mean')).toBe(85);
  });

  it('keeps the plain mean with four judges or fewer', () => {
    expect(aggregate([10, 70, 80, 100], 'trimmed-mean')).toBe(65);
  });

  it('takes the median, the mean of the middle two for an even count', () => {
    expect(aggregate([90, 10, 70], 'median')).toBe(70);
    expect(aggregate([90, 10, 70, 75], 'median')).toBe(72.5);
  });

  it('refuses to aggregate nothing', () => {
    expect(() => aggregate([], 'mean')).toThrow(RangeError);
  });

  describe('properties', () => {
    it('does not depend on the order of the scores, for every method', () => {
      fc.assert(
        fc.property(
          totals.chain((values) =>
            fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length })),
          ),
          ([values, shuffled]) => {
            for (const method of AGGREGATION_METHODS)
              expect(aggregate(shuffled, method)).toBe(aggregate(values, method));
          },
        ),
      );
    });

    it('keeps the trimmed mean (and the mean and the median) between the lowest and the highest score', () => {
      fc.assert(
        fc.property(totals, (values) => {
          for (const method of AGGREGATION_METHODS) {
            const result = aggregate(values, method);
            expect(result).toBeGreaterThanOrEqual(Math.min(...values));
            expect(result).toBeLessThanOrEqual(Math.max(...values));
          }
        }),
      );
    });

    it('is not moved by one extreme judge among five or more when trimming', () => {
      fc.assert(
        fc.property(fc.array(total, { minLength: 4, maxLength: 10 }), (values) => {
          const withZero = aggregate([...values, 0], 'trimmed-mean');
          const withHundred = aggregate([...values, 100], 'trimmed-mean');
          const sorted = [...values].sort((a, b) => a - b);
          expect(withZero).toBeGreaterThanOrEqual(sorted[0]!);
          expect(withHundred).toBeLessThanOrEqual(sorted[sorted.length - 1]!);
        }),
      );
    });
  });
});
