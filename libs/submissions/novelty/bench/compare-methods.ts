// (a) The candidate methods on the labelled set: each method's threshold is the one with the best F1 on a tuning
// set (seed 1); precision, recall, F1 and latency are measured at that threshold on a test set (seed 2).

import { generateLabelledSet } from '../src/testing/labelled-set.ts';
import { bestThreshold } from '../src/testing/quality.ts';
import { inMemoryMethod, lshMethod, trigramAvailable, trigramMethod, type Method } from './methods.ts';
import { fieldAgreement, kindLine, out, QUALITY_HEADER, qualityRow } from './report.ts';
import { runChecks } from './run-checks.ts';

export interface CompareOptions {
  databaseUrl: string;
  /** Corpus of the main comparison. */
  corpus: number;
  perKind: number;
  /** Corpus of the pg_trgm comparison, which compares every entry and cannot take the main one. */
  trigramCorpus: number;
  trigramPerKind: number;
}

async function compare(
  title: string,
  methods: readonly Method[],
  corpus: number,
  perKind: number,
): Promise<void> {
  const tuning = generateLabelledSet({ seed: 1, corpusSize: corpus, queriesPerKind: perKind });
  const test = generateLabelledSet({ seed: 2, corpusSize: corpus, queriesPerKind: perKind });
  out(`### ${title}`);
  out();
  out(
    `Corpus of ${corpus.toLocaleString('en')} entries, ${test.queries.length} labelled queries (${perKind} per kind).`,
  );
  out();
  const details: string[] = [];
  const rows: string[] = [];
  for (const method of methods) {
    try {
      const threshold = bestThreshold(await runChecks(method, tuning)).threshold;
      const results = await runChecks(method, test);
      rows.push(qualityRow(method.name, results, threshold));
      const fields = results.some((r) => r.matches.some((m) => m.matchedFields))
        ? `; ${fieldAgreement(results, threshold)}`
        : '';
      details.push(`- ${method.name}: ${kindLine(results, threshold)}${fields}`);
      process.stderr.write(`measured: ${method.name}\n`);
    } finally {
      await method.close();
    }
  }
  for (const line of [...QUALITY_HEADER, ...rows, '', ...details, '']) out(line);
}

/** Runs both comparisons and prints them as Markdown. */
export async function compareMethods(options: CompareOptions): Promise<void> {
  const library = (name: string) => lshMethod(name, options.databaseUrl);
  await compare(
    'Methods on the labelled set',
    [
      inMemoryMethod('exact Jaccard, syllables (memory)', { weighting: 'set', shingleSize: 1 }),
      inMemoryMethod('exact Jaccard, syllable bigrams (memory)', { weighting: 'set', shingleSize: 2 }),
      inMemoryMethod('exact Jaccard, syllable trigrams (memory)', { weighting: 'set', shingleSize: 3 }),
      inMemoryMethod('TF-IDF cosine, syllables and bigrams (memory)', { weighting: 'tfidf', shingleSize: 2 }),
      library('**MinHash LSH in PostgreSQL + exact bigram Jaccard (the library)**'),
    ],
    options.corpus,
    options.perKind,
  );
  if (!(await trigramAvailable(options.databaseUrl))) {
    out('pg_trgm is not available on this PostgreSQL (pg_available_extensions); it was not measured.');
    return;
  }
  await compare(
    'pg_trgm, on a smaller labelled set',
    [
      trigramMethod('pg_trgm similarity, GIN trigram indexes (PostgreSQL)', options.databaseUrl, 0.3),
      library('MinHash LSH in PostgreSQL (the library), same set'),
    ],
    options.trigramCorpus,
    options.trigramPerKind,
  );
}
