/*
 * How long the minutes of a round take to render: 60 and 300 results, each rendered once to warm up and then
 * `RUNS` times; prints the median and the slowest run, the size and the number of pages.
 */
import { renderMinutes } from '../src/index.ts';
import { pdfPagesText, sampleMinutesInput } from '../src/testing/index.ts';

const RUNS = Number(process.env.RUNS ?? 10);

for (const count of [60, 300]) {
  const input = sampleMinutesInput(count);
  const bytes = await renderMinutes(input);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await renderMinutes(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const pages = (await pdfPagesText(bytes)).length;
  console.log(
    `${count} results: median ${median.toFixed(0)} ms, slowest ${(times.at(-1) ?? 0).toFixed(0)} ms ` +
      `(${RUNS} runs), ${pages} pages, ${(bytes.length / 1024).toFixed(0)} KiB`,
  );
}
