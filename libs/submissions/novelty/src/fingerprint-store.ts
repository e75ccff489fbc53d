// Writing the fingerprint table (sql/entry-fingerprint.sql). Each statement is one parameterised SQL text.

import type { EntryText } from './entry-text.ts';
import { fingerprint, FINGERPRINT_VERSION, LSH, type LshOptions } from './fingerprint.ts';
import { nfc } from './normalise.ts';
import type { Queryable } from './queryable.ts';

/** An entry to keep a fingerprint of. */
export interface FingerprintEntry extends EntryText {
  entryId: string;
  provinceCode: string;
  contestYear: number;
  fieldKey?: string | null;
  /** Published as applied; other provinces then see the whole match. */
  published: boolean;
}

const TITLE_LENGTH = 500;

const COLUMNS = `entry_id, province_code, contest_year, field_key, title, published, feature_version,
  title_shingles, situation_shingles, solution_shingles, benefits_shingles, lsh_bands`;

/**
 * Writes (or rewrites) the fingerprints of entries in one statement. Run it in the entries' province scope: the
 * table's row-level security accepts only rows of the transaction's province.
 */
export async function upsertFingerprints(
  db: Queryable,
  entries: readonly FingerprintEntry[],
  lsh: LshOptions = LSH,
): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((entry) => {
    const print = fingerprint(entry, lsh);
    return {
      entry_id: entry.entryId,
      province_code: entry.provinceCode,
      contest_year: entry.contestYear,
      field_key: entry.fieldKey ?? null,
      title: [...nfc(entry.title)].slice(0, TITLE_LENGTH).join(''),
      published: entry.published,
      feature_version: FINGERPRINT_VERSION,
      title_shingles: print.shingles.title,
      situation_shingles: print.shingles.situation,
      solution_shingles: print.shingles.solution,
      benefits_shingles: print.shingles.benefits,
      lsh_bands: print.bands,
    };
  });
  // One JSON parameter whatever the number of rows: the same text works through pg and Prisma, and a batch of a
  // thousand entries is one round trip.
  await db.query(
    `INSERT INTO entry_fingerprint (${COLUMNS})
     SELECT ${COLUMNS} FROM jsonb_to_recordset($1::jsonb) AS r(
       entry_id uuid, province_code varchar(16), contest_year integer, field_key varchar(64), title varchar(500),
       published boolean, feature_version smallint, title_shingles integer[], situation_shingles integer[],
       solution_shingles integer[], benefits_shingles integer[], lsh_bands integer[])
     ON CONFLICT (entry_id) DO UPDATE SET
       province_code = EXCLUDED.province_code, contest_year = EXCLUDED.contest_year,
       field_key = EXCLUDED.field_key, title = EXCLUDED.title, published = EXCLUDED.published,
       feature_version = EXCLUDED.feature_version, title_shingles = EXCLUDED.title_shingles,
       situation_shingles = EXCLUDED.situation_shingles, solution_shingles = EXCLUDED.solution_shingles,
       benefits_shingles = EXCLUDED.benefits_shingles, lsh_bands = EXCLUDED.lsh_bands,
       updated_at = CURRENT_TIMESTAMP`,
    [JSON.stringify(rows)],
  );
}

/** Marks an entry published as applied (or not): other provinces then see the whole match, not only its title. */
export async function markPublished(db: Queryable, entryId: string, published = true): Promise<void> {
  await db.query(
    `UPDATE entry_fingerprint SET published = $2::boolean, updated_at = CURRENT_TIMESTAMP WHERE entry_id = $1::uuid`,
    [entryId, published],
  );
}

/** Removes an entry's fingerprint: a withdrawn entry is no longer compared. */
export async function deleteFingerprint(db: Queryable, entryId: string): Promise<void> {
  await db.query(`DELETE FROM entry_fingerprint WHERE entry_id = $1::uuid`, [entryId]);
}
