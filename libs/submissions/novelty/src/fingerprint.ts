// What the database keeps of an entry to check novelty against it. Pure.

import { TEXT_FIELDS, type EntryText, type TextField } from './entry-text.ts';
import { documentShingles, fieldShingles, type FieldShingles } from './features.ts';
import { lshBands, type BandOptions } from './minhash.ts';

/**
 * Version of the features and bands below. Rows of another version are not compared; after a change the service
 * recomputes them (see README, "Changing the fingerprint").
 */
export const FINGERPRINT_VERSION = 1;

/** How the whole entry and its solution are banded. */
export interface LshOptions {
  document: BandOptions;
  solution: BandOptions;
}

/**
 * Chosen on the labelled set at 100,000 entries (README, "Finding candidates"). A paraphrase (whole-entry Jaccard
 * about 0.5) shares about 6 of the 96 document bands, an unrelated entry (about 0.13) almost never one; a copied
 * solution (Jaccard ≥ 0.7) shares about 5 of the 16 solution bands.
 */
export const LSH: LshOptions = { document: { bands: 96, rows: 4 }, solution: { bands: 16, rows: 3 } };

const DOCUMENT_PART = 0;
const SOLUTION_PART = 1;

export interface Fingerprint {
  /** Sorted distinct shingle hashes of each field. */
  shingles: Record<TextField, number[]>;
  /** LSH band keys of the whole entry and of the solution. */
  bands: number[];
}

/** The fingerprint of an entry's text. */
export function fingerprint(text: EntryText, lsh: LshOptions = LSH): Fingerprint {
  const fields = fieldShingles(text);
  return { shingles: sortedShingles(fields), bands: bandsOf(fields, lsh) };
}

/** The LSH band keys of an entry's shingles. */
export function bandsOf(fields: FieldShingles, lsh: LshOptions = LSH): number[] {
  return [
    ...lshBands(documentShingles(fields), lsh.document, DOCUMENT_PART),
    ...lshBands(fields.solution, lsh.solution, SOLUTION_PART),
  ];
}

function sortedShingles(fields: FieldShingles): Record<TextField, number[]> {
  const result = {} as Record<TextField, number[]>;
  for (const field of TEXT_FIELDS) result[field] = [...fields[field]].sort((a, b) => a - b);
  return result;
}
