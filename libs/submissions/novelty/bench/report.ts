import { TEXT_FIELDS } from '../src/entry-text.ts';
import { byKind, percentile, quality, type QueryResult } from '../src/testing/quality.ts';

/** Prints a line to standard output. */
export function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

const ms = (value: number) => value.toFixed(1);

/** One Markdown table row: method, threshold, precision, recall, F1, p50 and p95 of the check. */
export function qualityRow(name: string, results: readonly QueryResult[], threshold: number): string {
  const q = quality(results, threshold);
  const millis = results.map((result) => result.millis);
  return `| ${name} | ${threshold.toFixed(2)} | ${q.precision.toFixed(3)} | ${q.recall.toFixed(3)} | ${q.f1.toFixed(3)} | ${ms(percentile(millis, 50))} | ${ms(percentile(millis, 95))} |`;
}

export const QUALITY_HEADER = [
  '| method | threshold | precision | recall | F1 | p50 ms | p95 ms |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];

/** Found or falsely reported per kind of query. */
export function kindLine(results: readonly QueryResult[], threshold: number): string {
  return [...byKind(results, threshold)].map(([kind, text]) => `${kind} ${text}`).join('; ');
}

/** For duplicates found at the threshold: how well `matchedFields` names the fields the query took over. */
export function fieldAgreement(results: readonly QueryResult[], threshold: number): string {
  let agreed = 0;
  let reported = 0;
  let copied = 0;
  for (const { query, matches } of results) {
    const match = matches.find((m) => m.score >= threshold && query.duplicateOf.includes(m.entryId));
    if (!match?.matchedFields) continue;
    for (const field of TEXT_FIELDS) {
      const isCopied = query.copiedFields.includes(field);
      const isReported = match.matchedFields.includes(field);
      if (isCopied && isReported) agreed++;
      if (isReported) reported++;
      if (isCopied) copied++;
    }
  }
  return `matched fields: precision ${(agreed / reported).toFixed(3)}, recall ${(agreed / copied).toFixed(3)}`;
}
