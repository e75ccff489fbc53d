// Generated corpora and the labelled set, for tests and benchmarks of the novelty check (here and in the service).

export {
  draftOf,
  generateCorpus,
  randomSpec,
  render,
  type CorpusEntry,
  type EntryDraft,
  type EntrySpec,
  type GeneratedCorpus,
} from './corpus.ts';
export {
  DUPLICATE_KINDS,
  generateLabelledSet,
  nearCopy,
  paraphrase,
  QUERY_KINDS,
  reorder,
  stripDiacritics,
  type LabelledQuery,
  type LabelledSet,
  type QueryKind,
} from './labelled-set.ts';
export { FIELD_KEYS, PREDECESSORS, PROVINCES, type FieldKey } from './phrase-banks.ts';
export { Random } from './random.ts';
export {
  bestThreshold,
  byKind,
  percentile,
  quality,
  type Quality,
  type QueryResult,
  type ScoredMatch,
} from './quality.ts';
export { inProvince } from './in-province.ts';
export { loadFingerprints } from './load-fingerprints.ts';
