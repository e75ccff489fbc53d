// Precision and recall of novelty checks on the labelled set.

import type { TextField } from '../entry-text.ts';
import { DUPLICATE_KINDS, type LabelledQuery, type QueryKind } from './labelled-set.ts';

/** One reported match of a check, as the measurement needs it. */
export interface ScoredMatch {
  entryId: string;
  score: number;
  matchedFields?: readonly TextField[];
}

export interface QueryResult {
  query: LabelledQuery;
  /** The closest entries with their scores, whatever the scores. */
  matches: readonly ScoredMatch[];
  /** Time of the check, milliseconds. */
  millis: number;
}

export interface Quality {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/**
 * Precision and recall over reported pairs: a match at or above the threshold is a true positive when the query
 * is labelled a duplicate of that entry and a false positive otherwise (including any entry reported for a
 * negative query); a labelled duplicate not reported at or above the threshold is a false negative.
 */
export function quality(results: readonly QueryResult[], threshold: number): Quality {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const { query, matches } of results) {
    const reported = new Set(matches.filter((m) => m.score >= threshold).map((m) => m.entryId));
    for (const id of reported) {
      if (query.duplicateOf.includes(id)) truePositives++;
      else falsePositives++;
    }
    for (const id of query.duplicateOf) if (!reported.has(id)) falseNegatives++;
  }
  const precision =
    truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, precision, recall, f1, truePositives, falsePositives, falseNegatives };
}

/** The threshold (on a 0.01 grid) with the best F1; ties go to the higher threshold. */
export function bestThreshold(results: readonly QueryResult[]): Quality {
  let best = quality(results, 1);
  for (let hundredths = 99; hundredths > 0; hundredths--) {
    const candidate = quality(results, hundredths / 100);
    if (candidate.f1 > best.f1) best = candidate;
  }
  return best;
}

/** Per query kind: for duplicates how many were found at the threshold, for negatives how many were falsely reported. */
export function byKind(results: readonly QueryResult[], threshold: number): Map<QueryKind, string> {
  const rows = new Map<QueryKind, { total: number; hits: number }>();
  for (const { query, matches } of results) {
    const row = rows.get(query.kind) ?? { total: 0, hits: 0 };
    const reported = matches.filter((m) => m.score >= threshold).map((m) => m.entryId);
    const hit = DUPLICATE_KINDS.has(query.kind)
      ? query.duplicateOf.every((id) => reported.includes(id))
      : reported.length > 0;
    rows.set(query.kind, { total: row.total + 1, hits: row.hits + (hit ? 1 : 0) });
  }
  return new Map(
    [...rows].map(([kind, row]) => [
      kind,
      `${row.hits}/${row.total} ${DUPLICATE_KINDS.has(kind) ? 'found' : 'falsely reported'}`,
    ]),
  );
}

/** The p-th percentile (nearest rank) of some numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((sorted.length * p) / 100) - 1))]!;
}
