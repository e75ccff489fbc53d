import { aggregate, type AggregationMethod } from './aggregation.ts';
import type { Assignment } from './assignment.ts';
import { disagreementOf } from './disagreement.ts';
import { normaliseTotals, type JudgeTotal } from './normalisation.ts';
import { pairKey } from './pair-key.ts';
import { rankEntries, type Ranked, type Rankable } from './ranking.ts';
import type { Rubric } from './rubric.ts';
import type { Score } from './score.ts';
import { judgeTotal, rubricMaxTotal } from './totals.ts';

/** What a round needs of an entry. */
export interface RoundEntry {
  id: string;
  submittedAt: string;
}

export interface RoundScoring {
  aggregation: AggregationMethod;
  normalise: boolean;
  /** The criteria that break ties, in order (see `tieBreakCriteria`). */
  tieBreaks: readonly string[];
  disagreementShare: number;
}

/** An entry's result in a round, exact; round with `displayScore` for people. */
export interface EntryRoundResult extends Rankable {
  /** The aggregate of the judges' raw totals. */
  rawTotal: number;
  /** The aggregate of the normalised totals, when the contest normalises. */
  normalisedTotal: number | null;
  /** Raw total per judge, by judge id. */
  judgeTotals: Record<string, number>;
  judgeCount: number;
  /** Highest minus lowest raw total. */
  range: number;
  disagreement: boolean;
}

export interface ComputedRound {
  maxTotal: number;
  results: Ranked<EntryRoundResult>[];
  /** Entries without any counted score; only possible when closing was overridden. */
  unscored: string[];
}

function indexesByEntry(totals: readonly JudgeTotal[]): Map<string, number[]> {
  const byEntry = new Map<string, number[]>();
  totals.forEach(({ entryId }, index) => {
    const list = byEntry.get(entryId);
    if (list) list.push(index);
    else byEntry.set(entryId, [index]);
  });
  return byEntry;
}

/**
 * Computes a round's results from the counted scores: submitted, of an assigned pair, of an entry in the round.
 * Each judge's total, normalised when asked; per entry the totals and each criterion aggregated by the contest's
 * method, the spread of the totals; then the ranking. Linear in the scores apart from sorting, so that thousands of
 * entries close in milliseconds.
 */
export function computeRound(
  rubric: Rubric,
  entries: readonly RoundEntry[],
  assignments: readonly Assignment[],
  scores: readonly Score[],
  scoring: RoundScoring,
): ComputedRound {
  const assigned = new Set(assignments.map(({ judgeId, entryId }) => pairKey(judgeId, entryId)));
  const inRound = new Set(entries.map((entry) => entry.id));
  const counted = scores.filter(
    (score) =>
      score.state === 'submitted' &&
      inRound.has(score.entryId) &&
      assigned.has(pairKey(score.judgeId, score.entryId)),
  );
  const totals = counted.map(({ entryId, judgeId, points }) => ({
    entryId,
    judgeId,
    total: judgeTotal(rubric, points),
  }));
  const normalised = scoring.normalise ? normaliseTotals(totals) : null;
  const byEntry = indexesByEntry(totals);
  const maxTotal = rubricMaxTotal(rubric);
  const scored: EntryRoundResult[] = [];
  const unscored: string[] = [];
  for (const { id, submittedAt } of entries) {
    const indexes = byEntry.get(id);
    if (!indexes) {
      unscored.push(id);
      continue;
    }
    const raw = indexes.map((index) => totals[index]!.total);
    const rawTotal = aggregate(raw, scoring.aggregation);
    const normalisedTotal = normalised
      ? aggregate(
          indexes.map((index) => normalised[index]!),
          scoring.aggregation,
        )
      : null;
    const criteria = Object.fromEntries(
      rubric.criteria.map(({ key }) => [
        key,
        aggregate(
          indexes.map((index) => counted[index]!.points[key]!),
          scoring.aggregation,
        ),
      ]),
    );
    const { range, flagged } = disagreementOf(raw, maxTotal, scoring.disagreementShare);
    scored.push({
      entryId: id,
      submittedAt,
      score: normalisedTotal ?? rawTotal,
      rawTotal,
      normalisedTotal,
      criteria,
      judgeTotals: Object.fromEntries(indexes.map((index) => [totals[index]!.judgeId, totals[index]!.total])),
      judgeCount: indexes.length,
      range,
      disagreement: flagged,
    });
  }
  return { maxTotal, results: rankEntries(scored, scoring.tieBreaks), unscored };
}
