import type { CouncilRole } from './council.ts';
import type { FinalResult, FinalResults } from './final-results.ts';
import { conflict, fail, forbidden, ok, type Problem, type Result } from './result.ts';

/** The results as the chair finalised them: from then on no score or result changes. */
export interface Finalisation {
  finalisedBy: string;
  finalisedAt: string;
  results: FinalResult[];
}

/** The refusal every change after finalisation gets. */
export function finalisedProblem(): Problem {
  return conflict(
    '',
    'results.finalised',
    'The results are finalised; scores and results can no longer change.',
    {
      messageVi: 'Kết quả đã được Chủ tịch Hội đồng chốt, không thể thay đổi điểm hay kết quả.',
    },
  );
}

/**
 * Finalises the contest's results: only the council's chair may, and only once. The snapshot is what awards are
 * proposed from; every later change to scores or results is refused with `results.finalised`.
 */
export function finalise(
  final: FinalResults,
  actor: { userId: string; councilRole: CouncilRole | null },
  at: Date,
  existing: Finalisation | null,
): Result<Finalisation> {
  if (existing) return fail(finalisedProblem());
  if (actor.councilRole !== 'chair') {
    return fail(
      forbidden('', 'results.finalise.not_chair', 'Only the chair of the council finalises the results.', {
        messageVi: 'Chỉ Chủ tịch Hội đồng được chốt kết quả.',
      }),
    );
  }
  return ok({ finalisedBy: actor.userId, finalisedAt: at.toISOString(), results: final.results });
}
