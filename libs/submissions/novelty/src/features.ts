// Features of an entry's text for comparison: hashed syllable n-grams per field and for the whole entry. Pure.

import { TEXT_FIELDS, type EntryText, type TextField } from './entry-text.ts';
import { tokens } from './normalise.ts';
import { shingleSet } from './shingles.ts';

/** Syllables per shingle: 2 (bigrams) had the best F1 on the labelled set (README, "Choosing the method"). */
export const SHINGLE_SIZE = 2;

/** Hashed shingles of each text field. */
export type FieldShingles = Record<TextField, Set<number>>;

/** Shingle sets of every field of an entry, from its folded syllables. */
export function fieldShingles(text: EntryText, shingleSize = SHINGLE_SIZE): FieldShingles {
  const result = {} as FieldShingles;
  for (const field of TEXT_FIELDS) result[field] = shingleSet(tokens(text[field] ?? ''), shingleSize);
  return result;
}

/** The union of the fields' shingles: the entry as one text, so content moved between sections still matches. */
export function documentShingles(fields: FieldShingles): Set<number> {
  const all = new Set<number>();
  for (const field of TEXT_FIELDS) for (const shingle of fields[field]) all.add(shingle);
  return all;
}
