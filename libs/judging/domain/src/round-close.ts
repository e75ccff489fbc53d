import type { AggregationMethod } from './aggregation.ts';
import type { Assignment } from './assignment.ts';
import { finalisedProblem } from './finalisation.ts';
import { tieBreakCriteria, type JudgingSettings } from './judging-settings.ts';
import type { Ranked } from './ranking.ts';
import { fail, ok, type Result } from './result.ts';
import { missingScoresByJudge, readinessProblems, type CloseOverride } from './round-readiness.ts';
import { computeRound, type EntryRoundResult, type RoundEntry } from './round-results.ts';
import type { Rubric } from './rubric.ts';
import type { Score } from './score.ts';

export interface RoundCloseInput {
  rubric: Rubric;
  /** The entries of the round (round 2: those that advanced). */
  entries: readonly RoundEntry[];
  assignments: readonly Assignment[];
  /** This round's score sheets, drafts included (they are not counted). */
  scores: readonly Score[];
  settings: Pick<JudgingSettings, 'aggregation' | 'normalise' | 'criterionPriority' | 'disagreementShare'>;
  override?: CloseOverride | null;
  finalised?: boolean;
}

/** A closed round: the ranked results and how they were reached, for the minutes. */
export interface RoundResults {
  round: number;
  maxTotal: number;
  aggregation: AggregationMethod;
  normalised: boolean;
  tieBreaks: string[];
  results: Ranked<EntryRoundResult>[];
  unscored: string[];
  /** Present when the round closed with scores missing. */
  override: { reason: string; missingScores: number } | null;
}

/**
 * Closes a round: refused after finalisation, and while any assigned score is not submitted unless overridden with
 * a reason. Then the results are computed and ranked (see `computeRound`).
 */
export function closeRound(input: RoundCloseInput): Result<RoundResults> {
  const { rubric, settings, override = null } = input;
  if (input.finalised) return fail(finalisedProblem());
  const missing = missingScoresByJudge(input.assignments, input.scores);
  const problems = readinessProblems(missing, override);
  if (problems.length > 0) return fail(problems);
  const tieBreaks = tieBreakCriteria(settings.criterionPriority, rubric);
  const computed = computeRound(rubric, input.entries, input.assignments, input.scores, {
    aggregation: settings.aggregation,
    normalise: settings.normalise,
    tieBreaks,
    disagreementShare: settings.disagreementShare,
  });
  const missingScores = [...missing.values()].reduce((sum, count) => sum + count, 0);
  return ok({
    round: rubric.round,
    aggregation: settings.aggregation,
    normalised: settings.normalise,
    tieBreaks,
    ...computed,
    override: missingScores > 0 && override ? { reason: override.reason.trim(), missingScores } : null,
  });
}
