import type { Score } from '@cchc/judging-domain';
import type { Score as ScoreRow } from '../generated/prisma/client.ts';
import type { TenantTransaction } from '../tenant-prisma.ts';

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

/**
 * Every score sheet of a round, without comments: what closing a round computes from. One plain query, since a
 * round of 2,000 entries scored by 7 judges has 14,000 of them.
 */
export async function sheetsOf(
  tx: TenantTransaction,
  province: string,
  contestId: string,
  round: number,
): Promise<Score[]> {
  const rows = await tx.$queryRawUnsafe<Omit<Score, 'round' | 'comment'>[]>(
    `SELECT entry_id::text AS "entryId", judge_id AS "judgeId", points, state
       FROM score WHERE contest_id = $1::uuid AND round = $2 AND province_code = $3`,
    contestId,
    round,
    province,
  );
  return rows.map((row) => ({ ...row, round, comment: '' }));
}
