// The novelty check: the stored entries closest to a text, from every province and year.

import { TEXT_FIELDS, type EntryText, type TextField } from './entry-text.ts';
import { documentShingles, fieldShingles, type FieldShingles } from './features.ts';
import { bandsOf, FINGERPRINT_VERSION, LSH, type LshOptions } from './fingerprint.ts';
import type { Queryable } from './queryable.ts';
import { compare, DEFAULT_SCORING } from './scoring.ts';

/**
 * The score from which a match counts as a duplicate: the threshold with the best F1 on the labelled set's tuning
 * half, confirmed on its test half and on the 100,000-entry corpus (README, "Choosing the method").
 */
export const DUPLICATE_THRESHOLD = 0.45;

export interface NoveltyQuery {
  /** The entry's text fields. */
  text: EntryText;
  /** The entry's province. */
  provinceCode: string;
  /** Provinces merged into the entry's province: their entries count as already applied in the province. */
  predecessorCodes?: readonly string[];
  /** The entry itself when it is already stored, so that it does not match itself. */
  excludeEntryId?: string;
  /** Matches to return at most; 10 unless given. */
  limit?: number;
  /** Lowest score to return; `DUPLICATE_THRESHOLD` unless given (0 lists the closest entries whatever their score). */
  threshold?: number;
}

export interface NoveltyMatch {
  entryId: string;
  provinceCode: string;
  year: number;
  title: string;
  /** 0..1; at or above `DUPLICATE_THRESHOLD` the entry looks like a duplicate. */
  score: number;
  /** Fields of the checked entry most of whose wording is in this entry's same field, in form order. */
  matchedFields: TextField[];
  /** From the checked entry's province or one of its predecessors. */
  sameProvince: boolean;
  /** Published as applied. */
  published: boolean;
  /** Another province's unpublished entry: show only its province, year, title and score (`visibleMatch`). */
  restricted: boolean;
}

const DEFAULT_LIMIT = 10;
/** Entries sharing the most bands with the query that are compared exactly. */
const CANDIDATES = 100;
/**
 * Entries taken from one band at most. A band that a thousand entries share comes from wording every entry uses
 * and tells nothing about which is a duplicate; capping it halved the check's time at 100,000 entries and left
 * precision and recall on the labelled set unchanged (README, "Finding candidates").
 */
const ENTRIES_PER_BAND = 150;

const SHINGLE_COLUMNS = TEXT_FIELDS.map(
  (field) => `array_to_string(f.${field}_shingles, ',') AS ${field}_shingles`,
);

// Each band is looked up on its own (`@> ARRAY[band]`) and the join counts the bands an entry shares. An overlap
// with a hundred keys (`&&`) cannot be estimated and is planned as a scan of the whole table. The LIMIT keeps each
// probe a subquery of its own, so that it uses the GIN index whatever the table's size (pulled up into a plain
// join, a small table is scanned once and every row tested against every band), and caps what a band contributes.
const CANDIDATES_SQL = `
  WITH candidate AS (
    SELECT p.entry_id, count(*) AS hits
    FROM unnest($1::integer[]) AS q(band)
    CROSS JOIN LATERAL (
      SELECT f.entry_id FROM entry_fingerprint f
      WHERE f.lsh_bands @> ARRAY[q.band] AND f.feature_version = $2::smallint AND f.entry_id IS DISTINCT FROM $3::uuid
      LIMIT $5::integer
    ) AS p
    GROUP BY p.entry_id
    ORDER BY hits DESC, p.entry_id
    LIMIT $4::integer
  )
  SELECT f.entry_id, f.province_code, f.contest_year, f.title, f.published, ${SHINGLE_COLUMNS.join(', ')}
  FROM candidate c JOIN entry_fingerprint f USING (entry_id)`;

type CandidateRow = {
  entry_id: string;
  province_code: string;
  contest_year: number;
  title: string;
  published: boolean;
} & Record<`${TextField}_shingles`, string>;

// Shingles travel as comma-separated text: parsing it is several times faster than pg's int[] parser, and it
// reads the same through pg and Prisma.
function shinglesOf(row: CandidateRow): FieldShingles {
  const result = {} as FieldShingles;
  for (const field of TEXT_FIELDS) {
    const text = row[`${field}_shingles`];
    result[field] = new Set(text ? text.split(',').map(Number) : []);
  }
  return result;
}

/**
 * The stored entries closest to a text, best first: entries of every province and year that share MinHash LSH
 * bands with it, the `CANDIDATES` sharing most compared exactly, those scoring at least the threshold returned.
 */
export async function findSimilarEntries(
  db: Queryable,
  query: NoveltyQuery,
  lsh: LshOptions = LSH,
): Promise<NoveltyMatch[]> {
  const own = new Set([query.provinceCode, ...(query.predecessorCodes ?? [])]);
  const threshold = query.threshold ?? DUPLICATE_THRESHOLD;
  const shingles = fieldShingles(query.text);
  const bands = bandsOf(shingles, lsh);
  if (bands.length === 0) return [];
  const { rows } = await db.query(CANDIDATES_SQL, [
    bands,
    FINGERPRINT_VERSION,
    query.excludeEntryId ?? null,
    CANDIDATES,
    ENTRIES_PER_BAND,
  ]);
  const queryDocument = documentShingles(shingles);
  const matches: NoveltyMatch[] = [];
  for (const row of rows as CandidateRow[]) {
    const similarity = compare(shingles, shinglesOf(row), DEFAULT_SCORING, queryDocument);
    if (similarity.score < threshold) continue;
    const sameProvince = own.has(row.province_code);
    matches.push({
      entryId: row.entry_id,
      provinceCode: row.province_code,
      year: row.contest_year,
      title: row.title,
      score: Math.round(similarity.score * 1000) / 1000,
      matchedFields: similarity.matchedFields,
      sameProvince,
      published: row.published,
      restricted: !sameProvince && !row.published,
    });
  }
  return matches
    .sort((a, b) => b.score - a.score || a.entryId.localeCompare(b.entryId))
    .slice(0, query.limit ?? DEFAULT_LIMIT);
}
