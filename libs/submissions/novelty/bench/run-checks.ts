import type { LabelledSet } from '../src/testing/labelled-set.ts';
import type { QueryResult } from '../src/testing/quality.ts';
import type { Method } from './methods.ts';

const WARM_UP = 5;

/** Loads a method with the set's corpus and runs each labelled query once, timed, after a few warm-up checks. */
export async function runChecks(method: Method, set: LabelledSet): Promise<QueryResult[]> {
  await method.load(set.corpus);
  for (const query of set.queries.slice(0, WARM_UP)) await method.check(query);
  const results: QueryResult[] = [];
  for (const query of set.queries) {
    const started = performance.now();
    const matches = await method.check(query);
    results.push({ query, matches, millis: performance.now() - started });
  }
  return results;
}
