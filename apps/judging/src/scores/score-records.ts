import type { Score } from '@cchc/judging-domain';
import type { Score as ScoreRow } from '../generated/prisma/client.ts';

/** The score sheet a row holds. */
export function scoreOf(row: ScoreRow): Score {
  return {
    entryId: row.entryId,
    judgeId: row.judgeId,
    round: row.round,
    points: row.points as Record<string, number>,
    comment: row.comment,
    state: row.state as Score['state'],
  };
}
