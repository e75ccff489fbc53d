// (b) The library at scale: a generated corpus over the 34 provinces (and their predecessors) in PostgreSQL,
// the labelled queries checked against it one after another, as the service checks one entry at a time.

import pg from 'pg';
import { DUPLICATE_THRESHOLD, findSimilarEntries } from '../src/find-similar.ts';
import { fingerprintTableDdl } from '../src/fingerprint-table.ts';
import { generateLabelledSet } from '../src/testing/labelled-set.ts';
import { loadFingerprints } from '../src/testing/load-fingerprints.ts';
import { percentile, quality, type QueryResult } from '../src/testing/quality.ts';
import { fieldAgreement, kindLine, out } from './report.ts';

export interface ScaleOptions {
  databaseUrl: string;
  corpus: number;
  perKind: number;
}

const WARM_UP = 20;
const INDEX = 'entry_fingerprint_lsh_bands_idx';

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

/** Loads the corpus, checks every labelled query once and prints latency and quality as Markdown. */
export async function measureAtScale(options: ScaleOptions): Promise<void> {
  const set = generateLabelledSet({ seed: 2, corpusSize: options.corpus, queriesPerKind: options.perKind });
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  try {
    await pool.query('DROP TABLE IF EXISTS entry_fingerprint');
    await pool.query(await fingerprintTableDdl());
    // Building the GIN index once after the load is several times faster than updating it row by row; the index
    // is the one the DDL defines.
    const { rows } = await pool.query(`SELECT pg_get_indexdef($1::regclass) AS definition`, [INDEX]);
    await pool.query(`DROP INDEX ${INDEX}`);
    let started = performance.now();
    await loadFingerprints(pool, set.corpus);
    const loaded = seconds(started);
    started = performance.now();
    await pool.query((rows[0] as { definition: string }).definition);
    await pool.query('VACUUM ANALYZE entry_fingerprint');
    const indexed = seconds(started);
    const size = await pool.query(
      `SELECT pg_size_pretty(pg_table_size('entry_fingerprint')) AS "table",
              pg_size_pretty(pg_relation_size($1::regclass)) AS "index"`,
      [INDEX],
    );
    const { table, index } = size.rows[0] as { table: string; index: string };

    const check = (query: (typeof set.queries)[number]) =>
      findSimilarEntries(pool, { text: query.text, provinceCode: query.provinceCode, threshold: 0 });
    for (const query of set.queries.slice(0, WARM_UP)) await check(query);
    const results: QueryResult[] = [];
    for (const query of set.queries) {
      const started = performance.now();
      const matches = await check(query);
      results.push({ query, matches, millis: performance.now() - started });
    }
    const millis = results.map((result) => result.millis);
    const q = quality(results, DUPLICATE_THRESHOLD);
    const provinces = new Set(set.corpus.map((entry) => entry.provinceCode)).size;
    out(`### ${options.corpus.toLocaleString('en')} entries in PostgreSQL`);
    out();
    out(
      `${options.corpus.toLocaleString('en')} entries of ${provinces} province codes (34 provinces and 4 predecessors), ` +
        `loaded in ${loaded} s (${indexed} s to build the GIN index and analyse); table ${table}, band index ${index}. ` +
        `${set.queries.length} labelled queries, each checked once after ${WARM_UP} warm-up checks.`,
    );
    out();
    out('| findSimilarEntries | p50 ms | p95 ms | p99 ms | max ms | precision | recall | F1 |');
    out('| --- | --- | --- | --- | --- | --- | --- | --- |');
    out(
      `| threshold ${DUPLICATE_THRESHOLD} | ${[50, 95, 99, 100].map((p) => percentile(millis, p).toFixed(1)).join(' | ')} | ` +
        `${q.precision.toFixed(3)} | ${q.recall.toFixed(3)} | ${q.f1.toFixed(3)} |`,
    );
    out();
    out(`- ${kindLine(results, DUPLICATE_THRESHOLD)}`);
    out(`- ${fieldAgreement(results, DUPLICATE_THRESHOLD)}`);
    out();
  } finally {
    await pool.end();
  }
}
