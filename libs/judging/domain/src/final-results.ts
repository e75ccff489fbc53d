import { roundWeightProblems } from './judging-settings.ts';
import { fail, invalid, ok, type Result } from './result.ts';

/** What combining needs of a closed round (a `RoundResults` has it). */
export interface ClosedRound {
  maxTotal: number;
  /** In rank order. */
  results: readonly { entryId: string; score: number; rank: number }[];
}

/** An entry's place in the contest once every round is closed. */
export interface FinalResult {
  entryId: string;
  rank: number;
  /** On 100: the weighted rounds for entries that defended, the round-1 score otherwise. */
  finalScore: number;
  /** Each round's ranked score as a percentage of that round's maximum total. */
  round1Score: number;
  round1Rank: number;
  round2Score: number | null;
  round2Rank: number | null;
}

export interface FinalResults {
  weights: readonly [number, number] | null;
  results: FinalResult[];
}

const percentOf = (score: number, maxTotal: number) => (100 * score) / maxTotal;

/**
 * The contest's final ranking. With one round it is round 1's, scores on 100. With two, each entry that was scored
 * in round 2 gets the weighted sum of its two rounds, each on 100 so that rubrics of different sizes weigh as
 * stated, and these entries come first, by final score, then by their round-2 rank. Entries that did not reach (or
 * did not defend in) round 2 keep their round-1 result and rank after all of them, in round-1 order: an entry that
 * was not heard in the defence cannot be placed among those that were.
 */
export function combineRounds(
  round1: ClosedRound,
  round2: ClosedRound | null,
  weights: readonly [number, number] | null,
): Result<FinalResults> {
  const first = round1.results.map((result) => ({
    entryId: result.entryId,
    round1Score: percentOf(result.score, round1.maxTotal),
    round1Rank: result.rank,
  }));
  if (round2 === null) {
    const results = first.map((entry) => ({
      ...entry,
      rank: entry.round1Rank,
      finalScore: entry.round1Score,
      round2Score: null,
      round2Rank: null,
    }));
    return ok({ weights: null, results });
  }
  if (weights === null) {
    return fail(
      invalid('weights', 'final.weights.missing', 'Two rounds need the weights that combine them.', {
        messageVi: 'Cuộc thi có hai vòng: cần trọng số để tính điểm chung cuộc.',
      }),
    );
  }
  const weightProblems = roundWeightProblems('weights', weights);
  if (weightProblems.length > 0) return fail(weightProblems);
  const byEntry = new Map(first.map((entry) => [entry.entryId, entry]));
  const unknown = round2.results.filter((result) => !byEntry.has(result.entryId));
  if (unknown.length > 0) {
    return fail(
      unknown.map(({ entryId }) =>
        invalid(
          'round2',
          'final.round2.unknown_entry',
          `Entry ${entryId} was scored in round 2 but not ranked in round 1.`,
          {
            messageVi: 'Có bài dự thi được chấm ở vòng 2 nhưng không có kết quả vòng 1.',
            params: { entryId },
          },
        ),
      ),
    );
  }
  const defended = round2.results
    .map((result) => {
      const entry = byEntry.get(result.entryId)!;
      const round2Score = percentOf(result.score, round2.maxTotal);
      const finalScore = weights[0] * entry.round1Score + weights[1] * round2Score;
      return { ...entry, finalScore, round2Score, round2Rank: result.rank };
    })
    .sort((a, b) =>
      a.finalScore !== b.finalScore ? b.finalScore - a.finalScore : a.round2Rank - b.round2Rank,
    );
  const heard = new Set(defended.map((entry) => entry.entryId));
  const others = first
    .filter((entry) => !heard.has(entry.entryId))
    .map((entry) => ({ ...entry, finalScore: entry.round1Score, round2Score: null, round2Rank: null }));
  const results = [...defended, ...others].map((entry, index) => ({ ...entry, rank: index + 1 }));
  return ok({ weights, results });
}
