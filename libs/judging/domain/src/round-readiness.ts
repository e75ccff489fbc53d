import type { Assignment } from './assignment.ts';
import { pairKey } from './pair-key.ts';
import { conflict, invalid, type Problem } from './result.ts';
import type { Score } from './score.ts';
import { isBlank } from './text.ts';

/** Closing a round although some assigned scores are missing, with the reason for the minutes. */
export interface CloseOverride {
  reason: string;
}

/** The assigned judge–entry pairs that have no submitted score yet, counted per judge in assignment order. */
export function missingScoresByJudge(
  assignments: readonly Assignment[],
  scores: readonly Score[],
): Map<string, number> {
  const submitted = new Set(
    scores
      .filter((score) => score.state === 'submitted')
      .map((score) => pairKey(score.judgeId, score.entryId)),
  );
  const missing = new Map<string, number>();
  for (const { judgeId, entryId } of assignments) {
    if (!submitted.has(pairKey(judgeId, entryId))) missing.set(judgeId, (missing.get(judgeId) ?? 0) + 1);
  }
  return missing;
}

/**
 * Why a round cannot close yet: one problem per judge who has not submitted every assigned score, unless the
 * closing is overridden with a reason (a judge fell ill, say); an override without a reason is refused.
 */
export function readinessProblems(
  missing: ReadonlyMap<string, number>,
  override: CloseOverride | null,
): Problem[] {
  if (missing.size === 0) return [];
  if (override && !isBlank(override.reason)) return [];
  if (override) {
    return [
      invalid(
        'override.reason',
        'round.override.reason_required',
        'Closing with scores missing needs a reason.',
        {
          messageVi: 'Kết thúc vòng chấm khi còn thiếu điểm phải ghi rõ lý do.',
        },
      ),
    ];
  }
  return [...missing].map(([judgeId, count]) =>
    conflict(
      'scores',
      'round.scores_missing',
      `Judge ${judgeId} has not submitted ${count} assigned score(s); close with an override and a reason, or wait.`,
      {
        messageVi: `Thành viên Hội đồng còn ${count} phiếu chấm chưa nộp; cần chờ nộp đủ hoặc ghi lý do để kết thúc vòng chấm.`,
        params: { judgeId, missing: count },
      },
    ),
  );
}
