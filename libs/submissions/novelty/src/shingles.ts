// Word shingles and their hashes. Pure.

/** 32-bit FNV-1a of a string's UTF-16 code units; stable across processes and machines. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** A 32-bit integer mixer (the finaliser of MurmurHash3), so that hashes of related inputs look unrelated. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * The distinct hashed n-grams of a token sequence (n consecutive syllables joined by a space). A text shorter
 * than n gives one shingle of all its tokens, so a short title still has a fingerprint.
 */
export function shingleSet(tokens: readonly string[], n: number): Set<number> {
  const shingles = new Set<number>();
  if (tokens.length === 0) return shingles;
  if (tokens.length < n) {
    shingles.add(hashString(tokens.join(' ')));
    return shingles;
  }
  for (let i = 0; i + n <= tokens.length; i++) shingles.add(hashString(tokens.slice(i, i + n).join(' ')));
  return shingles;
}

/** Size of the intersection of two sets. */
export function intersectionSize(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const value of small) if (large.has(value)) count++;
  return count;
}

/** Jaccard similarity |A∩B| / |A∪B|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const common = intersectionSize(a, b);
  const union = a.size + b.size - common;
  return union === 0 ? 0 : common / union;
}
