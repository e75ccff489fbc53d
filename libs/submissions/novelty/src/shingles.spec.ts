import { describe, expect, it } from 'vitest';
import { hashString, intersectionSize, jaccard, shingleSet } from './shingles.ts';

describe('shingles', () => {
  it('hashes a string the same way every time, to a 32-bit integer', () => {
    expect(hashString('thu tuc')).toBe(hashString('thu tuc'));
    expect(hashString('thu tuc')).not.toBe(hashString('tuc thu'));
    expect(Number.isInteger(hashString('thu tuc'))).toBe(true);
    expect(Math.abs(hashString('thu tuc'))).toBeLessThan(2 ** 31 + 1);
  });

  it('makes the distinct n-grams of consecutive syllables', () => {
    const shingles = shingleSet(['a', 'b', 'c', 'a', 'b'], 2);
    expect(shingles).toEqual(new Set(['a b', 'b c', 'c a'].map(hashString)));
  });

  it('makes one shingle of a text shorter than n, and none of an empty one', () => {
    expect(shingleSet(['mot'], 2)).toEqual(new Set([hashString('mot')]));
    expect(shingleSet([], 2).size).toBe(0);
  });

  it('measures Jaccard similarity', () => {
    const a = new Set([1, 2, 3, 4]);
    const b = new Set([3, 4, 5, 6]);
    expect(intersectionSize(a, b)).toBe(2);
    expect(jaccard(a, b)).toBeCloseTo(2 / 6);
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});
