// MinHash signatures and locality-sensitive hashing bands, to find entries with a high Jaccard similarity
// without comparing with every entry. Pure.

import { mix32 } from './shingles.ts';

/** How one set is banded: `bands` bands of `rows` MinHash values; two sets share a band with probability J^rows. */
export interface BandOptions {
  bands: number;
  rows: number;
}

const multipliers: number[] = [];
const offsets: number[] = [];
function ensureHashes(count: number): void {
  while (multipliers.length < count) {
    const i = multipliers.length + 1;
    // Odd multipliers make each hash function a permutation of the 32-bit values.
    multipliers.push(mix32(Math.imul(i, 0x9e3779b9)) | 1);
    offsets.push(mix32(Math.imul(i, 0x85ebca6b) ^ 0x5bd1e995));
  }
}

/**
 * The MinHash signature of a set of 32-bit shingle hashes: for each of `hashes` hash functions, the smallest
 * value. The functions are multiply-add permutations of the mixed shingle hash, cheap enough for 100,000 entries.
 */
export function minhashSignature(shingles: ReadonlySet<number>, hashes: number): Int32Array {
  ensureHashes(hashes);
  const signature = new Int32Array(hashes).fill(0x7fffffff);
  for (const shingle of shingles) {
    const mixed = mix32(shingle);
    for (let i = 0; i < hashes; i++) {
      const value = (Math.imul(mixed, multipliers[i]!) + offsets[i]!) | 0;
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/**
 * Band keys of a set: one 32-bit key per band, salted with `part` (which set it is, e.g. the solution or the
 * whole entry) and the band's position, so keys of different parts and bands never meet. An empty set has none.
 */
export function lshBands(shingles: ReadonlySet<number>, options: BandOptions, part: number): number[] {
  if (shingles.size === 0) return [];
  const signature = minhashSignature(shingles, options.bands * options.rows);
  const keys: number[] = [];
  for (let band = 0; band < options.bands; band++) {
    let key = mix32(Math.imul(part + 1, 0x27d4eb2d) ^ band);
    for (let r = 0; r < options.rows; r++) key = mix32(key ^ signature[band * options.rows + r]!);
    keys.push(key);
  }
  return keys;
}
