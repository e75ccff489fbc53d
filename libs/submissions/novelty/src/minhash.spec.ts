import { describe, expect, it } from 'vitest';
import { lshBands, minhashSignature } from './minhash.ts';
import { jaccard } from './shingles.ts';

function range(from: number, to: number): Set<number> {
  return new Set(Array.from({ length: to - from }, (_, i) => from + i));
}

/** Share of signature positions where two signatures agree: MinHash's estimate of Jaccard similarity. */
function estimate(a: Int32Array, b: Int32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

describe('MinHash', () => {
  it.each([
    [range(0, 300), range(100, 400)],
    [range(0, 300), range(30, 330)],
    [range(0, 300), range(250, 550)],
  ])('estimates Jaccard similarity within 0.05 with 512 hash functions', (a, b) => {
    const estimated = estimate(minhashSignature(a, 512), minhashSignature(b, 512));
    expect(Math.abs(estimated - jaccard(a, b))).toBeLessThan(0.05);
  });

  it('gives equal sets equal bands and disjoint sets (almost surely) none in common', () => {
    const options = { bands: 32, rows: 3 };
    expect(lshBands(range(0, 100), options, 0)).toEqual(lshBands(range(0, 100), options, 0));
    const shared = lshBands(range(0, 100), options, 0).filter((key) =>
      lshBands(range(1000, 1100), options, 0).includes(key),
    );
    expect(shared).toEqual([]);
  });

  it('salts the bands of each part, so that the solution never meets the whole entry', () => {
    const options = { bands: 16, rows: 3 };
    const document = lshBands(range(0, 50), options, 0);
    expect(lshBands(range(0, 50), options, 1).filter((key) => document.includes(key))).toEqual([]);
    expect(document).toHaveLength(16);
  });

  it('gives an empty set no bands', () => {
    expect(lshBands(new Set(), { bands: 16, rows: 3 }, 0)).toEqual([]);
  });
});
