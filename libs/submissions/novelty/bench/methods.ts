// The candidate methods, behind one interface so that the comparison measures them the same way.

import pg from 'pg';
import { findSimilarEntries } from '../src/find-similar.ts';
import type { LshOptions } from '../src/fingerprint.ts';
import { fingerprintTableDdl } from '../src/fingerprint-table.ts';
import { fold } from '../src/normalise.ts';
import { combineScore } from '../src/scoring.ts';
import type { CorpusEntry } from '../src/testing/corpus.ts';
import type { LabelledQuery } from '../src/testing/labelled-set.ts';
import type { ScoredMatch } from '../src/testing/quality.ts';
import { InMemoryIndex, type InMemoryOptions } from './in-memory-index.ts';
import { loadFingerprints } from '../src/testing/load-fingerprints.ts';

export interface Method {
  name: string;
  /** Replaces whatever was loaded before with this corpus. */
  load(corpus: readonly CorpusEntry[]): Promise<void>;
  /** The closest entries with their scores, whatever the scores. */
  check(query: LabelledQuery): Promise<ScoredMatch[]>;
  close(): Promise<void>;
}

const LIMIT = 10;
const BATCH = 1000;

/** Exact similarity over an in-memory index (Jaccard of shingle sets, or TF-IDF cosine). */
export function inMemoryMethod(name: string, options: InMemoryOptions): Method {
  let index = new InMemoryIndex(options);
  return {
    name,
    async load(corpus) {
      index = new InMemoryIndex(options);
      index.build(corpus);
    },
    async check(query) {
      return index.search(query.text, LIMIT);
    },
    async close() {},
  };
}

/** The library: MinHash LSH bands in PostgreSQL (GIN on an integer array), then exact Jaccard in TypeScript. */
export function lshMethod(name: string, databaseUrl: string, lsh?: LshOptions): Method {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  return {
    name,
    async load(corpus) {
      await pool.query('DROP TABLE IF EXISTS entry_fingerprint');
      await pool.query(await fingerprintTableDdl());
      await loadFingerprints(pool, corpus, lsh);
      await pool.query('VACUUM ANALYZE entry_fingerprint');
    },
    async check(query) {
      return findSimilarEntries(
        pool,
        { text: query.text, provinceCode: query.provinceCode, limit: LIMIT, threshold: 0 },
        lsh,
      );
    },
    close: () => pool.end(),
  };
}

/** Whether this PostgreSQL can install pg_trgm. */
export async function trigramAvailable(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'`);
    return rowCount === 1;
  } finally {
    await client.end();
  }
}

/**
 * pg_trgm: trigram similarity of the folded solution and the folded whole entry, with GIN trigram indexes for the
 * `%` filter, scored like the library (whole entry, or solution less the margin).
 */
export function trigramMethod(name: string, databaseUrl: string, filterThreshold: number): Method {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 2,
    options: `-c pg_trgm.similarity_threshold=${filterThreshold}`,
  });
  const documentOf = (text: LabelledQuery['text']) =>
    fold([text.title, text.situation, text.solution, text.benefits].join('\n'));
  return {
    name,
    async load(corpus) {
      await pool.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await pool.query('DROP TABLE IF EXISTS trigram_entry');
      await pool.query(
        'CREATE TABLE trigram_entry (entry_id uuid PRIMARY KEY, solution_folded text NOT NULL, document_folded text NOT NULL)',
      );
      for (let i = 0; i < corpus.length; i += BATCH) {
        const batch = corpus.slice(i, i + BATCH);
        await pool.query(
          `INSERT INTO trigram_entry SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`,
          [batch.map((e) => e.entryId), batch.map((e) => fold(e.solution)), batch.map(documentOf)],
        );
      }
      await pool.query('CREATE INDEX ON trigram_entry USING gin (solution_folded gin_trgm_ops)');
      await pool.query('CREATE INDEX ON trigram_entry USING gin (document_folded gin_trgm_ops)');
      await pool.query('VACUUM ANALYZE trigram_entry');
    },
    async check(query) {
      const { rows } = await pool.query<{ entry_id: string; d: number; s: number }>(
        `SELECT entry_id, similarity(document_folded, $1) AS d, similarity(solution_folded, $2) AS s
         FROM trigram_entry WHERE document_folded % $1 OR solution_folded % $2`,
        [documentOf(query.text), fold(query.text.solution)],
      );
      return rows
        .map((row) => ({ entryId: row.entry_id, score: combineScore(row.d, row.s) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, LIMIT);
    },
    close: () => pool.end(),
  };
}
