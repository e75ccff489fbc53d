import { eventFlow } from './event-flow.ts';
import { httpOverhead } from './http-overhead.ts';

// Figures only; no pass/fail. Results and how to reproduce them are kept in docs/benchmarks.md.
const benchmarks: Record<string, () => Promise<string[]>> = { http: httpOverhead, events: eventFlow };
const chosen = process.argv.slice(2);
for (const [name, run] of Object.entries(benchmarks)) {
  if (chosen.length && !chosen.includes(name)) continue;
  for (const line of await run()) process.stdout.write(`${line}\n`);
}
