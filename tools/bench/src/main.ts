import { httpOverhead } from './http-overhead.ts';

// Figures only; no pass/fail. Results and how to reproduce them are kept in docs/benchmarks.md.
for (const line of await httpOverhead()) process.stdout.write(`${line}\n`);
