import { performance } from 'node:perf_hooks';
import { closeRound } from '../src/index.ts';
import { generateRound } from '../src/testing/index.ts';

/*
 * Times closing a large round: 2,000 entries, each scored by all 7 judges of the council on 6 criteria (14,000
 * score sheets). Only the computation is timed; the service measures reading and storing around it.
 */

const size = { entries: 2000, judges: 7, judgesPerEntry: 7, criteria: 6 };
const round = generateRound(size);
const settings = { criterionPriority: [], disagreementShare: 0.25 };
const runs = 5;

for (const aggregation of ['mean', 'trimmed-mean', 'median'] as const) {
  for (const normalise of [false, true]) {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      const result = closeRound({ ...round, settings: { ...settings, aggregation, normalise } });
      times.push(performance.now() - started);
      if (!result.ok || result.value.results.length !== size.entries)
        throw new Error('The round did not close.');
    }
    times.sort((a, b) => a - b);
    console.log(
      `${aggregation.padEnd(12)} normalise=${String(normalise).padEnd(5)} ` +
        `median ${times[runs >> 1]!.toFixed(1)} ms, slowest ${times[runs - 1]!.toFixed(1)} ms ` +
        `(${size.entries} entries × ${size.judgesPerEntry} judges × ${size.criteria} criteria, ${runs} runs)`,
    );
  }
}
