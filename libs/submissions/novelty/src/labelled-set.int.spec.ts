import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUPLICATE_THRESHOLD, findSimilarEntries } from './find-similar.ts';
import { createFingerprintDatabase, type FingerprintDatabase } from './testing/fingerprint-database.ts';
import { generateLabelledSet } from './testing/labelled-set.ts';
import { loadFingerprints } from './testing/load-fingerprints.ts';
import { quality, type QueryResult } from './testing/quality.ts';

// A small labelled set with its own seed: a check of quality, not of speed (bench/ measures both at scale).
const set = generateLabelledSet({ seed: 3, corpusSize: 2000, queriesPerKind: 10 });

let db: FingerprintDatabase;
beforeAll(async () => {
  db = await createFingerprintDatabase();
  await loadFingerprints(db.pool, set.corpus);
});
afterAll(() => db?.drop());

describe('the novelty check on a labelled set', () => {
  it('reaches precision and recall of at least 0.9 at the duplicate threshold', async () => {
    const results: QueryResult[] = [];
    for (const query of set.queries) {
      const matches = await findSimilarEntries(db.pool, {
        text: query.text,
        provinceCode: query.provinceCode,
      });
      results.push({ query, matches, millis: 0 });
    }
    const measured = quality(results, DUPLICATE_THRESHOLD);
    expect(measured.truePositives).toBeGreaterThan(0);
    expect(measured.precision).toBeGreaterThanOrEqual(0.9);
    expect(measured.recall).toBeGreaterThanOrEqual(0.9);
  });
});
