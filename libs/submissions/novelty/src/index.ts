// Novelty check of initiative entries against every province's entries of every year.

export { TEXT_FIELDS, type EntryText, type TextField } from './entry-text.ts';
export { fold, nfc, tokens } from './normalise.ts';
export { fingerprint, FINGERPRINT_VERSION, type Fingerprint } from './fingerprint.ts';
export { FINGERPRINT_TABLE_DDL_PATH, fingerprintTableDdl } from './fingerprint-table.ts';
export {
  deleteFingerprint,
  markPublished,
  upsertFingerprints,
  type FingerprintEntry,
} from './fingerprint-store.ts';
export {
  DUPLICATE_THRESHOLD,
  findSimilarEntries,
  type NoveltyMatch,
  type NoveltyQuery,
} from './find-similar.ts';
export { visibleMatch, type RestrictedMatch } from './visibility.ts';
export type { Queryable } from './queryable.ts';
