import type { ConflictReason } from './conflicts.ts';
import { finalisedProblem } from './finalisation.ts';
import type { Rubric } from './rubric.ts';
import type { Score } from './score.ts';
import { validateScore } from './score-validation.ts';
import { conflict, fail, forbidden, type Result } from './result.ts';

export interface ScoringContext {
  /** `conflictsOf(judge, entry, recusals)` for this judge and entry. */
  conflicts: readonly ConflictReason[];
  /** Whether the judge is assigned to the entry in this round. */
  assigned: boolean;
  roundClosed: boolean;
  finalised: boolean;
}

/**
 * Decides whether a judge may save this score sheet now, and checks it. Scores may be saved and changed, as drafts or
 * submitted, until the round closes; a submitted score stays submitted (it may still be corrected while the round is
 * open, and every change is recorded with `scoreChange`). Only an assigned judge without a conflict of interest may
 * score. `previous` is the sheet saved before, or null for the first save.
 */
export function saveScore(
  rubric: Rubric,
  previous: Score | null,
  next: Score,
  { conflicts, assigned, roundClosed, finalised }: ScoringContext,
): Result<Score> {
  if (finalised) return fail(finalisedProblem());
  if (roundClosed) {
    return fail(
      conflict('', 'score.round_closed', 'The round is closed; its scores can no longer change.', {
        messageVi: 'Vòng chấm đã kết thúc, không thể thay đổi điểm.',
        params: { round: next.round },
      }),
    );
  }
  if (conflicts.length > 0) {
    return fail(
      forbidden(
        '',
        'score.judge.conflicted',
        'You have a conflict of interest with this entry and cannot score it.',
        {
          messageVi: 'Bạn có xung đột lợi ích với bài dự thi này nên không được chấm điểm.',
          params: { reasons: conflicts.map((reason) => reason.kind).join(',') },
        },
      ),
    );
  }
  if (!assigned) {
    return fail(
      forbidden('', 'score.judge.not_assigned', 'You are not assigned to score this entry in this round.', {
        messageVi: 'Bạn không được phân công chấm bài dự thi này trong vòng này.',
      }),
    );
  }
  if (previous?.state === 'submitted' && next.state === 'draft') {
    return fail(
      conflict(
        'state',
        'score.transition.invalid',
        'A submitted score stays submitted; correct it instead.',
        {
          messageVi: 'Phiếu chấm đã nộp không thể chuyển về bản nháp; hãy sửa trực tiếp trên phiếu đã nộp.',
        },
      ),
    );
  }
  return validateScore(rubric, next);
}
